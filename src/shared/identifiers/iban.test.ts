import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { bic, formatIban, iban } from './iban.ts';

describe('iban', () => {
  it.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'], // the ECBS example in the sellers migration
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
    ['nl91abna0417164300', 'NL91ABNA0417164300'],
    ['NL91-ABNA-0417-1643-00', 'NL91ABNA0417164300'],
    [' NL91\u00a0ABNA\u00a00417\u00a01643\u00a000 ', 'NL91ABNA0417164300'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['BE68 5390 0754 7034', 'BE68539007547034'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819'],
    ['CH44 3199 9123 0008 8901 2', 'CH4431999123000889012'],
  ])('%j is %j', (text, electronic) => {
    expect(iban(text, 'iban')).toBe(electronic);
  });

  it.each([
    ['NL91ABNA0417164301', "iban: 'NL91ABNA0417164301' has a wrong check digit; check for a typing error"],
    ['NL19ABNA0417164300', 'has a wrong check digit'], // check digits swapped
    ['NL91ABNA041716430', "iban: 'NL91ABNA041716430' has 17 characters; an IBAN from NL has 18"],
    ['NL91ABNA04171643000', 'has 19 characters; an IBAN from NL has 18'],
    ['NL91ABN00417164300', 'does not have the form of an IBAN from NL; check for a typing error'],
    ['NLAAABNA0417164300', 'must have two check digits after NL'],
    ['ES9121000418450200051333', 'holds an account number with a wrong national check digit'],
    ['XX91ABNA0417164300', 'does not start with the country code of an IBAN country, e.g. NL'],
    ['AO06004400006729503010102', 'does not start with the country code of an IBAN country'], // not in the registry
    ['0417164300', 'does not start with the country code of an IBAN country'],
    ['NL91.ABNA.0417.1643.00', 'may contain only letters and digits'],
    ['', 'iban: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => iban(text, 'iban')).toThrow(InvalidInputError);
    expect(() => iban(text, 'iban')).toThrow(message);
  });

  it('refuses any single changed digit of a valid IBAN', () => {
    const valid = 'NL91ABNA0417164300';
    const digitPositions = [...valid].flatMap((char, i) => (/\d/.test(char) ? [i] : []));
    fc.assert(
      fc.property(fc.constantFrom(...digitPositions), fc.integer({ min: 1, max: 9 }), (at, shift) => {
        const changed = valid.slice(0, at) + String((Number(valid[at]) + shift) % 10) + valid.slice(at + 1);
        expect(() => iban(changed, 'iban')).toThrow('has a wrong check digit');
      }),
    );
  });

  it('prints in groups of four and reads back what it prints', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    for (const electronic of ['NL91ABNA0417164300', 'FR1420041010050500013M02606'])
      expect(iban(formatIban(electronic), 'iban')).toBe(electronic);
  });
});

describe('bic', () => {
  it.each([
    ['ABNANL2A', 'ABNANL2A'],
    ['abnanl2a', 'ABNANL2A'],
    ['ABNANL2AXXX', 'ABNANL2AXXX'],
    ['RABO NL 2U', 'RABONL2U'],
    ['DEUTDEFF500', 'DEUTDEFF500'],
  ])('%j is %j', (text, code) => {
    expect(bic(text, 'bic')).toBe(code);
  });

  it.each([
    [
      'ABNANL2',
      "bic: must be 8 or 11 letters and digits (4 bank letters, country, location, optional branch), e.g. ABNANL2A, not 'ABNANL2'",
    ],
    ['ABNANL2AXX', 'must be 8 or 11 letters and digits'],
    ['ABN4NL2A', 'must be 8 or 11 letters and digits'],
    ['ABNAXX2A', "bic: 'ABNAXX2A' has no country code at its 5th and 6th letters"],
    ['', 'bic: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => bic(text, 'bic')).toThrow(InvalidInputError);
    expect(() => bic(text, 'bic')).toThrow(message);
  });
});
