import {
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type PhoneNumber,
} from 'libphonenumber-js/min';
import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText } from './required-text.ts';

/*
 * Phone numbers through libphonenumber-js (Google's libphonenumber metadata), stored in E.164
 * ("+31318648688") and shown in the national form for Dutch numbers ("0318 648 688"), the
 * international form for others. A number without a country code is read as Dutch.
 *
 * The "min" metadata is chosen on purpose: `isValid()` then checks a number's length and general
 * pattern per country (refusing "0612345" or "06123456789"), but not the number ranges assigned
 * per type, which go stale and would refuse a freshly issued range. The text must be the number
 * alone (no "tel:", no words), and an extension is refused: E.164 has no place for it.
 */

const DEFAULT_COUNTRY = 'NL';
const EXAMPLE = 'e.g. 0318 648 688 or +31 318 648 688';

export function phoneNumber(value: string, field: string): string {
  const text = requiredText(value, field);
  const fail = (problem: string) => new InvalidInputError(field, `${quote(text)} ${problem}`);
  let parsed: PhoneNumber;
  try {
    parsed = parsePhoneNumberWithError(text, { defaultCountry: DEFAULT_COUNTRY, extract: false });
  } catch (error) {
    if (error instanceof ParseError) throw fail(parseProblem(error.message));
    throw error;
  }
  if (parsed.ext !== undefined)
    throw fail('has an extension; give the number without it (note the extension elsewhere)');
  if (!parsed.isValid()) throw fail(invalidProblem(text, parsed));
  return parsed.number;
}

/** For display: "0318 648 688" for a Dutch number, "+32 2 123 45 67" for others. */
export function formatPhoneNumber(e164: string): string {
  try {
    const parsed = parsePhoneNumberWithError(e164, { extract: false });
    return parsed.country === DEFAULT_COUNTRY ? parsed.formatNational() : parsed.formatInternational();
  } catch {
    // Display never fails: a stored value that is not E.164 is shown as it is.
    return e164;
  }
}

function parseProblem(code: string): string {
  switch (code) {
    case 'INVALID_COUNTRY':
      return 'starts with an unknown country code';
    case 'TOO_SHORT':
      return 'is too short for a phone number';
    case 'TOO_LONG':
      return 'is too long for a phone number';
    default:
      return `is not a phone number (${EXAMPLE}; digits only, no words)`;
  }
}

function invalidProblem(text: string, parsed: PhoneNumber): string {
  const where = parsed.country === undefined ? `+${parsed.countryCallingCode}` : parsed.country;
  switch (validatePhoneNumberLength(text, DEFAULT_COUNTRY)) {
    case 'TOO_SHORT':
      return `has too few digits for a phone number in ${where}`;
    case 'TOO_LONG':
      return `has too many digits for a phone number in ${where}`;
    default:
      return `is not a valid phone number in ${where}; check the digits`;
  }
}
