import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EU_MEMBER_STATES, NORTHERN_IRELAND_VAT_PREFIX } from '../money/eu-member-states.ts';
import { InvalidInputError } from '../errors/index.ts';
import { vatId, vatIdCountry } from './vat-id.ts';

describe('vatId', () => {
  it.each([
    ['ATU12345678', 'ATU12345678'],
    ['BE0123456789', 'BE0123456789'],
    ['BE1023456789', 'BE1023456789'],
    ['BG123456789', 'BG123456789'],
    ['BG1234567890', 'BG1234567890'],
    ['CY12345678L', 'CY12345678L'],
    ['CZ12345678', 'CZ12345678'],
    ['CZ1234567890', 'CZ1234567890'],
    ['DE 123 456 789', 'DE123456789'],
    ['DK12 34 56 78', 'DK12345678'],
    ['EE123456789', 'EE123456789'],
    ['el123456789', 'EL123456789'],
    ['ESX1234567X', 'ESX1234567X'],
    ['ES12345678Z', 'ES12345678Z'],
    ['ESA12345678', 'ESA12345678'],
    ['FI12345678', 'FI12345678'],
    ['FR12345678901', 'FR12345678901'],
    ['FRXX123456789', 'FRXX123456789'],
    ['HR12345678901', 'HR12345678901'],
    ['HU12345678', 'HU12345678'],
    ['IE1234567T', 'IE1234567T'],
    ['IE1234567WA', 'IE1234567WA'],
    ['IE1A23456B', 'IE1A23456B'],
    ['IT12345678901', 'IT12345678901'],
    ['LT123456789', 'LT123456789'],
    ['LT123456789012', 'LT123456789012'],
    ['LU12345678', 'LU12345678'],
    ['LV12345678901', 'LV12345678901'],
    ['MT12345678', 'MT12345678'],
    ['NL000099998B57', 'NL000099998B57'],
    ['nl 0000.99998.b57', 'NL000099998B57'],
    ['PL123-456-78-90', 'PL1234567890'],
    ['PT123456789', 'PT123456789'],
    ['RO12', 'RO12'],
    ['RO1234567890', 'RO1234567890'],
    ['SE123456789001', 'SE123456789001'],
    ['SI12345678', 'SI12345678'],
    ['SK1234567890', 'SK1234567890'],
    ['XI123456789', 'XI123456789'],
    ['XI123456789012', 'XI123456789012'],
    ['XIGD123', 'XIGD123'],
    ['XIHA123', 'XIHA123'],
  ])('%j is %j', (text, id) => {
    expect(vatId(text, 'vatId')).toBe(id);
  });

  it.each([
    ['DE12345678', "vatId: 'DE12345678' is not a VAT id from Germany: DE and 9 digits, e.g. DE123456789"],
    ['ATU1234567', 'is not a VAT id from Austria: AT and U and 8 digits'],
    ['AT12345678', 'is not a VAT id from Austria'],
    ['BE2123456789', 'is not a VAT id from Belgium: BE and 10 digits, the first 0 or 1'],
    ['ES123456789', 'is not a VAT id from Spain'], // digits at both ends
    ['SE123456789012', 'is not a VAT id from Sweden: SE and 12 digits ending in 01'],
    ['RO0123', 'is not a VAT id from Romania'],
    ['RO1', 'is not a VAT id from Romania'],
    ['IE12345678', 'is not a VAT id from Ireland'],
    ['NL000099998B58', "vatId: 'NL000099998B58' has a wrong check digit"],
    ['NL00009999B57', 'vatId: must be NL, 9 digits, B and 2 digits'],
    ['GR123456789', 'vatId: Greek VAT ids start with EL, not GR: write EL123456789'],
    ['GB123456789', 'vatId: GB VAT ids are not EU VAT ids since 2021'],
    ['US123456789', "vatId: 'US' is not the prefix of an EU VAT id (AT, BE, BG,"],
    ['CHE123456789', "vatId: 'CH' is not the prefix of an EU VAT id"],
    ['123456789', "vatId: '123456789' must start with the country prefix, e.g. NL or DE"],
    ['000099998B57', "vatId: '000099998B57' lacks the country prefix; write NL000099998B57"],
    ['', 'vatId: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => vatId(text, 'vatId')).toThrow(InvalidInputError);
    expect(() => vatId(text, 'vatId')).toThrow(message);
  });

  it('knows a prefix for every member state and Northern Ireland, no more', () => {
    const prefixes = [...Object.values(EU_MEMBER_STATES), NORTHERN_IRELAND_VAT_PREFIX];
    for (const prefix of prefixes)
      expect(() => vatId(`${prefix}?`, 'v')).toThrow(/is not a VAT id from|must be NL/);
    expect(() => vatId('NO123456789', 'v')).toThrow('is not the prefix of an EU VAT id');
  });

  it('is idempotent and ignores case and separators', () => {
    const ids = fc.constantFrom('ATU12345678', 'DE123456789', 'EL123456789', 'ESX1234567X', 'NL000099998B57');
    const decorated = ids.chain((id) =>
      fc
        .array(fc.constantFrom('', ' ', '.', '-'), { minLength: id.length, maxLength: id.length })
        .chain((seps) =>
          fc.boolean().map((lower) => {
            const text = [...id].map((char, i) => char + seps[i]).join('');
            return { id, text: lower ? text.toLowerCase() : text };
          }),
        ),
    );
    fc.assert(
      fc.property(decorated, ({ id, text }) => {
        expect(vatId(text, 'v')).toBe(id);
        expect(vatId(vatId(text, 'v'), 'v')).toBe(id);
      }),
    );
  });
});

describe('vatIdCountry', () => {
  it('is the prefix of a normalised VAT id', () => {
    expect(vatIdCountry('NL000099998B57')).toBe('NL');
    expect(vatIdCountry('EL123456789')).toBe('EL');
    expect(vatIdCountry('XI123456789')).toBe('XI');
    expect(vatIdCountry(vatId('de 123 456 789', 'v'))).toBe('DE');
  });

  it('refuses what is not a normalised VAT id', () => {
    expect(() => vatIdCountry('nl000099998b57')).toThrow(RangeError);
    expect(() => vatIdCountry('GR123456789')).toThrow("'GR123456789' is not a normalised EU VAT id");
  });
});
