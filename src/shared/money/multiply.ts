import { assertCents, centsFromBigInt, type Cents } from './cents.ts';
import { roundHalfAwayFromZero, toDecimal, type DecimalInput } from './decimal.ts';
import { MoneyError } from './money-error.ts';

/*
 * Multiplying money by a rate or quantity is the one place a fraction of a cent appears. Everything
 * is done in BigInt on exact decimals, and rounded once, half away from zero, at the end: the amount
 * can be as large as a safe integer and the factor has up to 40 digits, which would overflow or lose
 * digits as doubles.
 */

/** `amount × factor`, rounded to the cent half away from zero: 0.5 cent → 1, −0.5 cent → −1. */
export function multiplyCents(amount: Cents, factor: DecimalInput, field = 'amount'): Cents {
  assertCents(amount, field);
  const { units, scale } = toDecimal(factor, 'factor');
  return centsFromBigInt(roundHalfAwayFromZero(BigInt(amount) * units, 10n ** BigInt(scale)), field);
}

/** `percent` % of the amount, e.g. `percentOf(10_000, '15')` is 1500 (15 % cancellation costs, bit:4.1). */
export function percentOf(amount: Cents, percent: DecimalInput, field = 'amount'): Cents {
  assertCents(amount, field);
  const { units, scale } = toDecimal(percent, 'percent');
  return centsFromBigInt(roundHalfAwayFromZero(BigInt(amount) * units, 100n * 10n ** BigInt(scale)), field);
}

/**
 * A unit price either in whole cents or in euros with as many decimals as the price list needs
 * (Peppol BT-146 item net price allows more than two, e.g. € 0.0125 per minute). Tagged so that
 * `125` can never be misread as cents when euros were meant or the other way round.
 */
export type UnitPrice = { readonly cents: Cents } | { readonly euros: DecimalInput };

/**
 * The invoice line net amount (Peppol BIS 3 BT-131, rule `nl:peppol`):
 * quantity × (item net price / price base quantity), rounded to the cent half away from zero.
 * This is the first of the two places Peppol rounds; the VAT per category is the second
 * (see vat-breakdown.ts). Line allowances and charges are whole cents and are added by the caller.
 * `baseQuantity` is BT-149 (e.g. price per 1000 units); it must be positive.
 */
export function lineNetAmount(
  quantity: DecimalInput,
  unitPrice: UnitPrice,
  baseQuantity: DecimalInput = 1,
  field = 'lineNet',
): Cents {
  const q = toDecimal(quantity, 'quantity');
  const base = toDecimal(baseQuantity, 'baseQuantity');
  if (base.units <= 0n) throw new MoneyError('baseQuantity', 'must be more than zero');
  // The price as a fraction of cents: priceNumerator / priceDenominator.
  let priceNumerator: bigint;
  let priceDenominator: bigint;
  if ('cents' in unitPrice) {
    assertCents(unitPrice.cents, 'unitPrice');
    priceNumerator = BigInt(unitPrice.cents);
    priceDenominator = 1n;
  } else {
    const euros = toDecimal(unitPrice.euros, 'unitPrice');
    priceNumerator = euros.units * 100n;
    priceDenominator = 10n ** BigInt(euros.scale);
  }
  // q/10^qs × price / (base/10^bs)  =  q × price × 10^bs / (10^qs × base)
  const numerator = q.units * priceNumerator * 10n ** BigInt(base.scale);
  const denominator = 10n ** BigInt(q.scale) * priceDenominator * base.units;
  return centsFromBigInt(roundHalfAwayFromZero(numerator, denominator), field);
}
