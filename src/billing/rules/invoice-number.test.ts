import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditorReference, formatInvoiceNumber, isCreditorReference } from './invoice-number.ts';
import { fieldsOf, problemsOf } from './test-support.ts';

describe('formatInvoiceNumber (nl:vat: consecutive within a series)', () => {
  it.each<[string, number, string]>([
    ['BIT2027', 1, 'BIT2027-000001'],
    ['VN-2027', 42, 'VN-2027-000042'],
    ['BIT2027', 999_999, 'BIT2027-999999'],
    ['BIT2027', 1_000_000, 'BIT2027-1000000'],
    ['BIT2027', 12_345_678, 'BIT2027-12345678'],
  ])('%s and %i give %s', (series, n, expected) => {
    expect(formatInvoiceNumber(series, n)).toBe(expected);
  });

  it('refuses an empty or spaced series and a number that is not a whole number from 1, naming both', () => {
    expect(fieldsOf(() => formatInvoiceNumber('', 0))).toEqual(['series', 'number']);
    expect(fieldsOf(() => formatInvoiceNumber('BIT 2027', 1))).toEqual(['series']);
    for (const n of [-1, 1.5, Number.NaN, 2 ** 53])
      expect(fieldsOf(() => formatInvoiceNumber('BIT', n))).toEqual(['number']);
  });

  it('keeps the order of the numbers within a series when padded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_998 }), (n) => {
        expect(formatInvoiceNumber('S', n) < formatInvoiceNumber('S', n + 1)).toBe(true);
      }),
    );
  });
});

describe('creditorReference (ISO 11649)', () => {
  // The last two were computed apart, with Python's big integers: 98 − int(digits of ref + "RF00") mod 97.
  it('gives the standard’s example, and references computed independently', () => {
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    expect(creditorReference('BIT2027-000001')).toBe('RF57BIT2027000001');
    expect(creditorReference('vn-2027-000042')).toBe('RF35VN2027000042');
  });

  it('drops what is not a letter or digit and uppercases', () => {
    expect(creditorReference('5390 0754-7034')).toBe('RF18539007547034');
  });

  it('refuses an invoice number of more than 21 letters and digits, or none', () => {
    expect(creditorReference('A'.repeat(21))).toHaveLength(25);
    expect(problemsOf(() => creditorReference('A'.repeat(22)))).toEqual([
      { field: 'invoiceNumber', problem: expect.stringContaining('at most 21') },
    ]);
    expect(fieldsOf(() => creditorReference('--'))).toEqual(['invoiceNumber']);
  });

  it('always makes a valid reference that carries the number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9-]{0,24}$/), (number) => {
        const kept = number.replace(/-/g, '').toUpperCase();
        if (kept.length === 0 || kept.length > 21) return;
        const reference = creditorReference(number);
        expect(reference).toMatch(/^RF\d{2}[0-9A-Z]+$/);
        expect(reference.slice(4)).toBe(kept);
        expect(isCreditorReference(reference)).toBe(true);
      }),
    );
  });
});

describe('isCreditorReference', () => {
  it('accepts valid references, also printed in groups of four and in lower case', () => {
    for (const text of [
      'RF18539007547034',
      'RF18 5390 0754 7034',
      'rf18539007547034',
      'RF712348231',
      'RF18000000000539007547034',
    ]) {
      expect(isCreditorReference(text)).toBe(true);
    }
  });

  it('refuses wrong check digits, a changed character, the wrong shape, or too long', () => {
    for (const text of [
      'RF19539007547034',
      'RF18539007547035',
      'RF18',
      'RX18539007547034',
      'RF1853900754703A4!',
      'RF18' + '0'.repeat(21) + '9',
      '',
    ]) {
      expect(isCreditorReference(text)).toBe(false);
    }
    expect(isCreditorReference(undefined as unknown as string)).toBe(false);
  });

  // MOD 97-10 catches every digit for a digit and letter for a letter; a letter for a digit changes
  // the length of the number checked and slips through about once in 97.
  it('notices any digit changed for a digit, or letter for a letter', () => {
    const digit = /[0-9]/;
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{1,21}$/),
        fc.nat(),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (number, at, char) => {
          const reference = creditorReference(number);
          const i = 2 + (at % (reference.length - 2));
          const was = reference[i] ?? '';
          if (was === char || digit.test(was) !== digit.test(char)) return;
          expect(isCreditorReference(reference.slice(0, i) + char + reference.slice(i + 1))).toBe(false);
        },
      ),
    );
  });
});
