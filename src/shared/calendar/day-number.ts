import { Temporal } from 'temporal-polyfill';

/**
 * Dates as whole day numbers (days since 1970-01-01) for the tight loops of working-day counting:
 * stepping an integer is thousands of times cheaper than `PlainDate.add` (about 5 µs a call in the
 * polyfill). Internal to the calendar, but for `daysBetween`; the public API speaks `Temporal.PlainDate`.
 * Conversions follow H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (proleptic Gregorian).
 */

export function toDayNumber(date: Temporal.PlainDate): number {
  return dayNumberOf(date.year, date.month, date.day);
}

/** Days from `from` to `to` (negative when `to` is earlier): `from.until(to).days` at a fraction of its cost. */
export function daysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): Temporal.PlainDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return new Temporal.PlainDate(year, month, day);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(dayNumber: number): boolean {
  return weekdayOf(dayNumber) >= 6;
}
