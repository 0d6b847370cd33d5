import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { explainFrom } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import { billingCadence, priceOn, productKindOf } from '../rules/index.ts';
import type { PriceOnFigures, ProductUnit } from '../rules/index.ts';
import { findProduct, pricesOf } from '../store.ts';
import { listedPrice, priceRulesOf } from './product-view.ts';
import { sellerTerms } from './seller-terms.ts';

export interface PriceOn {
  readonly productId: string;
  /** Default today; any day, past or future. */
  readonly on?: Temporal.PlainDate;
}

export type ProductPriceFigures = PriceOnFigures & {
  readonly productId: string;
  readonly unit: ProductUnit;
  /** What one unit is: the billing period (quarter, year) for `period`, else the unit itself. */
  readonly per: string;
  readonly retiredOn: string | null;
};

/**
 * The price of a product on a day (bit:5.2, vn:7.4.1, citing the seller's own article): the listed
 * price with the latest date on or before it, net per unit, with the date of the next change. A day
 * before the first price is refused, naming `on`.
 */
export async function productPriceOn(
  context: Pick<Context, 'db' | 'clock'>,
  input: PriceOn,
): Promise<Explanation<Cents, ProductPriceFigures>> {
  const on = input.on ?? context.clock.today();
  const product = await findProduct(context.db, input.productId);
  if (!product) throw new NotFoundError('product', input.productId);
  const profile = await sellerTerms(context.db, product.sellerId);
  const prices = (await pricesOf(context.db, product.id)).map(listedPrice);
  let price;
  try {
    price = priceOn(prices, on, priceRulesOf(profile));
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw new InvalidInputError(
      error.problems.map((p) => ({
        field: p.field === 'date' ? 'on' : p.field,
        problem: p.problem.replace('the product', `product ${product.id}`),
      })),
    );
  }
  const unit = productKindOf(product.kind).unit;
  return explainFrom(price.value, [price], [], {
    ...price.figures,
    productId: product.id,
    unit,
    per: unit === 'period' ? (billingCadence(profile, product.kind).value?.period ?? unit) : unit,
    retiredOn: product.retiredOn,
  });
}
