import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MIN_CENTS } from './cents.ts';
import { formatAmount, formatEuro } from './format-amount.ts';

describe('formatAmount (machine form)', () => {
  it.each([
    [123456, '1234.56'],
    [-5, '-0.05'],
    [5, '0.05'],
    [50, '0.50'],
    [0, '0.00'],
    [-0, '0.00'],
    [100, '1.00'],
    [-123456, '-1234.56'],
    [MAX_CENTS, '90071992547409.91'],
    [MIN_CENTS, '-90071992547409.91'],
  ])('%i → %s', (cents, text) => {
    expect(formatAmount(cents)).toBe(text);
  });

  it('refuses what is not cents', () => {
    expect(() => formatAmount(1.5)).toThrow('amount: 1.5 is not a whole number of cents');
    expect(() => formatAmount(MAX_CENTS + 1)).toThrow(RangeError);
  });
});

describe('formatEuro (Dutch display form)', () => {
  it.each([
    [123456, '€ 1.234,56'],
    [-123456, '€ -1.234,56'],
    [0, '€ 0,00'],
    [-5, '€ -0,05'],
    [99999, '€ 999,99'],
    [100000, '€ 1.000,00'],
    [123456789, '€ 1.234.567,89'],
    [MAX_CENTS, '€ 90.071.992.547.409,91'],
    [MIN_CENTS, '€ -90.071.992.547.409,91'],
  ])('%i → %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it('uses a plain space by default and a no-break space on request', () => {
    expect(formatEuro(100)).toBe('€ 1,00');
    expect(formatEuro(100, { noBreakSpace: true })).toBe('€\u00a01,00');
  });

  it('matches Intl nl-NL EUR exactly with a no-break space, and up to the space without', () => {
    const intl = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
    const samples = [0, 1, -1, 5, -5, 99, 100, 12345, -12345, 99999, 100000, 123456789, -123456789, 1e12 + 1];
    for (const cents of samples) {
      const expected = intl.format(cents / 100);
      expect(formatEuro(cents, { noBreakSpace: true })).toBe(expected);
      expect(formatEuro(cents)).toBe(expected.replace('\u00a0', ' '));
    }
    // cents / 100 is exact enough for Intl to print two decimals correctly in this range.
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(formatEuro(cents, { noBreakSpace: true })).toBe(intl.format(cents / 100));
      }),
    );
  });
});
