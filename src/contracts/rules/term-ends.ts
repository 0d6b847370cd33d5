import { Temporal } from 'temporal-polyfill';
import { addMonths, termEnd } from '../../shared/calendar/index.ts';
import type { TermEnds } from '../../shared/calendar/index.ts';
import type { ContractTerm } from './renewal.ts';

/*
 * The terms of a contract as dates (bit:12.1, vn:1.5.1, vn:1.6.1). "A term of N months starting on S
 * ends on S + N months − 1 day" (CLAUSES, "How periods are counted").
 *
 * Every term is counted from the contract's start, never from the previous term's end: term k
 * (0 = the first) ends on start + (first + k × renewal) months − 1 day, and the next term starts the
 * day after. Chaining term to term would let one clamped month drift into all later terms: monthly
 * terms from 31 January would end on 27 Feb, 27 Mar, 27 Apr … for ever; counted from the start they
 * end on 27 Feb, 30 Mar, 29 Apr, 30 May …, always the day before the monthly anniversary of the start.
 * The first term end is exactly `termEnd(start, first)`, and the terms still follow each other
 * without gap or overlap.
 */

/** The term with this index (0 = the first term), its first and last day. */
export interface Term {
  readonly index: number;
  readonly start: Temporal.PlainDate;
  readonly end: Temporal.PlainDate;
}

/** Months from the contract start to the start of term `index`. */
function monthsBefore(term: ContractTerm, index: number): number {
  if (!Number.isSafeInteger(index) || index < 0)
    throw new RangeError(`a term index is 0 or more, not ${index}`);
  if (index === 0) return 0;
  if (term.renewalMonths === null) {
    throw new RangeError(`the contract does not renew: it has only term 0, not term ${index}`);
  }
  return term.firstTermMonths + (index - 1) * term.renewalMonths;
}

export function termStartAt(term: ContractTerm, index: number): Temporal.PlainDate {
  return addMonths(term.start, monthsBefore(term, index));
}

/** The last day of term `index`: the day before the next term starts. */
export function termEndAt(term: ContractTerm, index: number): Temporal.PlainDate {
  const months = index === 0 ? term.firstTermMonths : monthsBefore(term, index) + (term.renewalMonths ?? 0);
  return termEnd(term.start, months);
}

export function termAt(term: ContractTerm, index: number): Term {
  return { index, start: termStartAt(term, index), end: termEndAt(term, index) };
}

/**
 * The term running on `date`: the first term whose end is on or after it (a date before the start
 * gives the first term). `null` when the contract does not renew and its only term ended before.
 */
export function termOn(term: ContractTerm, date: Temporal.PlainDate): Term | null {
  const first = termEndAt(term, 0);
  if (Temporal.PlainDate.compare(date, first) <= 0) return termAt(term, 0);
  if (term.renewalMonths === null) return null;
  // Guess the index from whole months, then step: term ends only grow with the index.
  const months = (date.year - term.start.year) * 12 + (date.month - term.start.month);
  let index = Math.max(1, Math.ceil((months - 1 - term.firstTermMonths) / term.renewalMonths));
  while (index > 1 && Temporal.PlainDate.compare(termEndAt(term, index - 1), date) >= 0) index--;
  while (Temporal.PlainDate.compare(termEndAt(term, index), date) < 0) index++;
  return termAt(term, index);
}

/** The contract's term ends as the calendar's notice counting asks for them (firstPeriodEndAfterNotice). */
export function termEndsOf(term: ContractTerm): TermEnds {
  return (onOrAfter) => {
    const current = termOn(term, onOrAfter);
    if (!current) {
      throw new RangeError(
        `the contract does not renew: its term ended on ${termEndAt(term, 0).toString()}, before ${onOrAfter.toString()}`,
      );
    }
    return current.end;
  };
}
