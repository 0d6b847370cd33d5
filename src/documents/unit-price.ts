import { formatDecimal, normalizeDecimal, parseDecimal } from '../shared/money/index.ts';

/**
 * A unit price is kept in cents as decimal text with up to 4 decimals ("12345", "0.1234"), so a
 * price per minute or per GB stays exact. Documents print it in euros: the decimal point moves two
 * places, trailing zeros go, and at least two decimals stay ("12345" → "123.45", "0.1234" →
 * "0.001234", "2500" → "25.00"). Peppol allows more than two decimals for the item net price (BT-146).
 */
export function unitPriceInEuros(unitPriceCents: string, field = 'unitPriceCents'): string {
  const cents = parseDecimal(unitPriceCents, field);
  const euros = normalizeDecimal({ units: cents.units, scale: cents.scale + 2 });
  return formatDecimal(
    euros.scale >= 2 ? euros : { units: euros.units * 10n ** BigInt(2 - euros.scale), scale: 2 },
  );
}
