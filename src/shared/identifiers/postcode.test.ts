import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { dutchPostcode } from './postcode.ts';

describe('dutchPostcode', () => {
  it.each([
    ['6716 BP', '6716 BP'],
    ['6716BP', '6716 BP'],
    ['6716 bp', '6716 BP'],
    ['6716bP', '6716 BP'],
    ['  3012   CM ', '3012 CM'],
    ['1000 AA', '1000 AA'],
    ['9999 XL', '9999 XL'],
    ['1234 SB', '1234 SB'],
    ['1234 AS', '1234 AS'],
  ])('%j is %j', (text, normal) => {
    expect(dutchPostcode(text, 'postcode')).toBe(normal);
  });

  it.each([
    ['0123 AB', "postcode: '0123 AB' starts with 0, which no Dutch postcode does"],
    ['1234 SA', "postcode: '1234 SA' ends in SA, which Dutch postcodes never use"],
    ['1234 sd', "postcode: '1234 sd' ends in SD, which Dutch postcodes never use"],
    ['1234SS', 'ends in SS, which Dutch postcodes never use'],
    ['1234', "postcode: must be 4 digits and 2 letters, e.g. 1234 AB, not '1234'"],
    ['123 AB', 'must be 4 digits and 2 letters'],
    ['12345 AB', 'must be 4 digits and 2 letters'],
    ['1234 A', 'must be 4 digits and 2 letters'],
    ['1234 ABC', 'must be 4 digits and 2 letters'],
    ['1234-AB', 'must be 4 digits and 2 letters'],
    ['AB 1234', 'must be 4 digits and 2 letters'],
    ['1234 ÄB', 'must be 4 digits and 2 letters'],
    ['', 'postcode: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => dutchPostcode(text, 'postcode')).toThrow(InvalidInputError);
    expect(() => dutchPostcode(text, 'postcode')).toThrow(message);
  });

  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const postcodeText = fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), letter, letter, fc.constantFrom('', ' ', '  '), fc.boolean())
    .filter(([, a, b]) => !['SA', 'SD', 'SS'].includes(a + b))
    .map(([digits, a, b, space, lower]) => {
      const text = `${digits}${space}${a}${b}`;
      return { text: lower ? text.toLowerCase() : text, normal: `${digits} ${a}${b}` };
    });

  it('writes every Dutch postcode as "1234 AB", however typed', () => {
    fc.assert(
      fc.property(postcodeText, ({ text, normal }) => {
        expect(dutchPostcode(text, 'p')).toBe(normal);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(postcodeText, ({ text }) => {
        const once = dutchPostcode(text, 'p');
        expect(dutchPostcode(once, 'p')).toBe(once);
      }),
    );
  });
});
