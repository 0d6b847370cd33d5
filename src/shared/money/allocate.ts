import { assertCents, centsFromBigInt, type Cents } from './cents.ts';
import { toDecimal, type DecimalInput } from './decimal.ts';
import { MoneyError } from './money-error.ts';

/**
 * Splits `total` over shares in proportion to `weights` without losing or creating a cent: the
 * shares always add up to exactly `total`. Largest-remainder method: every share first gets its
 * exact share rounded toward zero, then the cents left over go one each to the shares with the
 * largest remainders, ties to the earlier share. So every share is within one cent of its exact
 * share, a zero weight gets zero, and a negative total (a credit) splits as the mirror image of
 * the positive one.
 *
 * Weights are cents, counts or decimal text ('1.5'); none may be negative and they may not all
 * be zero.
 */
export function allocateProportionally(
  total: Cents,
  weights: readonly DecimalInput[],
  field = 'total',
): Cents[] {
  assertCents(total, field);
  if (weights.length === 0) throw new MoneyError('weights', 'is empty; there is nothing to split over');
  const scaled = toCommonScale(weights);
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new MoneyError('weights', 'are all zero; there is no proportion to split by');

  const magnitude = BigInt(Math.abs(total));
  const floors = scaled.map((w) => (magnitude * w) / sum);
  const remainders = scaled.map((w) => (magnitude * w) % sum);
  let leftover = magnitude - floors.reduce((a, b) => a + b, 0n);

  // Indices by remainder, largest first; equal remainders keep their order (Array.sort is stable).
  const order = remainders.map((_, i) => i).sort((a, b) => compareDescending(remainders[a], remainders[b]));
  for (const index of order) {
    if (leftover === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  const sign = total < 0 ? -1n : 1n;
  return floors.map((share) => centsFromBigInt(sign * share, field));
}

/** Whole-number weights on one scale, so that "1.5" and 2 compare as 15 and 20. */
function toCommonScale(weights: readonly DecimalInput[]): bigint[] {
  const decimals = weights.map((w, i) => toDecimal(w, `weights[${i}]`));
  decimals.forEach((d, i) => {
    if (d.units < 0n) throw new MoneyError(`weights[${i}]`, 'is negative; weights must be zero or more');
  });
  // reduce, not Math.max(...list): spreading a very long list would overflow the call stack.
  const scale = decimals.reduce((max, d) => Math.max(max, d.scale), 0);
  return decimals.map((d) => d.units * 10n ** BigInt(scale - d.scale));
}

function compareDescending(a: bigint | undefined, b: bigint | undefined): number {
  const x = a ?? 0n;
  const y = b ?? 0n;
  return x > y ? -1 : x < y ? 1 : 0;
}
