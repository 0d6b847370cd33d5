import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  formatDecimal,
  normalizeDecimal,
  parseDecimal,
  roundHalfAwayFromZero,
  toDecimal,
} from './decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['21', 21n, 0],
    ['0.15', 15n, 2],
    ['8.15', 815n, 2],
    ['1.5', 15n, 1],
    ['123.456', 123456n, 3],
    ['-2', -2n, 0],
    ['+2.50', 250n, 2],
    ['0', 0n, 0],
    ['-0.0', 0n, 1],
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each([
    ['', 'rate: is empty'],
    ['1e3', "rate: '1e3' uses exponent notation; write the number in full"],
    ['0,15', "rate: '0,15' contains a comma; write a dot as the decimal separator"],
    ['.5', "rate: '.5' has no digit before the decimal point"],
    ['5.', "rate: '5.' has no digit after the decimal point"],
    [' 5', "rate: ' 5' has spaces around it"],
    ['abc', "rate: 'abc' is not a decimal number (expected digits with an optional sign and decimal point)"],
    ['NaN', "rate: 'NaN' is not a decimal number (expected digits with an optional sign and decimal point)"],
    ['1'.repeat(41), /has more than 40 digits/],
  ])('refuses %j naming the field', (text, message) => {
    expect(() => parseDecimal(text, 'rate')).toThrow(message);
  });
});

describe('toDecimal', () => {
  it('takes safe integers but never a float', () => {
    expect(toDecimal(3)).toEqual({ units: 3n, scale: 0 });
    expect(() => toDecimal(0.15, 'rate')).toThrow(
      "rate: 0.15 is not a safe integer; pass fractions as text, e.g. '0.15'",
    );
    expect(() => toDecimal({ units: 1n, scale: -1 })).toThrow(RangeError);
  });
});

describe('formatDecimal and normalizeDecimal', () => {
  it('prints the scale it has and drops trailing zeros on request', () => {
    expect(formatDecimal(parseDecimal('8.150'))).toBe('8.150');
    expect(formatDecimal(parseDecimal('-0.05'))).toBe('-0.05');
    expect(formatDecimal(normalizeDecimal(parseDecimal('21.00')))).toBe('21');
    expect(formatDecimal(normalizeDecimal(parseDecimal('-0.0')))).toBe('0');
  });

  it('round-trips any decimal text in canonical form', () => {
    const text = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 12 }))
      .map(([negative, units, scale]) => formatDecimal({ units: negative ? -units : units, scale }));
    fc.assert(
      fc.property(text, (t) => {
        expect(formatDecimal(parseDecimal(t))).toBe(t);
      }),
    );
  });

  it('compares across scales', () => {
    expect(compareDecimal(parseDecimal('21'), parseDecimal('21.00'))).toBe(0);
    expect(compareDecimal(parseDecimal('8.15'), parseDecimal('8.2'))).toBe(-1);
    expect(compareDecimal(parseDecimal('-1'), parseDecimal('-1.5'))).toBe(1);
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each([
    [5n, 10n, 1n], // 0.5 → 1
    [-5n, 10n, -1n], // −0.5 → −1
    [5n, -10n, -1n],
    [-5n, -10n, 1n],
    [4n, 10n, 0n],
    [-4n, 10n, 0n],
    [15n, 10n, 2n], // 1.5 → 2
    [25n, 10n, 3n], // 2.5 → 3, not 2 (not banker's rounding)
    [-25n, 10n, -3n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [0n, 7n, 0n],
  ])('%i / %i → %i', (n, d, expected) => {
    expect(roundHalfAwayFromZero(n, d)).toBe(expected);
  });

  it('refuses division by zero', () => {
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });

  it('is within a half of the exact quotient and symmetric around zero', () => {
    const nonZero = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), nonZero, (n, d) => {
        const r = roundHalfAwayFromZero(n, d);
        const error = 2n * (r * d - n); // 2 × (r − n/d) × d
        const bound = d < 0n ? -d : d;
        expect(error <= bound && error >= -bound).toBe(true);
        expect(roundHalfAwayFromZero(-n, d)).toBe(-r);
      }),
    );
  });
});
