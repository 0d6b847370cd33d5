import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MIN_CENTS } from './cents.ts';
import { formatAmount, formatEuro } from './format-amount.ts';
import { parseAmount } from './parse-amount.ts';

describe('parseAmount: accepted forms', () => {
  it.each([
    // machine form
    ['1234.56', 123456],
    ['1234.5', 123450],
    ['1234', 123400],
    ['-1234.56', -123456],
    ['+12.00', 1200],
    ['0.05', 5],
    ['-0.05', -5],
    ['0', 0],
    ['-0', 0],
    ['007.50', 750],
    ['  12.34  ', 1234],
    // Dutch display form
    ['€ 1.234,56', 123456],
    ['€1.234,56', 123456],
    ['1.234,56', 123456],
    ['-€ 1.234,56', -123456],
    ['€ -1.234,56', -123456],
    ['€ +1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['€ 0,05', 5],
    ['€ 1.234.567,89', 123456789],
    ['€\u00a01.234,56', 123456], // what Intl prints
    ['€\u00a0-1.234,56', -123456],
    // the dot rule: three digits after one dot are thousands only with a € sign
    ['€ 1.234', 123400],
    ['€ 12.50', 1250],
    ['1.234.567', 123456700],
    // the largest amount in both forms
    ['90071992547409.91', MAX_CENTS],
    ['-90071992547409.91', MIN_CENTS],
    ['€ 90.071.992.547.409,91', MAX_CENTS],
  ])('%j is %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it('never returns -0', () => {
    expect(Object.is(parseAmount('-0,00'), 0)).toBe(true);
  });
});

describe('parseAmount: refused forms, each naming the field and the problem', () => {
  it.each([
    ['', 'amount: is empty'],
    ['   ', 'amount: is empty'],
    ['1.234', "amount: '1.234' is ambiguous: the dot may separate thousands or decimals"],
    ['-1.234', "amount: '-1.234' is ambiguous"],
    ['1.2345', "amount: '1.2345' has more than two decimals"],
    ['1234.567', "amount: '1234.567' has more than two decimals"],
    ['0.123', "amount: '0.123' has more than two decimals"],
    ['€ 0.123', "amount: '€ 0.123' has more than two decimals"],
    ['1,234', "amount: '1,234' has more than two decimals"],
    ['€ 1.234,567', "amount: '€ 1.234,567' has more than two decimals"],
    ['1.23.4', "amount: '1.23.4' has misplaced thousands separators"],
    ['1.23.4,5', "amount: '1.23.4,5' has misplaced thousands separators"],
    ['12.34,56', "amount: '12.34,56' has misplaced thousands separators"],
    ['1234.567,00', "amount: '1234.567,00' has misplaced thousands separators"],
    ['0.123.456', "amount: '0.123.456' has misplaced thousands separators"],
    ['1,234.56', "amount: '1,234.56' mixes a thousands comma with a decimal point"],
    ['1,2,3', "amount: '1,2,3' has more than one decimal comma"],
    [',50', "amount: ',50' has no digits before the decimal comma"],
    ['12,', "amount: '12,' has no digits after the decimal comma"],
    ['.50', "amount: '.50' has no digits before the decimal point"],
    ['12.', "amount: '12.' has no digits after the decimal point"],
    ['abc', "amount: 'abc' contains letters"],
    ['12 EUR', "amount: '12 EUR' contains letters"],
    ['NaN', "amount: 'NaN' is not a number"],
    ['Infinity', "amount: 'Infinity' is not a number"],
    ['-Infinity', "amount: '-Infinity' is not a number"],
    ['1e5', "amount: '1e5' uses exponent notation; write the amount in full"],
    ['1.5E-3', "amount: '1.5E-3' uses exponent notation"],
    ['--5', "amount: '--5' has more than one sign"],
    ['-€ -5', "amount: '-€ -5' has more than one sign"],
    ['+-5', "amount: '+-5' has more than one sign"],
    ['1 234,56', "amount: '1 234,56' contains spaces between digits"],
    ['€€5', "amount: '€€5' is not an amount (expected e.g. 1234.56 or € 1.234,56)"],
    ['5 €', "amount: '5 €' is not an amount"],
    [
      '90071992547409.92',
      "amount: '90071992547409.92' is beyond the largest amount (€ 90.071.992.547.409,91)",
    ],
    ['-90071992547409.92', 'is beyond the largest amount'],
    ['€ 100.000.000.000.000,00', 'is beyond the largest amount'],
    ['1'.repeat(65), 'is too long for an amount'],
  ])('%j', (text, message) => {
    expect(() => parseAmount(text)).toThrow(RangeError);
    expect(() => parseAmount(text)).toThrow(message);
  });

  it('names the field it is given', () => {
    expect(() => parseAmount('1.234', 'unitPrice')).toThrow(/^unitPrice: '1.234' is ambiguous/);
    expect(() => parseAmount(12 as unknown as string, 'fee')).toThrow('fee: a number is not amount text');
  });
});

describe('parseAmount reads what the formatters write', () => {
  const cents = fc.integer({ min: MIN_CENTS, max: MAX_CENTS });

  it('machine form', () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseAmount(formatAmount(c))).toBe(c);
      }),
    );
  });

  it('Dutch display form, with a plain or a no-break space', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (c, noBreakSpace) => {
        expect(parseAmount(formatEuro(c, { noBreakSpace }))).toBe(c);
      }),
    );
  });

  it('what Intl prints for nl-NL euros', () => {
    const intl = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        expect(parseAmount(intl.format(c / 100))).toBe(c);
      }),
    );
  });
});
