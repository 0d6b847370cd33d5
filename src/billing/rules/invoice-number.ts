import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';

/*
 * Invoice numbers (nl:vat: unique and consecutive within a series, art. 226 (2) EU VAT directive)
 * and the ISO 11649 structured creditor reference ("RF" reference) the customer pays with, so a
 * payment finds its invoice.
 */

const DIGITS = 6;
/** ISO 11649: "RF", two check digits and a reference of 1 to 21 letters and digits. */
const MAX_REFERENCE = 21;
const CREDITOR_REFERENCE = /^RF(\d{2})([0-9A-Z]{1,21})$/;

/** `${series}-${n}` with n padded to 6 digits (more when n reaches a million): "BIT2027-000042". */
export function formatInvoiceNumber(series: string, n: number): string {
  const problems: FieldProblem[] = [];
  if (typeof series !== 'string' || series.trim() === '' || /\s/.test(series)) {
    problems.push({
      field: 'series',
      problem: `${quote(series)} is not a series name (text without spaces)`,
    });
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    problems.push({ field: 'number', problem: `${quote(n)} is not a whole number from 1` });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return `${series}-${String(n).padStart(DIGITS, '0')}`;
}

/**
 * The creditor reference of an invoice number: "RF", the ISO 7064 MOD 97-10 check digits and the
 * number's letters and digits, uppercase (dashes and the like are dropped). At most 25 characters.
 */
export function creditorReference(invoiceNumber: string): string {
  const reference =
    typeof invoiceNumber === 'string' ? invoiceNumber.toUpperCase().replace(/[^0-9A-Z]/g, '') : '';
  if (reference === '') {
    throw new InvalidInputError(
      'invoiceNumber',
      `${quote(invoiceNumber)} has no letters or digits to refer to`,
    );
  }
  if (reference.length > MAX_REFERENCE) {
    throw new InvalidInputError(
      'invoiceNumber',
      `${quote(invoiceNumber)} has ${reference.length} letters and digits; a creditor reference holds at most ${MAX_REFERENCE}`,
    );
  }
  const check = 98 - mod97(`${reference}RF00`);
  return `RF${String(check).padStart(2, '0')}${reference}`;
}

/** True for a valid creditor reference, in electronic form or printed in groups of four ("RF18 5390 …"). */
export function isCreditorReference(text: string): boolean {
  if (typeof text !== 'string') return false;
  const match = CREDITOR_REFERENCE.exec(text.replace(/ /g, '').toUpperCase());
  if (match === null) return false;
  const [, check = '', reference = ''] = match;
  // MOD 97-10 check digits are 02 to 98; 00, 01 and 99 never result.
  const digits = Number(check);
  return digits >= 2 && digits <= 98 && mod97(`${reference}RF${check}`) === 1;
}

/** The remainder mod 97 of the text with letters as numbers (A = 10 … Z = 35), digit by digit. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}
