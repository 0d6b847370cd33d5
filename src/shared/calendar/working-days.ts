import type { Temporal } from 'temporal-polyfill';
import { explain } from '../explanation/index.ts';
import type { Explanation } from '../explanation/index.ts';
import { dayNumberOf, fromDayNumber, isWeekend, toDayNumber } from './day-number.ts';
import { holidayNamesByDay } from './dutch-holidays.ts';

/**
 * Working days per rule `nl:workdays`: Monday to Friday, except the holidays of the Algemene
 * termijnenwet art. 3 (see dutch-holidays.ts). The loops step whole day numbers, not dates, so that
 * counting a few hundred working days stays in the microseconds.
 */

/** A weekday passed over because it is a holiday, with its name(s). A type alias, so it fits `Figure`. */
export type SkippedDay = {
  readonly date: string;
  readonly reason: string;
};

/** What `addWorkingDays` shows besides the date. */
export type WorkdaysFigures = {
  readonly from: string;
  readonly add: number;
  readonly weekendDays: number;
  readonly skipped: SkippedDay[];
};

export function isWorkingDay(date: Temporal.PlainDate): boolean {
  // Holidays first, so that a date outside the supported years is refused even on a weekend.
  const holidays = holidayNamesByDay(date.year);
  const day = toDayNumber(date);
  return !isWeekend(day) && !holidays.has(day);
}

/**
 * The `count`-th working day after `from` (`nl:workdays`: "a deadline of N working days after date D
 * is the N-th working day after D"); `from` itself never counts, and `count` 0 returns `from`.
 * Figures: `from`, `add`, `weekendDays` (how many Saturdays and Sundays were passed over) and
 * `skipped` (each weekday passed over as a holiday, with its name).
 */
export function addWorkingDays(
  from: Temporal.PlainDate,
  count: number,
): Explanation<Temporal.PlainDate, WorkdaysFigures> {
  if (!Number.isSafeInteger(count)) throw new RangeError(`count must be a whole number, got ${count}`);
  if (count < 0) throw new RangeError(`count must be 0 or more, got ${count}`);
  const walk = walkForward(toDayNumber(from), count);
  return explain<Temporal.PlainDate, WorkdaysFigures>(fromDayNumber(walk.day), ['nl:workdays'], {
    from: from.toString(),
    add: count,
    weekendDays: walk.weekendDays,
    skipped: walk.skipped,
  });
}

/**
 * Algemene termijnenwet art. 1: a term that ends on a Saturday, Sunday or holiday is extended to the
 * next day that is none of these. A working day is returned unchanged.
 * Figures: `from`, `weekendDays` and `skipped` as in `addWorkingDays`.
 */
export function extendToWorkingDay(date: Temporal.PlainDate): Explanation<Temporal.PlainDate> {
  const start = toDayNumber(date);
  // Walk from the day before so that `date` itself is the first day looked at.
  const walk = walkForward(start - 1, 1);
  return explain(walk.day === start ? date : fromDayNumber(walk.day), ['nl:workdays'], {
    from: date.toString(),
    weekendDays: walk.weekendDays,
    skipped: walk.skipped,
  });
}

/**
 * The number of working days d with `from` < d ≤ `to`, so that
 * `workingDaysBetween(from, addWorkingDays(from, n).value) === n`. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -workingDaysBetween(to, from);
  if (end === start) return 0;
  // Only the days after `from` count, so `from`'s own year matters only if a counted day is in it.
  let holidaysOnWeekdays = 0;
  for (let year = fromDayNumber(start + 1).year; year <= to.year; year++) {
    for (const day of holidayNamesByDay(year).keys()) {
      if (day > start && day <= end && !isWeekend(day)) holidaysOnWeekdays++;
    }
  }
  return weekdaysUpTo(end) - weekdaysUpTo(start) - holidaysOnWeekdays;
}

interface Walk {
  readonly day: number;
  readonly weekendDays: number;
  readonly skipped: SkippedDay[];
}

/**
 * Steps day by day after `startDay` until the `target`-th working day (`target` 0: `startDay` itself).
 * Holidays are looked up only for days actually examined, so the supported-year check applies to those.
 */
function walkForward(startDay: number, target: number): Walk {
  let day = startDay;
  let year = fromDayNumber(startDay).year;
  let nextYearStarts = dayNumberOf(year + 1, 1, 1);
  let holidays: ReadonlyMap<number, readonly string[]> | undefined;
  let counted = 0;
  let weekendDays = 0;
  const skipped: SkippedDay[] = [];
  while (counted < target) {
    day++;
    if (day >= nextYearStarts) {
      year++;
      nextYearStarts = dayNumberOf(year + 1, 1, 1);
      holidays = undefined;
    }
    if (isWeekend(day)) {
      weekendDays++;
      continue;
    }
    holidays ??= holidayNamesByDay(year);
    const names = holidays.get(day);
    if (names === undefined) counted++;
    else skipped.push({ date: fromDayNumber(day).toString(), reason: names.join(' / ') });
  }
  return { day, weekendDays, skipped };
}

/** Mondays to Fridays from an arbitrary Monday origin up to and including `day`. */
function weekdaysUpTo(day: number): number {
  const sinceMonday = day - 4; // day 4 = Monday 1970-01-05
  const weeks = Math.floor(sinceMonday / 7);
  const intoWeek = sinceMonday - weeks * 7; // 0 = Monday … 6 = Sunday
  return weeks * 5 + Math.min(intoWeek + 1, 5);
}
