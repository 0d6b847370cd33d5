import { InvalidInputError, quote } from '../errors/index.ts';
import { dutchVatId } from './dutch-vat-id.ts';
import { requiredText, withoutSeparators } from './required-text.ts';

/*
 * An EU VAT identification number: the member state's prefix (art. 215 VAT directive: ISO 3166
 * alpha-2, except EL for Greece; XI for Northern Ireland under the Windsor Framework) and the
 * national number. The shapes are those of the VIES FAQ table "VAT identification number
 * structure" (European Commission, ec.europa.eu/taxation_customs/vies), with two later changes:
 * Belgian enterprise numbers may start with 1 since 2023, and XI takes the United Kingdom's forms.
 * Only Dutch ids get their check digits verified (`dutchVatId`); for the others the shape catches a
 * missing or extra digit, and VIES answers whether the number is registered.
 */

interface VatIdFormat {
  readonly country: string;
  readonly pattern: RegExp;
  /** What follows the prefix, in words, for the problem message. */
  readonly shape: string;
  readonly example: string;
}

const FORMATS: Readonly<Record<string, VatIdFormat>> = {
  AT: { country: 'Austria', pattern: /^U\d{8}$/, shape: 'U and 8 digits', example: 'ATU12345678' },
  BE: {
    country: 'Belgium',
    pattern: /^[01]\d{9}$/,
    shape: '10 digits, the first 0 or 1',
    example: 'BE0123456789',
  },
  BG: { country: 'Bulgaria', pattern: /^\d{9,10}$/, shape: '9 or 10 digits', example: 'BG123456789' },
  CY: { country: 'Cyprus', pattern: /^\d{8}[A-Z]$/, shape: '8 digits and a letter', example: 'CY12345678L' },
  CZ: { country: 'Czechia', pattern: /^\d{8,10}$/, shape: '8, 9 or 10 digits', example: 'CZ12345678' },
  DE: { country: 'Germany', pattern: /^\d{9}$/, shape: '9 digits', example: 'DE123456789' },
  DK: { country: 'Denmark', pattern: /^\d{8}$/, shape: '8 digits', example: 'DK12345678' },
  EE: { country: 'Estonia', pattern: /^\d{9}$/, shape: '9 digits', example: 'EE123456789' },
  EL: { country: 'Greece', pattern: /^\d{9}$/, shape: '9 digits', example: 'EL123456789' },
  ES: {
    country: 'Spain',
    // A letter or digit, 7 digits, a letter or digit; not digits at both ends.
    pattern: /^(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/,
    shape: '9 characters: a letter or digit, 7 digits, a letter or digit, not digits at both ends',
    example: 'ESX1234567X',
  },
  FI: { country: 'Finland', pattern: /^\d{8}$/, shape: '8 digits', example: 'FI12345678' },
  FR: {
    country: 'France',
    pattern: /^[A-Z0-9]{2}\d{9}$/,
    shape: '2 letters or digits and 9 digits',
    example: 'FR12345678901',
  },
  HR: { country: 'Croatia', pattern: /^\d{11}$/, shape: '11 digits', example: 'HR12345678901' },
  HU: { country: 'Hungary', pattern: /^\d{8}$/, shape: '8 digits', example: 'HU12345678' },
  IE: {
    country: 'Ireland',
    // Old form: digit, letter (or + or *), 5 digits, letter. New form: 7 digits and 1 or 2 letters.
    pattern: /^(?:\d[A-Z+*]\d{5}[A-Z]|\d{7}[A-Z]{1,2})$/,
    shape: '7 digits and 1 or 2 letters (or the old 8-character form)',
    example: 'IE1234567WA',
  },
  IT: { country: 'Italy', pattern: /^\d{11}$/, shape: '11 digits', example: 'IT12345678901' },
  LT: {
    country: 'Lithuania',
    pattern: /^(?:\d{9}|\d{12})$/,
    shape: '9 or 12 digits',
    example: 'LT123456789',
  },
  LU: { country: 'Luxembourg', pattern: /^\d{8}$/, shape: '8 digits', example: 'LU12345678' },
  LV: { country: 'Latvia', pattern: /^\d{11}$/, shape: '11 digits', example: 'LV12345678901' },
  MT: { country: 'Malta', pattern: /^\d{8}$/, shape: '8 digits', example: 'MT12345678' },
  // Checked in full, check digits included, by `dutchVatId`.
  NL: {
    country: 'the Netherlands',
    pattern: /^\d{9}B\d{2}$/,
    shape: '9 digits, B and 2 digits',
    example: 'NL000099998B57',
  },
  PL: { country: 'Poland', pattern: /^\d{10}$/, shape: '10 digits', example: 'PL1234567890' },
  PT: { country: 'Portugal', pattern: /^\d{9}$/, shape: '9 digits', example: 'PT123456789' },
  RO: {
    country: 'Romania',
    pattern: /^[1-9]\d{1,9}$/,
    shape: '2 to 10 digits, not starting with 0',
    example: 'RO1234567890',
  },
  SE: {
    country: 'Sweden',
    pattern: /^\d{10}01$/,
    shape: '12 digits ending in 01',
    example: 'SE123456789001',
  },
  SI: { country: 'Slovenia', pattern: /^\d{8}$/, shape: '8 digits', example: 'SI12345678' },
  SK: { country: 'Slovakia', pattern: /^\d{10}$/, shape: '10 digits', example: 'SK1234567890' },
  XI: {
    country: 'Northern Ireland',
    pattern: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
    shape: '9 or 12 digits, or GD or HA and 3 digits',
    example: 'XI123456789',
  },
};

export function vatId(value: string, field: string): string {
  const text = requiredText(value, field);
  const id = withoutSeparators(text, '.-').toUpperCase();
  const prefix = id.slice(0, 2);
  const format = FORMATS[prefix];
  if (format === undefined) throw new InvalidInputError(field, prefixProblem(text, id));
  if (prefix === 'NL') return dutchVatId(id, field);
  if (!format.pattern.test(id.slice(2)))
    throw new InvalidInputError(
      field,
      `${quote(text)} is not a VAT id from ${format.country}: ${prefix} and ${format.shape}, e.g. ${format.example}`,
    );
  return id;
}

/** The prefix of a VAT id as `vatId` returns it: a member state's (EL for Greece) or XI. */
export function vatIdCountry(vatId: string): string {
  const prefix = vatId.slice(0, 2);
  if (!Object.hasOwn(FORMATS, prefix)) throw new RangeError(`${quote(vatId)} is not a normalised EU VAT id`);
  return prefix;
}

function prefixProblem(text: string, id: string): string {
  const prefix = id.slice(0, 2);
  if (!/^[A-Z]{2}/.test(id)) {
    if (/^\d{9}B\d{2}$/.test(id)) return `${quote(text)} lacks the country prefix; write NL${id}`;
    return `${quote(text)} must start with the country prefix, e.g. NL or DE`;
  }
  if (prefix === 'GR') return `Greek VAT ids start with EL, not GR: write EL${id.slice(2)}`;
  if (prefix === 'GB')
    return `GB VAT ids are not EU VAT ids since 2021; a Northern Ireland business trading goods has one starting with XI`;
  return `${quote(prefix)} is not the prefix of an EU VAT id (${Object.keys(FORMATS).join(', ')})`;
}
