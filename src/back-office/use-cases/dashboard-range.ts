import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';

export interface DateRange {
  readonly from: Temporal.PlainDate;
  readonly to: Temporal.PlainDate;
}

/** The longest range a dashboard answers for: ten years of quarters or months. */
const MAX_YEARS = 10;

/** `from` to `to` inclusive, checked; missing ends default to `defaults`. */
export function dashboardRange(
  input: { from?: Temporal.PlainDate; to?: Temporal.PlainDate },
  defaults: DateRange,
): DateRange {
  const from = input.from ?? defaults.from;
  const to = input.to ?? defaults.to;
  if (Temporal.PlainDate.compare(from, to) > 0)
    throw new InvalidInputError('from', `${from} is after ${to}: the range must run forwards`);
  if (Temporal.PlainDate.compare(from.add({ years: MAX_YEARS }), to) < 0)
    throw new InvalidInputError('to', `${from} to ${to} is more than ${MAX_YEARS} years`);
  return { from, to };
}

/** "2026-Q4" of each quarter that `range` touches, in order. */
export function quartersOf(range: DateRange): string[] {
  const quarters: string[] = [];
  let at = range.from.with({ month: range.from.month - ((range.from.month - 1) % 3), day: 1 });
  while (Temporal.PlainDate.compare(at, range.to) <= 0) {
    quarters.push(`${at.year}-Q${(at.month + 2) / 3}`);
    at = at.add({ months: 3 });
  }
  return quarters;
}

/** "2026-11" of each month that `range` touches, in order. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let at = range.from.with({ day: 1 });
  while (Temporal.PlainDate.compare(at, range.to) <= 0) {
    months.push(at.toPlainYearMonth().toString());
    at = at.add({ months: 1 });
  }
  return months;
}
