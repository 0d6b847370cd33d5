import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText, withoutSeparators } from './required-text.ts';

/*
 * The KvK number (Kamer van Koophandel, the Dutch Chamber of Commerce) identifies a registration in
 * the Handelsregister: 8 digits, leading zeros included (kvk.nl, "KVK number: all you need to
 * know"; "Numbers in the Business Register"). People write it with spaces or dots ("0909 0000",
 * "09.09.00.00"); those are stripped.
 *
 * No check digit is verified. KvK documents the number as 8 digits and publishes no check (so does
 * the request to add it to python-stdnum: "only a number", arthurdejong/python-stdnum#297). Checked
 * against 424 real KvK numbers (a public list of Dutch companies with their numbers,
 * saad-khalil/saad-khalil.github.io data/companies.ts), an 11-proof (weights 8..1, the sum
 * divisible by 11) turned out to be a property of the national series only:
 * - all 215 numbers with a first digit 5 to 9 pass it, also those issued after 2016 (7x to 9x), so
 *   the common reading "no check digit since 2016" is not borne out by these numbers;
 * - only 15 of the 209 older regional numbers (first digit 0 to 4) pass it, about chance level.
 * It is not enforced: KvK does not promise it, and an old number would be refused by it. Whether a
 * number exists is a question for the Handelsregister, not for this format check.
 */

const BRANCH_NUMBER_LENGTH = 12;

export function kvkNumber(value: string, field: string): string {
  const text = requiredText(value, field);
  const digits = withoutSeparators(text, '.');
  if (!/^\d+$/.test(digits)) throw new InvalidInputError(field, `must be 8 digits, not ${quote(text)}`);
  if (digits.length === BRANCH_NUMBER_LENGTH)
    throw new InvalidInputError(
      field,
      `${quote(text)} has 12 digits, like a branch number (vestigingsnummer); give the 8-digit KvK number`,
    );
  if (digits.length === 7)
    throw new InvalidInputError(
      field,
      `must be 8 digits, not ${quote(text)}; a KvK number that starts with 0 keeps its 0`,
    );
  if (digits.length !== 8) throw new InvalidInputError(field, `must be 8 digits, not ${quote(text)}`);
  // A placeholder, not a registration; stored, it would also block every other customer's placeholder.
  if (digits === '00000000') throw new InvalidInputError(field, `${quote(text)} is not a KvK number`);
  return digits;
}
