import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProportionally } from './allocate.ts';
import { MAX_CENTS, MIN_CENTS } from './cents.ts';

describe('allocateProportionally', () => {
  it('splits in thirds without losing a cent, the extra cent to the earlier share', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProportionally(200, [1, 1, 1])).toEqual([67, 67, 66]);
    expect(allocateProportionally(1, [1, 1])).toEqual([1, 0]);
  });

  it('mirrors a negative total', () => {
    expect(allocateProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateProportionally(-1, [1, 1])).toEqual([-1, 0]);
  });

  it('gives the leftover cents to the largest remainders first', () => {
    // exact shares 1.67, 3.33, 5: the extra cent goes to the first (remainder .67)
    expect(allocateProportionally(10, [1, 2, 3])).toEqual([2, 3, 5]);
    // exact shares 0.4, 0.6: the cent goes to the second
    expect(allocateProportionally(1, [2, 3])).toEqual([0, 1]);
  });

  it('gives nothing to a zero weight, and takes decimal weights and cents', () => {
    expect(allocateProportionally(100, [0, 1])).toEqual([0, 100]);
    expect(allocateProportionally(1000, ['1.5', '0.5'])).toEqual([750, 250]);
    expect(allocateProportionally(1000, [{ units: 3n, scale: 0 }, '1'])).toEqual([750, 250]);
    expect(allocateProportionally(0, [1, 2])).toEqual([0, 0]);
  });

  it('handles the largest safe amounts', () => {
    expect(allocateProportionally(MAX_CENTS, [1, 1])).toEqual([4503599627370496, 4503599627370495]);
    expect(allocateProportionally(MIN_CENTS, [MAX_CENTS, 1])).toEqual([-9007199254740990, -1]);
  });

  it('refuses what it cannot split', () => {
    expect(() => allocateProportionally(100, [])).toThrow(
      'weights: is empty; there is nothing to split over',
    );
    expect(() => allocateProportionally(100, [0, 0])).toThrow(/^weights: are all zero/);
    expect(() => allocateProportionally(100, [1, -1])).toThrow(/^weights\[1\]: is negative/);
    expect(() => allocateProportionally(100, [0.5])).toThrow(/^weights\[0\]: 0.5 is not a safe integer/);
    expect(() => allocateProportionally(10.5, [1])).toThrow('total: 10.5 is not a whole number of cents');
  });

  it('always sums to the total, each share within a cent of its exact share', () => {
    const weight = fc.oneof(
      fc.nat({ max: 1_000_000 }),
      fc
        .tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 4 }))
        .map(([u, s]) => ({ units: BigInt(u), scale: s })),
    );
    const weights = fc
      .array(weight, { minLength: 1, maxLength: 12 })
      .filter((ws) => ws.some((w) => toBig(w, 4) > 0n));
    fc.assert(
      fc.property(fc.integer({ min: MIN_CENTS, max: MAX_CENTS }), weights, (total, ws) => {
        const shares = allocateProportionally(total, ws);
        expect(shares).toHaveLength(ws.length);
        expect(shares.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
        const scaled = ws.map((w) => toBig(w, 4));
        const sum = scaled.reduce((a, b) => a + b, 0n);
        shares.forEach((share, i) => {
          // |share − total × w / sum| < 1  ⇔  |share × sum − total × w| < sum
          const diff = BigInt(share) * sum - BigInt(total) * (scaled[i] ?? 0n);
          expect(diff < sum && diff > -sum).toBe(true);
        });
      }),
    );
  });
});

function toBig(w: number | { units: bigint; scale: number }, scale: number): bigint {
  if (typeof w === 'number') return BigInt(w) * 10n ** BigInt(scale);
  return w.units * 10n ** BigInt(scale - w.scale);
}
