import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCents,
  assertCents,
  centsFromBigInt,
  isCents,
  MAX_CENTS,
  MIN_CENTS,
  negate,
  subtractCents,
  sumCents,
} from './cents.ts';

describe('assertCents', () => {
  it('accepts whole cents up to the largest safe integer, both signs', () => {
    for (const value of [0, 1, -1, MAX_CENTS, MIN_CENTS]) expect(() => assertCents(value)).not.toThrow();
  });

  it('names the field and the problem', () => {
    expect(() => assertCents(12.5, 'amount')).toThrow('amount: 12.5 is not a whole number of cents');
    expect(() => assertCents(NaN, 'price')).toThrow('price: NaN is not an amount');
    expect(() => assertCents(Infinity)).toThrow('amount: Infinity is not an amount');
    expect(() => assertCents('12', 'fee')).toThrow('fee: a string is not a number of cents');
    expect(() => assertCents(MAX_CENTS + 1)).toThrow(/beyond the largest amount/);
    expect(() => assertCents(12.5)).toThrow(RangeError);
  });

  it('isCents tells the same without throwing', () => {
    expect(isCents(5)).toBe(true);
    expect(isCents(0.1)).toBe(false);
    expect(isCents(2 ** 53)).toBe(false);
  });
});

describe('sums', () => {
  it('adds and subtracts', () => {
    expect(addCents(100, 250, -50)).toBe(300);
    expect(addCents()).toBe(0);
    expect(subtractCents(100, 250)).toBe(-150);
    expect(sumCents([])).toBe(0);
  });

  it('reaches the largest safe amount exactly and refuses one cent more', () => {
    expect(addCents(MAX_CENTS - 1, 1)).toBe(MAX_CENTS);
    expect(() => addCents(MAX_CENTS, 1)).toThrow(RangeError);
    expect(() => addCents(MIN_CENTS, -1)).toThrow(RangeError);
    expect(() => subtractCents(MIN_CENTS, 1)).toThrow(RangeError);
  });

  it('is exact when a partial sum leaves the safe range and comes back', () => {
    // As doubles, MAX + 2 rounds to 2^53 and the result would be MAX − 1.
    expect(sumCents([MAX_CENTS, 2, -2])).toBe(MAX_CENTS);
    expect(sumCents([MAX_CENTS, MAX_CENTS, MIN_CENTS])).toBe(MAX_CENTS);
  });

  it('refuses a fraction anywhere in the list, naming the field', () => {
    expect(() => sumCents([1, 0.5], 'total')).toThrow('total: 0.5 is not a whole number of cents');
  });

  it('matches BigInt summing on random lists', () => {
    const cents = fc.integer({ min: MIN_CENTS, max: MAX_CENTS });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 8 }), (list) => {
        const exact = list.reduce((a, b) => a + BigInt(b), 0n);
        if (exact > BigInt(MAX_CENTS) || exact < BigInt(MIN_CENTS)) {
          expect(() => sumCents(list)).toThrow(RangeError);
        } else {
          expect(BigInt(sumCents(list))).toBe(exact);
        }
      }),
    );
  });
});

describe('negate and centsFromBigInt', () => {
  it('negates without producing -0', () => {
    expect(Object.is(negate(0), 0)).toBe(true);
    expect(negate(5)).toBe(-5);
    expect(negate(MIN_CENTS)).toBe(MAX_CENTS);
  });

  it('converts BigInt results inside the safe range only', () => {
    expect(centsFromBigInt(BigInt(MAX_CENTS))).toBe(MAX_CENTS);
    expect(() => centsFromBigInt(BigInt(MAX_CENTS) + 1n, 'vat')).toThrow(
      /^vat: 9007199254740992 cents is beyond/,
    );
    expect(() => centsFromBigInt(BigInt(MIN_CENTS) - 1n)).toThrow(RangeError);
  });
});
