import { Temporal } from 'temporal-polyfill';
import { explain } from '../explanation/index.ts';
import type { Explanation, RuleId } from '../explanation/index.ts';
import { endOfPeriod, PERIOD_KINDS } from './period-ends.ts';
import type { PeriodKind } from './period-ends.ts';

/** A notice length: months are added first (clamped to the month's end), then days. */
export interface NoticeLength {
  readonly months?: number;
  readonly days?: number;
}

/**
 * A contract's own sequence of term ends (vn:1.6.1: "to the end of the term"): given a date, the
 * first term end on or after it. The contracts context builds this from a contract's start, minimum
 * term and renewals; the calendar only needs to ask it.
 */
export type TermEnds = (onOrAfter: Temporal.PlainDate) => Temporal.PlainDate;

export interface NoticeInput {
  /** The day the notice was given (received). */
  readonly noticeDate: Temporal.PlainDate;
  readonly notice: NoticeLength;
  /** Calendar periods (`bit:12.2` quarter, `bit:12.3` year) or the contract's own term ends. */
  readonly periodEnds: PeriodKind | TermEnds;
  /** The rule ids that invoke this counting, e.g. `['bit:12.2']`; the calendar adds none of its own. */
  readonly because: readonly RuleId[];
}

/**
 * "Notice of N to the end of a period" (CLAUSES "How periods are counted"): the first period end E
 * with notice date + N ≤ E. Because E is the *first* such end, a notice one day too late for one
 * period end moves the end by one whole period.
 *
 * Figures: `noticeDate`, `notice` (the length), `periodEnds` (the kind, or `'term'`),
 * `earliestEnd` (= notice date + N) and `end` (the chosen period end).
 */
export function firstPeriodEndAfterNotice(input: NoticeInput): Explanation<Temporal.PlainDate> {
  const { noticeDate, notice, periodEnds, because } = input;
  const months = wholeOrZero(notice.months, 'notice months');
  const days = wholeOrZero(notice.days, 'notice days');
  // Temporal adds months before days and clamps the month step, as CLAUSES asks.
  const earliestEnd = noticeDate.add({ months, days });
  const end =
    typeof periodEnds === 'function'
      ? termEndFrom(periodEnds, earliestEnd)
      : periodEndFrom(periodEnds, earliestEnd);
  return explain(end, because, {
    noticeDate: noticeDate.toString(),
    notice: { months, days },
    periodEnds: typeof periodEnds === 'function' ? 'term' : periodEnds,
    earliestEnd: earliestEnd.toString(),
    end: end.toString(),
  });
}

function periodEndFrom(kind: PeriodKind, earliestEnd: Temporal.PlainDate): Temporal.PlainDate {
  // Guards callers that pass an unchecked string (e.g. from a profile file) as the kind.
  if (!PERIOD_KINDS.includes(kind)) throw new RangeError(`unknown period kind '${String(kind)}'`);
  return endOfPeriod(earliestEnd, kind);
}

function termEndFrom(termEnds: TermEnds, earliestEnd: Temporal.PlainDate): Temporal.PlainDate {
  const end = termEnds(earliestEnd);
  // A term-end function that answers an earlier date would silently shorten the notice period.
  if (Temporal.PlainDate.compare(end, earliestEnd) < 0) {
    throw new RangeError(
      `the term ends gave ${end.toString()}, which is before the earliest possible end ${earliestEnd.toString()}`,
    );
  }
  return end;
}

function wholeOrZero(value: number | undefined, what: string): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number, 0 or more, got ${value}`);
  }
  return value;
}
