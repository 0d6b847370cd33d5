import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText } from './required-text.ts';

/*
 * The Dutch postcode, issued by PostNL: 4 digits and 2 letters, written "1234 AB" (one space,
 * capitals). The digits run from 1000 to 9999, so the first is never 0; the letter pairs SA, SD
 * and SS are not used, for their associations with the German occupation. That is PostNL's rule as
 * Wikipedia describes it ("Postal codes in the Netherlands"); no PostNL publication stating it was
 * at hand. Whether a code exists is a question for PostNL's postcode table or the BAG, not for
 * this check.
 */

const SHAPE = /^(\d{4})\s*([A-Za-z]{2})$/;
const UNUSED_LETTERS = ['SA', 'SD', 'SS'];

export function dutchPostcode(value: string, field: string): string {
  const text = requiredText(value, field);
  const match = SHAPE.exec(text);
  if (match === null)
    throw new InvalidInputError(field, `must be 4 digits and 2 letters, e.g. 1234 AB, not ${quote(text)}`);
  const [, digits = '', lettersAsTyped = ''] = match;
  const letters = lettersAsTyped.toUpperCase();
  if (digits.startsWith('0'))
    throw new InvalidInputError(field, `${quote(text)} starts with 0, which no Dutch postcode does`);
  if (UNUSED_LETTERS.includes(letters))
    throw new InvalidInputError(field, `${quote(text)} ends in ${letters}, which Dutch postcodes never use`);
  return `${digits} ${letters}`;
}
