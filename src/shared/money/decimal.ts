import { MoneyError, quote } from './money-error.ts';

/**
 * An exact decimal number for rates, percentages and quantities: `units / 10^scale`, so "8.15" is
 * `{ units: 815n, scale: 2 }`. Binary floating point cannot hold 0.15 or 8.15 exactly, and a rate
 * times an amount must round the way the law says, not the way a double happens to land.
 */
export interface Decimal {
  readonly units: bigint;
  /** Number of digits after the decimal point, 0 or more. */
  readonly scale: number;
}

/** What money functions accept as a factor: a `Decimal`, its text ("0.15"), or a safe integer (3). */
export type DecimalInput = Decimal | string | number;

/** Plenty for any rate or quantity, and it keeps a hostile input from building huge BigInts. */
const MAX_DIGITS = 40;
const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses plain decimal text: optional sign, digits, optionally a dot and more digits ("21", "0.15",
 * "-2", "123.456"). No exponent, no thousands separators, no comma, no spaces: these are machine
 * values from price lists and rate tables, and a lenient parser would hide a broken file.
 */
export function parseDecimal(text: string, field = 'decimal'): Decimal {
  if (typeof text !== 'string') throw new MoneyError(field, `a ${typeof text} is not decimal text`);
  if (text === '') throw new MoneyError(field, 'is empty');
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) throw new MoneyError(field, `${quote(text)} ${problemWith(text)}`);
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole.length + fraction.length > MAX_DIGITS) {
    throw new MoneyError(field, `${quote(text)} has more than ${MAX_DIGITS} digits`);
  }
  const magnitude = BigInt(whole + fraction);
  return { units: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

function problemWith(text: string): string {
  if (/^\s|\s$/.test(text)) return 'has spaces around it';
  if (/\d[eE][+-]?\d/.test(text)) return 'uses exponent notation; write the number in full';
  if (text.includes(',')) return 'contains a comma; write a dot as the decimal separator';
  if (/^[+-]?\./.test(text)) return 'has no digit before the decimal point';
  if (/\.$/.test(text)) return 'has no digit after the decimal point';
  return 'is not a decimal number (expected digits with an optional sign and decimal point)';
}

/** Accepts the forms of `DecimalInput`; a `number` must be a safe integer, never a fraction. */
export function toDecimal(value: DecimalInput, field = 'decimal'): Decimal {
  if (typeof value === 'string') return parseDecimal(value, field);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new MoneyError(field, `${value} is not a safe integer; pass fractions as text, e.g. '0.15'`);
    }
    return { units: BigInt(value), scale: 0 };
  }
  if (typeof value !== 'object' || value === null || typeof value.units !== 'bigint') {
    throw new MoneyError(field, `${quote(value)} is not a decimal`);
  }
  if (!Number.isSafeInteger(value.scale) || value.scale < 0 || value.scale > MAX_DIGITS) {
    throw new MoneyError(field, `scale ${value.scale} is not a whole number from 0 to ${MAX_DIGITS}`);
  }
  return value;
}

/** Prints exactly `scale` decimals, so a parsed text prints back as it was ("8.150" stays "8.150"). */
export function formatDecimal(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = value.scale > 0 ? `.${digits.slice(digits.length - value.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Drops trailing zero decimals: "21.00" becomes "21", "8.150" becomes "8.15". */
export function normalizeDecimal(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** −1, 0 or 1, exactly, whatever the two scales. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale);
  const right = b.units * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * `numerator / denominator` rounded to a whole number, halves away from zero (2.5 → 3, −2.5 → −3),
 * the rounding DESIGN.md prescribes for money. BigInt division truncates toward zero, so the
 * remainder decides whether the magnitude goes up by one.
 */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('roundHalfAwayFromZero: division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d + (2n * (n % d) >= d ? 1n : 0n);
  return negative ? -quotient : quotient;
}
