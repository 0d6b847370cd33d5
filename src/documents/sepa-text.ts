import { InvalidInputError, quote } from '../shared/errors/index.ts';

/*
 * The SEPA character set (EPC217-08, the basic Latin set every bank in the scheme must carry):
 * a–z, A–Z, 0–9, space and / - ? : ( ) . , ' +. Names and remittance text are transliterated into
 * it — accents dropped (é → e, ü → u), ß → ss, & → +, € → EUR, typographic quotes and dashes to
 * plain ones — and refused when a character remains that has no sensible stand-in (@, #, *, %,
 * non-Latin scripts). Identifiers are never changed, only refused: a bank returns them in its statements,
 * and a changed one would no longer match.
 */

const SEPA_CHARACTERS = "a–z, A–Z, 0–9, space and / - ? : ( ) . , ' +";
const SEPA_CHARACTER = /^[A-Za-z0-9/\-?:().,'+ ]$/;

const STAND_INS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Ð: 'D',
  ð: 'd',
  Đ: 'D',
  đ: 'd',
  Þ: 'TH',
  þ: 'th',
  Ł: 'L',
  ł: 'l',
  ı: 'i',
  '&': '+',
  '€': 'EUR',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '´': "'",
  '`': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '–': '-',
  '—': '-',
  _: '-',
};

/** Text in the SEPA character set, with the stand-ins above; whitespace runs become one space. */
export function transliterate(text: string): string {
  let result = '';
  for (const char of text.normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue;
    result += STAND_INS[char] ?? char;
  }
  return result.replace(/\s+/gu, ' ').trim();
}

/** A name or remittance text, transliterated; refused when empty, too long or still outside the set. */
export function sepaText(value: unknown, field: string, maxLength: number): string {
  const text = transliterate(presentText(value, field));
  if (text === '') throw new InvalidInputError(field, 'is empty');
  const outside = [...text].find((char) => !SEPA_CHARACTER.test(char));
  if (outside !== undefined)
    throw new InvalidInputError(
      field,
      `contains ${quote(outside)}, which the SEPA character set does not have (${SEPA_CHARACTERS})`,
    );
  if (text.length > maxLength)
    throw new InvalidInputError(
      field,
      `has ${text.length} characters, more than the ${maxLength} a SEPA file takes`,
    );
  return text;
}

/**
 * An identifier (message, end-to-end, mandate): as given, in the SEPA set without spaces, not
 * starting or ending with "/" and without "//" (EPC implementation guidelines), at most `maxLength`.
 */
export function sepaIdentifier(value: unknown, field: string, maxLength = 35): string {
  const text = presentText(value, field).trim();
  if (text === '') throw new InvalidInputError(field, 'is empty');
  const outside = [...text].find((char) => char === ' ' || !SEPA_CHARACTER.test(char));
  if (outside !== undefined)
    throw new InvalidInputError(
      field,
      `${quote(text)} contains ${outside === ' ' ? 'a space' : quote(outside)}, but an identifier takes only a–z, A–Z, 0–9 and / - ? : ( ) . , ' +`,
    );
  if (text.startsWith('/') || text.endsWith('/') || text.includes('//'))
    throw new InvalidInputError(field, `${quote(text)} may not start or end with '/' nor contain '//'`);
  if (text.length > maxLength)
    throw new InvalidInputError(
      field,
      `${quote(text)} has ${text.length} characters, more than ${maxLength}`,
    );
  return text;
}

function presentText(value: unknown, field: string): string {
  if (value === undefined || value === null) throw new InvalidInputError(field, 'is required');
  if (typeof value !== 'string') throw new InvalidInputError(field, `must be text, not a ${typeof value}`);
  return value;
}
