import type { Temporal } from 'temporal-polyfill';
import { easterSunday } from '../../shared/calendar/index.ts';

/*
 * SEPA counts in inter-bank business days: the days TARGET2 settles (EPC SDD rulebooks, "Inter-bank
 * Business Day"). TARGET2 is closed on Saturdays and Sundays, New Year's Day, Good Friday, Easter
 * Monday, 1 May, and 25 and 26 December (ECB) — not on Dutch holidays such as King's Day.
 */

const FIXED_CLOSING_DAYS: readonly (readonly [month: number, day: number])[] = [
  [1, 1],
  [5, 1],
  [12, 25],
  [12, 26],
];

export function isSepaBusinessDay(date: Temporal.PlainDate): boolean {
  if (date.dayOfWeek >= 6) return false;
  if (FIXED_CLOSING_DAYS.some(([month, day]) => date.month === month && date.day === day)) return false;
  const easter = easterSunday(date.year);
  return !date.equals(easter.subtract({ days: 2 })) && !date.equals(easter.add({ days: 1 }));
}

/** The first inter-bank business day after `date`. */
export function nextSepaBusinessDay(date: Temporal.PlainDate): Temporal.PlainDate {
  let day = date.add({ days: 1 });
  while (!isSepaBusinessDay(day)) day = day.add({ days: 1 });
  return day;
}

/**
 * The earliest collection (due) date of a direct debit handed to the bank on `today`. Since the
 * EPC rulebooks of November 2016 a collection of either scheme, first or recurrent, must reach the
 * debtor's bank at least one inter-bank business day before its due date (D-1). Handed in on a day
 * the banks do not settle, it leaves on the next business day, and D-1 counts from there: exactly
 * one business day lies from `today` up to (not including) the earliest date.
 */
export function earliestCollectionDate(today: Temporal.PlainDate): Temporal.PlainDate {
  const sent = isSepaBusinessDay(today) ? today : nextSepaBusinessDay(today);
  return nextSepaBusinessDay(sent);
}
