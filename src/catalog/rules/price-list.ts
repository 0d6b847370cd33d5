import { Temporal } from 'temporal-polyfill';
import { isPlainDateText, parsePlainDate } from '../../shared/calendar/index.ts';
import { ConflictError, InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import { formatAmount, isCents } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';

/*
 * Dated prices (bit:5.2, vn:7.4.1): a product's price list is a list of prices, each from its
 * `effectiveFrom` until the next one's. Entries are only ever added, never changed or added in the
 * past, so the price an issued invoice used can always be found again.
 */

/** Net per unit of the product's kind (bit:5.1, vn:7.1.2); `effectiveFrom` is `YYYY-MM-DD`. */
export interface DatedPrice {
  readonly effectiveFrom: string;
  readonly amountCents: Cents;
}

/** The articles allowing dated prices; a seller's use case passes only its own profile's. */
export const PRICE_LIST_RULES: readonly RuleId[] = ['bit:5.2', 'vn:7.4.1'];

export type PriceOnFigures = {
  readonly date: string;
  readonly effectiveFrom: string;
  readonly amount: string;
  /** The next entry's date after `date`, where the price may change; `null` when none is listed. */
  readonly nextChange: string | null;
};

/** A listed price that differs from the one before it; `previousCents` is null for the first. */
export interface PriceChange {
  readonly effectiveFrom: string;
  readonly amountCents: Cents;
  readonly previousCents: Cents | null;
}

/** The price in force on `date`: the entry with the latest `effectiveFrom` on or before it. */
export function priceOn(
  prices: readonly DatedPrice[],
  date: Temporal.PlainDate,
  because: readonly RuleId[] = PRICE_LIST_RULES,
): Explanation<Cents, PriceOnFigures> {
  const list = checkPriceList(prices);
  const index = list.findLastIndex((entry) => compareDay(entry.effectiveFrom, date) <= 0);
  const entry = list[index];
  if (entry === undefined) {
    const first = list[0];
    const problem = first
      ? `the product has no price on ${date.toString()}: its first price applies from ${first.effectiveFrom}`
      : 'the product has no price yet';
    throw new InvalidInputError('date', problem);
  }
  return explain(entry.amountCents, because, {
    date: date.toString(),
    effectiveFrom: entry.effectiveFrom,
    amount: formatAmount(entry.amountCents),
    nextChange: list[index + 1]?.effectiveFrom ?? null,
  });
}

/**
 * The changes taking effect from `from` up to and including `to`, oldest first, e.g. to split a
 * billing period. An entry repeating the price before it changes nothing and is left out.
 */
export function priceChangesBetween(
  prices: readonly DatedPrice[],
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
  because: readonly RuleId[] = PRICE_LIST_RULES,
): Explanation<PriceChange[], { readonly from: string; readonly to: string }> {
  if (Temporal.PlainDate.compare(to, from) < 0) {
    throw new InvalidInputError('to', `${to.toString()} is before from ${from.toString()}`);
  }
  const within = changesOf(checkPriceList(prices)).filter(
    (change) => compareDay(change.effectiveFrom, from) >= 0 && compareDay(change.effectiveFrom, to) <= 0,
  );
  return explain(within, because, { from: from.toString(), to: to.toString() });
}

/**
 * bit:5.2: an order confirmation states the known future price increases: the listed prices after
 * `asOf` that are higher than the price before them.
 */
export function knownFutureIncreases(
  prices: readonly DatedPrice[],
  asOf: Temporal.PlainDate,
  because: readonly RuleId[] = ['bit:5.2'],
): Explanation<PriceChange[], { readonly asOf: string }> {
  const increases = changesOf(checkPriceList(prices)).filter(
    (change) =>
      compareDay(change.effectiveFrom, asOf) > 0 &&
      change.previousCents !== null &&
      change.amountCents > change.previousCents,
  );
  return explain(increases, because, { asOf: asOf.toString() });
}

/**
 * Checks a price to be added and returns the list with it, oldest first. Refused, naming the field:
 * a date before `today` (issued invoices used the list as it was), a negative amount or one that is
 * not whole cents; a second price on a date already listed is a conflict.
 */
export function checkNewPrice<P extends DatedPrice>(
  prices: readonly P[],
  newPrice: P,
  today: Temporal.PlainDate,
): P[] {
  const list = checkPriceList(prices);
  const problems = entryProblems(newPrice, '');
  if (problems.length === 0 && compareDay(newPrice.effectiveFrom, today) < 0) {
    problems.push({
      field: 'effectiveFrom',
      problem: `${newPrice.effectiveFrom} is before today (${today.toString()}): prices are never changed backwards, so issued invoices stay right`,
    });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  const same = list.find((entry) => entry.effectiveFrom === newPrice.effectiveFrom);
  if (same) {
    throw new ConflictError(
      `effectiveFrom: a price from ${same.effectiveFrom} is already listed (${formatAmount(same.amountCents)}); a listed price is never changed`,
    );
  }
  return sortByDate([...list, newPrice]);
}

/** A stored list, checked: real dates, each once, amounts in whole cents ≥ 0; oldest first. */
export function checkPriceList<P extends DatedPrice>(prices: readonly P[]): P[] {
  const problems = prices.flatMap((entry, i) => entryProblems(entry, `prices[${i}].`));
  const seen = new Set<string>();
  prices.forEach((entry, i) => {
    if (seen.has(entry.effectiveFrom)) {
      problems.push({
        field: `prices[${i}].effectiveFrom`,
        problem: `${entry.effectiveFrom} is listed twice`,
      });
    }
    seen.add(entry.effectiveFrom);
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return sortByDate(prices);
}

function entryProblems(entry: DatedPrice, prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isPlainDateText(entry.effectiveFrom)) {
    problems.push({
      field: `${prefix}effectiveFrom`,
      problem: `${quote(entry.effectiveFrom)} is not a YYYY-MM-DD date`,
    });
  }
  if (!isCents(entry.amountCents)) {
    problems.push({
      field: `${prefix}amountCents`,
      problem: `${quote(entry.amountCents)} is not a whole number of cents`,
    });
  } else if (entry.amountCents < 0) {
    problems.push({
      field: `${prefix}amountCents`,
      problem: `must be 0 or more, not ${formatAmount(entry.amountCents)}`,
    });
  }
  return problems;
}

function changesOf(list: readonly DatedPrice[]): PriceChange[] {
  return list.flatMap((entry, i) => {
    const previousCents = list[i - 1]?.amountCents ?? null;
    if (previousCents === entry.amountCents) return [];
    return [{ effectiveFrom: entry.effectiveFrom, amountCents: entry.amountCents, previousCents }];
  });
}

// Checked YYYY-MM-DD text sorts like the dates it names.
function sortByDate<P extends DatedPrice>(list: readonly P[]): P[] {
  return [...list].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  );
}

/** Compares a checked entry date with a date argument as dates (not as text: years past 9999). */
function compareDay(effectiveFrom: string, date: Temporal.PlainDate): number {
  return Temporal.PlainDate.compare(parsePlainDate(effectiveFrom), date);
}
