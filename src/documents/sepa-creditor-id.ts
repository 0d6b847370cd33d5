import { InvalidInputError, quote } from '../shared/errors/index.ts';

/*
 * The SEPA creditor identifier (EPC262-08): country code, two check digits, a three-character
 * creditor business code the check ignores (usually ZZZ), and the national identifier (in the
 * Netherlands the KvK number and a 4-digit suffix). The check digits are ISO 7064 MOD 97-10 over the
 * national identifier followed by the country code and "00", letters counting A = 10 … Z = 35, as for
 * an IBAN.
 */

const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/;

/** The identifier in capitals without spaces, e.g. "NL69ZZZ123456780000"; refused when malformed. */
export function creditorIdentifier(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidInputError(field, 'is required: the SEPA creditor identifier, e.g. NL69ZZZ123456780000');
  const id = value.replace(/\s+/gu, '').toUpperCase();
  if (!SHAPE.test(id))
    throw new InvalidInputError(
      field,
      `${quote(value)} is not a SEPA creditor identifier: country code, 2 check digits, a 3-character business code and the national identifier, e.g. NL69ZZZ123456780000`,
    );
  const expected = creditorCheckDigits(id.slice(0, 2), id.slice(7));
  if (id.slice(2, 4) !== expected)
    throw new InvalidInputError(
      field,
      `${quote(value)} has check digits ${id.slice(2, 4)} where its national identifier gives ${expected} (ISO 7064 MOD 97-10): check for a typing error`,
    );
  return id;
}

export function creditorCheckDigits(country: string, nationalId: string): string {
  let remainder = 0;
  for (const char of `${nationalId}${country}00`) {
    const digits = parseInt(char, 36).toString();
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}
