import type { Temporal } from 'temporal-polyfill';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { vatRateOn } from '../../shared/money/index.ts';
import type { VatRateKind } from '../../shared/money/index.ts';

/**
 * A product's VAT rate category (nl:vat): standard (21 %), reduced (9 %) or zero (0 %). The same
 * three kinds as money's rate table, so the percentages live there only, with their history.
 * Not to be confused with money's `VatCategory`, the Peppol code (S, Z, AE, …) an invoice line gets
 * from the customer's VAT treatment (vatTreatment takes this category as its `productRate`).
 */
export type VatCategory = VatRateKind;

export const PRODUCT_VAT_CATEGORIES: readonly VatCategory[] = ['standard', 'reduced', 'zero'];

export function isProductVatCategory(value: unknown): value is VatCategory {
  return typeof value === 'string' && (PRODUCT_VAT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The percentage (decimal text, "21") of the category on the supply date: the rate in force that
 * day, so an old period billed late keeps its old rate. Prices are net; VAT is added on the
 * invoice (bit:5.1, vn:7.1.2).
 */
export function vatPercentOf(category: VatCategory, supplyDate: Temporal.PlainDate): Explanation<string> {
  if (!isProductVatCategory(category)) {
    throw new InvalidInputError(
      'vatCategory',
      `${quote(category)} is not a VAT category; one of ${PRODUCT_VAT_CATEGORIES.join(', ')}`,
    );
  }
  return vatRateOn(category, supplyDate);
}
