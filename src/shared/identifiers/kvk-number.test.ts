import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { kvkNumber } from './kvk-number.ts';

describe('kvkNumber', () => {
  it.each([
    ['34334259', '34334259'], // ABN AMRO Bank N.V.
    ['02076358', '02076358'], // an old regional number: leading zero kept, no 11-proof
    ['09090000', '09090000'], // the placeholder in the shipped sellers migration
    ['3433 4259', '34334259'],
    ['34.33.42.59', '34334259'],
    [' 3433\u00a04259 ', '34334259'],
    ['92289657', '92289657'], // a number of the national series, issued after 2016
  ])('%j is %j', (text, normal) => {
    expect(kvkNumber(text, 'kvkNumber')).toBe(normal);
  });

  it.each([
    ['1234', "kvkNumber: must be 8 digits, not '1234'"],
    ['123456789', "kvkNumber: must be 8 digits, not '123456789'"],
    ['2076358', "kvkNumber: must be 8 digits, not '2076358'; a KvK number that starts with 0 keeps its 0"],
    ['NL34334259', "kvkNumber: must be 8 digits, not 'NL34334259'"],
    ['3433-4259', "kvkNumber: must be 8 digits, not '3433-4259'"],
    ['000034334259', 'like a branch number (vestigingsnummer); give the 8-digit KvK number'],
    ['00000000', "kvkNumber: '00000000' is not a KvK number"],
    ['', 'kvkNumber: is empty'],
    ['   ', 'kvkNumber: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => kvkNumber(text, 'kvkNumber')).toThrow(InvalidInputError);
    expect(() => kvkNumber(text, 'kvkNumber')).toThrow(message);
  });

  it('refuses what is not text, naming the field', () => {
    expect(() => kvkNumber(34334259 as unknown as string, 'seller.kvkNumber')).toThrow(
      'seller.kvkNumber: must be text, not a number',
    );
    expect(() => kvkNumber(undefined as unknown as string, 'kvkNumber')).toThrow('kvkNumber: is required');
  });

  it('carries the field and the problem apart', () => {
    try {
      kvkNumber('1234', 'kvkNumber');
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).problems).toEqual([
        { field: 'kvkNumber', problem: "must be 8 digits, not '1234'" },
      ]);
    }
  });

  const eightDigits = fc.stringMatching(/^\d{8}$/).filter((d) => d !== '00000000');

  it('takes any 8 digits (but all zeros) as they are', () => {
    fc.assert(
      fc.property(eightDigits, (digits) => {
        expect(kvkNumber(digits, 'k')).toBe(digits);
      }),
    );
  });

  it('strips spaces and dots wherever they are typed', () => {
    const separated = eightDigits.chain((digits) =>
      fc
        .array(fc.constantFrom('', ' ', '.', '  '), { minLength: 9, maxLength: 9 })
        .map((seps) => ({ digits, text: [...digits].map((d, i) => seps[i] + d).join('') + seps[8] })),
    );
    fc.assert(
      fc.property(separated, ({ digits, text }) => {
        expect(kvkNumber(text, 'k')).toBe(digits);
      }),
    );
  });
});
