import type { Temporal } from 'temporal-polyfill';

/**
 * Calendar periods: months, calendar quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) and calendar years.
 * Used for notice "to the end of any calendar quarter" (bit:12.2) or "calendar year" (bit:12.3) and
 * for quarterly / yearly invoicing (bit:11.1, bit:11.2).
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

export function startOfMonth(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.with({ day: 1 });
}

export function endOfMonth(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.with({ day: date.daysInMonth });
}

/** 1 January, 1 April, 1 July or 1 October. */
export function startOfQuarter(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.with({ month: firstMonthOfQuarter(date.month), day: 1 });
}

/** A quarter's last month's length, the same every year: March, June, September, December. */
const QUARTER_LAST_DAYS = [31, 30, 30, 31] as const;

/** 31 March, 30 June, 30 September or 31 December. */
export function endOfQuarter(date: Temporal.PlainDate): Temporal.PlainDate {
  const lastMonth = firstMonthOfQuarter(date.month) + 2;
  return date.with({ month: lastMonth, day: QUARTER_LAST_DAYS[lastMonth / 3 - 1]! });
}

export function startOfYear(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.with({ month: 1, day: 1 });
}

export function endOfYear(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.with({ month: 12, day: 31 });
}

/** The first day of the period of `kind` that contains `date`. */
export function startOfPeriod(date: Temporal.PlainDate, kind: PeriodKind): Temporal.PlainDate {
  switch (kind) {
    case 'month':
      return startOfMonth(date);
    case 'quarter':
      return startOfQuarter(date);
    case 'year':
      return startOfYear(date);
  }
}

/** The last day of the period of `kind` that contains `date`: the first period end on or after it. */
export function endOfPeriod(date: Temporal.PlainDate, kind: PeriodKind): Temporal.PlainDate {
  switch (kind) {
    case 'month':
      return endOfMonth(date);
    case 'quarter':
      return endOfQuarter(date);
    case 'year':
      return endOfYear(date);
  }
}

export function isPeriodEnd(date: Temporal.PlainDate, kind: PeriodKind): boolean {
  return endOfPeriod(date, kind).equals(date);
}

/**
 * The end of the period after the one ending on `end`. `end` must itself be a period end: anything
 * else is a caller's mistake we would rather see than silently round.
 */
export function nextPeriodEnd(end: Temporal.PlainDate, kind: PeriodKind): Temporal.PlainDate {
  if (!isPeriodEnd(end, kind)) {
    throw new RangeError(`${end.toString()} is not the end of a ${kind}`);
  }
  return endOfPeriod(end.add({ days: 1 }), kind);
}

/** The end of the period before the one containing `date`. */
export function previousPeriodEnd(date: Temporal.PlainDate, kind: PeriodKind): Temporal.PlainDate {
  return startOfPeriod(date, kind).subtract({ days: 1 });
}

function firstMonthOfQuarter(month: number): number {
  return month - ((month - 1) % 3);
}
