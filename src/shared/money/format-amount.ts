import { assertCents, type Cents } from './cents.ts';

/*
 * Prints amounts by cutting the decimal digits of the integer: no division, no floating point,
 * so even Number.MAX_SAFE_INTEGER cents prints exactly.
 */

/** Machine form, always two decimals and a dot: 123456 → "1234.56", −5 → "-0.05". */
export function formatAmount(amount: Cents, field = 'amount'): string {
  const { sign, whole, fraction } = split(amount, field);
  return `${sign}${whole}.${fraction}`;
}

export interface EuroFormatOptions {
  /** Use a no-break space (U+00A0) after "€", exactly as Intl prints it. Default: a plain space. */
  readonly noBreakSpace?: boolean;
}

/**
 * Dutch display form as `Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })` prints
 * it on Node 20 — "€ 1.234,56", "€ -1.234,56", "€ 0,00" — except that the space after "€" is a
 * plain space (U+0020) by default, where Intl prints a no-break space (U+00A0). A plain space is
 * what the issue texts write and what survives CSV files, terminals, e-mail and bank portals
 * unchanged; HTML and PDF renderers that must not break "€" from its number ask for
 * `{ noBreakSpace: true }`. `parseAmount` reads both.
 */
export function formatEuro(amount: Cents, options: EuroFormatOptions = {}, field = 'amount'): string {
  const { sign, whole, fraction } = split(amount, field);
  const space = options.noBreakSpace === true ? '\u00a0' : ' ';
  return `€${space}${sign}${groupThousands(whole)},${fraction}`;
}

function split(amount: Cents, field: string): { sign: string; whole: string; fraction: string } {
  assertCents(amount, field);
  const digits = Math.abs(amount).toString().padStart(3, '0');
  return {
    sign: amount < 0 ? '-' : '',
    whole: digits.slice(0, -2),
    fraction: digits.slice(-2),
  };
}

/** "1234567" → "1.234.567". */
function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, '.');
}
