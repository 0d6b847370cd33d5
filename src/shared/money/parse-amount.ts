import { centsFromBigInt, MAX_CENTS, type Cents } from './cents.ts';
import { MoneyError, quote } from './money-error.ts';

/*
 * Reads an amount typed by a person or found in a file, in either of two forms:
 *
 * - machine form: "1234.56", "1234.5", "1234", "-1234.56", "+12.00" (dot decimal, no grouping);
 * - Dutch display form: "€ 1.234,56", "€1.234,56", "1.234,56", "-€ 1.234,56", "€ -1.234,56",
 *   "1234,56" (comma decimal, dots group thousands).
 *
 * The dot is the hard part: "1.234" is 1 euro 23.4 cents in machine form and 1234 euros in Dutch
 * form. The rule adopted:
 * - a comma makes the text Dutch: the comma is the decimal separator and dots may only group
 *   thousands correctly ("1.234.567,89"; "1.23.4,5" is refused);
 * - without a comma, several dots can only be thousands grouping ("1.234.567" is 1234567 euros);
 * - one dot before one or two digits is a decimal point ("12.5", "12.50", also "€ 12.50");
 * - one dot before exactly three digits, with a first group of 1 to 3 digits, is a thousands
 *   separator when the text has a € sign ("€ 1.234" is 1234 euros) and is refused as ambiguous
 *   without one ("1.234"): guessing wrong would be an error by a factor of a thousand;
 * - anything else with more than two digits after the dot ("1234.567", "0.123") has too many decimals.
 * Spaces (also the no-break spaces Intl prints) are allowed around the text and after the € sign.
 * The result is whole cents; nothing is rounded, so a third decimal is refused, not dropped.
 */

/** Longer than any real amount; keeps a pasted document out of the parser and the error message. */
const MAX_LENGTH = 64;
const SHAPE = /^([+-]?)(€[ \u00a0\u202f]*)?([+-]?)([\d.,]+)$/;
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const LARGEST = '€ 90.071.992.547.409,91';

export function parseAmount(text: string, field = 'amount'): Cents {
  if (typeof text !== 'string') throw new MoneyError(field, `a ${typeof text} is not amount text`);
  const trimmed = text.trim();
  if (trimmed === '') throw new MoneyError(field, 'is empty');
  if (trimmed.length > MAX_LENGTH) throw new MoneyError(field, `${quote(text)} is too long for an amount`);
  const fail = (problem: string): never => {
    throw new MoneyError(field, `${quote(text)} ${problem}`);
  };

  const match = SHAPE.exec(trimmed);
  if (match === null) return fail(shapeProblem(trimmed));
  const [, signBefore = '', euro = '', signAfter = '', number = ''] = match;
  if (signBefore !== '' && signAfter !== '') return fail('has more than one sign');

  const [whole, fraction] = splitNumber(number, euro !== '', fail);
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  const sign = signBefore === '-' || signAfter === '-' ? -1n : 1n;
  if (magnitude > BigInt(MAX_CENTS)) return fail(`is beyond the largest amount (${LARGEST})`);
  return centsFromBigInt(sign * magnitude, field);
}

/** Returns the euro digits and the cent digits (0 to 2) of the unsigned number part. */
function splitNumber(number: string, hasEuro: boolean, fail: (problem: string) => never): [string, string] {
  const comma = number.indexOf(',');
  if (comma >= 0) {
    if (number.lastIndexOf('.') > comma)
      return fail('mixes a thousands comma with a decimal point; write 1234.56 or 1.234,56');
    if (number.indexOf(',', comma + 1) >= 0) return fail('has more than one decimal comma');
    const whole = number.slice(0, comma);
    const fraction = number.slice(comma + 1);
    if (whole === '') return fail('has no digits before the decimal comma');
    if (fraction === '') return fail('has no digits after the decimal comma');
    if (fraction.length > 2) return fail('has more than two decimals');
    return [ungroup(whole, fail), fraction];
  }
  const groups = number.split('.');
  if (groups.length === 1) return [number, ''];
  if (groups.length > 2) return [ungroup(number, fail), ''];
  const [whole = '', fraction = ''] = groups;
  if (whole === '') return fail('has no digits before the decimal point');
  if (fraction === '') return fail('has no digits after the decimal point');
  if (fraction.length <= 2) return [whole, fraction];
  if (fraction.length === 3 && GROUPED.test(number)) {
    if (hasEuro) return [whole + fraction, ''];
    return fail(
      'is ambiguous: the dot may separate thousands or decimals; write 1234 or € 1.234 for euros, or at most two decimals',
    );
  }
  return fail('has more than two decimals');
}

/** "1.234.567" → "1234567"; refuses dots that do not split off groups of exactly three digits. */
function ungroup(whole: string, fail: (problem: string) => never): string {
  if (!whole.includes('.')) return whole;
  if (!GROUPED.test(whole)) return fail('has misplaced thousands separators');
  return whole.replaceAll('.', '');
}

function shapeProblem(text: string): string {
  if (/^[+-]?(?:nan|inf|infinity)$/i.test(text)) return 'is not a number';
  if (/\d[eE][+-]?\d/.test(text)) return 'uses exponent notation; write the amount in full';
  if (/[+-].*[+-]/.test(text)) return 'has more than one sign';
  if (/\p{L}/u.test(text)) return 'contains letters; write digits only, e.g. 1234.56 or € 1.234,56';
  if (/\d[ \u00a0\u202f]+\d/.test(text))
    return 'contains spaces between digits; use a dot to group thousands';
  return 'is not an amount (expected e.g. 1234.56 or € 1.234,56)';
}
