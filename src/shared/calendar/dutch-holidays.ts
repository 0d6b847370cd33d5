import type { Temporal } from 'temporal-polyfill';
import { dayNumberOf, fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { easterSunday } from './easter.ts';
import { EQUATED_DAYS } from './holiday-decrees.ts';
import type { DayRule } from './holiday-decrees.ts';

/**
 * The holidays that are not working days under rule `nl:workdays`: the "algemeen erkende
 * feestdagen" of the Algemene termijnenwet art. 3 lid 1, plus the days equated with them
 * (art. 3 lid 2 and lid 3, kept as data in holiday-decrees.ts).
 */
export interface Holiday {
  readonly date: Temporal.PlainDate;
  readonly name: string;
  readonly source: string;
}

export const SUPPORTED_YEARS = { from: 1980, through: 2999 } as const;

const ATW_3_1 = 'Algemene termijnenwet art. 3 lid 1';

// Algemene termijnenwet art. 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en
// Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning
// wordt gevierd en de vijfde mei". The monarch's day is in MONARCH_DAYS below.
const STATUTORY_DAYS: readonly { readonly name: string; readonly rule: DayRule }[] = [
  { name: 'Nieuwjaarsdag', rule: { kind: 'fixed', month: 1, day: 1 } },
  { name: 'Tweede Paasdag', rule: { kind: 'easter', offset: 1 } },
  { name: 'Bevrijdingsdag', rule: { kind: 'fixed', month: 5, day: 5 } },
  { name: 'Hemelvaartsdag', rule: { kind: 'easter', offset: 39 } },
  { name: 'Tweede Pinksterdag', rule: { kind: 'easter', offset: 50 } },
  { name: 'Eerste Kerstdag', rule: { kind: 'fixed', month: 12, day: 25 } },
  { name: 'Tweede Kerstdag', rule: { kind: 'fixed', month: 12, day: 26 } },
];

// "The day on which the King's birthday is celebrated": since 1980 never a Sunday, so when the date
// falls on a Sunday it is celebrated the Saturday before. A new reign is a new row here.
const MONARCH_DAYS: readonly {
  name: string;
  fromYear: number;
  throughYear: number;
  month: number;
  day: number;
}[] = [
  { name: 'Koninginnedag', fromYear: 1980, throughYear: 2013, month: 4, day: 30 },
  { name: 'Koningsdag', fromYear: 2014, throughYear: SUPPORTED_YEARS.through, month: 4, day: 27 },
];

interface YearHolidays {
  readonly list: readonly Holiday[];
  /** Holiday names by day number; two holidays can share a day (Hemelvaartsdag on 5 May, 2016). */
  readonly namesByDay: ReadonlyMap<number, readonly string[]>;
}

// Billing asks about the same few years millions of times; each year is computed once.
const cache = new Map<number, YearHolidays>();

/** The holidays of `year` in date order (days shared by two holidays appear twice). */
export function holidaysOf(year: number): readonly Holiday[] {
  return yearHolidays(year).list;
}

export function isHoliday(date: Temporal.PlainDate): boolean {
  return yearHolidays(date.year).namesByDay.has(toDayNumber(date));
}

/** The names of the holidays on `date`; empty when it is not a holiday. */
export function holidayNames(date: Temporal.PlainDate): readonly string[] {
  return yearHolidays(date.year).namesByDay.get(toDayNumber(date)) ?? [];
}

/** Fast path for the working-day loops, which step day numbers instead of dates. */
export function holidayNamesByDay(year: number): ReadonlyMap<number, readonly string[]> {
  return yearHolidays(year).namesByDay;
}

function yearHolidays(year: number): YearHolidays {
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const computed = computeYear(year);
  cache.set(year, computed);
  return computed;
}

function computeYear(year: number): YearHolidays {
  if (!Number.isSafeInteger(year) || year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.through) {
    throw new RangeError(
      `Dutch holidays are known for the years ${SUPPORTED_YEARS.from} to ${SUPPORTED_YEARS.through}, not ${year}`,
    );
  }
  const easter = toDayNumber(easterSunday(year));
  const entries: { day: number; name: string; source: string }[] = [];
  for (const { name, rule } of STATUTORY_DAYS) {
    entries.push({ day: dayOfRule(rule, year, easter), name, source: ATW_3_1 });
  }
  for (const monarch of MONARCH_DAYS) {
    if (year < monarch.fromYear || year > monarch.throughYear) continue;
    const birthday = dayNumberOf(year, monarch.month, monarch.day);
    const day = weekdayOf(birthday) === 7 ? birthday - 1 : birthday;
    entries.push({ day, name: monarch.name, source: ATW_3_1 });
  }
  for (const equated of EQUATED_DAYS) {
    if (year < equated.fromYear || year > (equated.throughYear ?? Infinity)) continue;
    entries.push({ day: dayOfRule(equated.rule, year, easter), name: equated.name, source: equated.source });
  }
  entries.sort((a, b) => a.day - b.day);

  const namesByDay = new Map<number, readonly string[]>();
  for (const { day, name } of entries)
    namesByDay.set(day, Object.freeze([...(namesByDay.get(day) ?? []), name]));
  const list = entries.map(({ day, name, source }) =>
    Object.freeze({ date: fromDayNumber(day), name, source }),
  );
  return { list: Object.freeze(list), namesByDay };
}

function dayOfRule(rule: DayRule, year: number, easter: number): number {
  return rule.kind === 'easter' ? easter + rule.offset : dayNumberOf(year, rule.month, rule.day);
}
