import type { Temporal } from 'temporal-polyfill';

/**
 * Adds `n` calendar months (negative `n` goes back), clamping to the last day of the target month
 * when the day does not exist there: 31 January + 1 month = 28 February (29 in a leap year).
 * CLAUSES "How periods are counted": "adding months clamps to the month's end".
 */
export function addMonths(date: Temporal.PlainDate, n: number): Temporal.PlainDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`months must be a whole number, got ${n}`);
  // Temporal's default overflow is 'constrain', which is exactly the clamping the clause asks for.
  return date.add({ months: n });
}

/**
 * The last day of a term of `months` months starting on `start`:
 * "a term of N months starting on S ends on S + N months − 1 day" (CLAUSES "How periods are counted").
 *
 * Read literally, clamping happens before the day is taken off, so a term that starts on the 29th,
 * 30th or 31st of a month can end a few days "early": a 1-month term from 31 January 2026 ends on
 * 27 February 2026 (31 Jan + 1 month = 28 Feb, minus 1 day), and from 31 January 2024 on
 * 28 February 2024. The next term then starts on 28 (29) February. We keep the literal reading
 * because it is what the clause says; `termEnd(start, n) + 1 day = addMonths(start, n)` always holds.
 */
export function termEnd(start: Temporal.PlainDate, months: number): Temporal.PlainDate {
  if (!Number.isSafeInteger(months) || months < 1) {
    throw new RangeError(`a term must be a whole number of months, 1 or more, got ${months}`);
  }
  return addMonths(start, months).subtract({ days: 1 });
}
