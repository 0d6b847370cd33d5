import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText, withoutSeparators } from './required-text.ts';

/*
 * The Dutch btw-identificatienummer: "NL", 9 digits, "B", 2 digits (14 characters). Two kinds are
 * in use, told apart only by which check they pass:
 *
 * - legal entities and older ids: the 9 digits are an RSIN (or, before 2020, a sole proprietor's
 *   BSN) and pass the 11-proof: 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11. The two digits
 *   after B number the fiscal unit (01, 02, …) and carry no check.
 * - since 1 January 2020 sole proprietors get an id without their BSN in it. The Belastingdienst
 *   describes it as NL, 9 digits, B and a 2-digit check number, with the example NL000099998B57
 *   ("Gebruik vanaf 1 januari 2020 uw nieuwe btw-identificatienummer", belastingdienst.nl); the
 *   check it told software makers (via OSWO, quoted by kleineondernemer.nl, 2019) is mod 97 over
 *   the whole id, as for an IBAN: letters as numbers (A = 10 … N = 23, L = 21, B = 11), the id
 *   read as one number leaves 1 when divided by 97.
 *
 * The same two checks are implemented by python-stdnum (stdnum/nl/btw.py, after issue #182) and
 * valvat (lib/valvat/checksum/nl.rb, PR #71); their test ids are reused in the tests beside this
 * file, with the 11-proof ids from Oracle's Netherlands tax registration number documentation.
 * Neither check says the id is registered: that is a VIES question.
 */

const SHAPE = /^NL\d{9}B\d{2}$/;
const EXAMPLE = 'NL000099998B57';

export function dutchVatId(value: string, field: string): string {
  const text = requiredText(value, field);
  const id = withoutSeparators(text, '.-').toUpperCase();
  if (/^\d{9}B\d{2}$/.test(id))
    throw new InvalidInputError(field, `${quote(text)} lacks the country prefix; write NL${id}`);
  if (!SHAPE.test(id))
    throw new InvalidInputError(
      field,
      `must be NL, 9 digits, B and 2 digits (e.g. ${EXAMPLE}), not ${quote(text)}`,
    );
  if (id.startsWith('NL000000000'))
    throw new InvalidInputError(field, `${quote(text)} is not a VAT id (nine zeros)`);
  if (id.endsWith('B00'))
    throw new InvalidInputError(field, `${quote(text)} ends in B00, which is never issued; check the id`);
  if (!passesElevenProof(id.slice(2, 11)) && !passesMod97(id))
    throw new InvalidInputError(
      field,
      `${quote(text)} has a wrong check digit (it passes neither the 11-proof nor the mod-97 check); check for a typing error`,
    );
  return id;
}

/** The 11-proof of an RSIN or BSN: weights 9 to 2 for the first eight digits, −1 for the last. */
function passesElevenProof(nineDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nineDigits[i]) * (9 - i);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}

/** ISO 7064 MOD 97-10 over the whole id, letters as 10 to 35, read digit by digit to stay exact. */
function passesMod97(id: string): boolean {
  let remainder = 0;
  for (const char of id) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
