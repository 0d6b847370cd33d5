import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import {
  PRICE_LIST_RULES,
  billingCadence,
  knownFutureIncreases,
  priceOn,
  productKindOf,
} from '../rules/index.ts';
import type {
  BillingCadenceFigures,
  Cadence,
  ChargeKind,
  PriceChange,
  PriceOnFigures,
  ProductUnit,
} from '../rules/index.ts';
import { pricesOf } from '../store.ts';
import type { ProductPriceRow, ProductRow } from '../store.ts';
import { ownRules } from './seller-terms.ts';

/** A listed price as it was recorded: from when, how much, and the day it was announced. */
export interface ListedPrice {
  readonly effectiveFrom: string;
  readonly amountCents: Cents;
  readonly announcedOn: string;
}

export interface ProductView {
  readonly id: string;
  readonly sellerId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: ProductRow['kind'];
  readonly vatCategory: ProductRow['vatCategory'];
  readonly providerId: string | null;
  readonly retiredOn: string | null;
  /** How the kind is charged and per what (bit:5.1, bit:11.1, vn:7.1.3–7.1.5). */
  readonly charged: ChargeKind;
  readonly unit: ProductUnit;
  /** How often the seller's terms bill it; null value for what is billed once. */
  readonly billing: Explanation<Cadence | null, BillingCadenceFigures>;
  /** The price list, oldest first. */
  readonly prices: ListedPrice[];
  /** The price in force on `asOf`; null when the first price applies later, or there is none. */
  readonly priceToday: Explanation<Cents, PriceOnFigures> | null;
  /** bit:5.2: the listed increases after `asOf`, stated on an order confirmation. */
  readonly knownFutureIncreases: Explanation<PriceChange[], { readonly asOf: string }>;
  readonly asOf: string;
}

/** Rules ids a dated price of this seller cites: its own of bit:5.2, vn:7.4.1. */
export const priceRulesOf = (profile: TermsProfile) => ownRules(profile, PRICE_LIST_RULES);

export async function productView(
  db: Db,
  profile: TermsProfile,
  product: ProductRow,
  asOf: Temporal.PlainDate,
): Promise<ProductView> {
  const prices = (await pricesOf(db, product.id)).map(listedPrice);
  const info = productKindOf(product.kind);
  return {
    id: product.id,
    sellerId: product.sellerId,
    code: product.code,
    name: product.name,
    kind: product.kind,
    vatCategory: product.vatCategory,
    providerId: product.providerId,
    retiredOn: product.retiredOn,
    charged: info.charged,
    unit: info.unit,
    billing: billingCadence(profile, product.kind),
    prices,
    priceToday: priceIfAny(prices, asOf, priceRulesOf(profile)),
    knownFutureIncreases: knownFutureIncreases(prices, asOf, ownRules(profile, ['bit:5.2', 'vn:7.4.1'])),
    asOf: asOf.toString(),
  };
}

export function listedPrice(row: ProductPriceRow): ListedPrice {
  return { effectiveFrom: row.effectiveFrom, amountCents: row.amountCents, announcedOn: row.announcedOn };
}

function priceIfAny(
  prices: readonly ListedPrice[],
  asOf: Temporal.PlainDate,
  because: ReturnType<typeof priceRulesOf>,
): Explanation<Cents, PriceOnFigures> | null {
  try {
    return priceOn(prices, asOf, because);
  } catch (error) {
    // No price on that day yet is an answer here, not an error: the view says null.
    if (error instanceof InvalidInputError && error.problems.every((p) => p.field === 'date')) return null;
    throw error;
  }
}
