import { MoneyError } from './money-error.ts';

/**
 * An amount of money as a whole number of euro cents (EUR), e.g. `123456` is € 1.234,56.
 * Always a safe integer (`Number.isSafeInteger`): integers beyond 2^53 − 1 cannot all be told apart
 * as doubles, so an amount there would silently change. Never a fraction of a cent: rounding happens
 * once, at the place the Peppol rules say (see multiply.ts and vat-breakdown.ts).
 */
export type Cents = number;

export const MAX_CENTS: Cents = Number.MAX_SAFE_INTEGER;
export const MIN_CENTS: Cents = Number.MIN_SAFE_INTEGER;

const MAX_BIG = BigInt(MAX_CENTS);
const MIN_BIG = BigInt(MIN_CENTS);

export function isCents(value: unknown): value is Cents {
  return Number.isSafeInteger(value);
}

/** Throws a `RangeError` naming the field, e.g. `amount: 12.5 is not a whole number of cents`. */
export function assertCents(value: unknown, field = 'amount'): asserts value is Cents {
  if (typeof value !== 'number') {
    throw new MoneyError(field, `a ${typeof value} is not a number of cents`);
  }
  if (Number.isNaN(value) || !Number.isFinite(value)) {
    throw new MoneyError(field, `${value} is not an amount`);
  }
  if (!Number.isInteger(value)) {
    throw new MoneyError(field, `${value} is not a whole number of cents`);
  }
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(field, `${value} is beyond the largest amount (±${MAX_CENTS} cents)`);
  }
}

/** Converts an exact BigInt result back to cents, refusing what a `number` cannot hold exactly. */
export function centsFromBigInt(value: bigint, field = 'amount'): Cents {
  if (value > MAX_BIG || value < MIN_BIG) {
    throw new MoneyError(field, `${value} cents is beyond the largest amount (±${MAX_CENTS} cents)`);
  }
  // `Number(0n)` is 0, never -0, so results compare and serialize cleanly.
  return Number(value);
}

export function addCents(...amounts: readonly Cents[]): Cents {
  return sumCents(amounts);
}

export function subtractCents(minuend: Cents, subtrahend: Cents, field = 'amount'): Cents {
  assertCents(minuend, field);
  assertCents(subtrahend, field);
  return sumCents([minuend, -subtrahend], field);
}

/**
 * Sums exactly. The sum of two safe integers is exact as long as it stays in the safe range, and
 * a partial sum that leaves the range is noticed at once; only then is the whole list summed again
 * in BigInt, so `[MAX, 2, -2]` gives MAX instead of a silently rounded number.
 */
export function sumCents(amounts: Iterable<Cents>, field = 'amount'): Cents {
  const list = [...amounts];
  let total = 0;
  for (const amount of list) {
    assertCents(amount, field);
    total += amount;
    if (!Number.isSafeInteger(total)) return sumAsBigInt(list, field);
  }
  return total === 0 ? 0 : total;
}

function sumAsBigInt(list: readonly Cents[], field: string): Cents {
  let total = 0n;
  for (const amount of list) total += BigInt(amount);
  return centsFromBigInt(total, field);
}

/** The opposite amount; `negate(0)` is `0`, not `-0`. */
export function negate(amount: Cents, field = 'amount'): Cents {
  assertCents(amount, field);
  return amount === 0 ? 0 : -amount;
}
