import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { lockProduct, setRetiredOn } from '../store.ts';
import { productView } from './product-view.ts';
import type { ProductView } from './product-view.ts';
import { sellerTerms } from './seller-terms.ts';

export interface RetireProduct {
  readonly productId: string;
  /** The first day it is no longer sold; default today, never before it. */
  readonly on?: Temporal.PlainDate;
  readonly reason?: string;
}

/**
 * vn:2.2.3: the seller may change the range on offer. A retired product is no longer sold from its
 * retirement day; the product, its prices and the contracts that name it stay, so invoices and
 * price answers for earlier days stay right. Retiring is once: the day is not moved afterwards.
 */
export async function retireProduct(context: Context, input: RetireProduct): Promise<ProductView> {
  const today = context.clock.today();
  const on = input.on ?? today;
  if (Temporal.PlainDate.compare(on, today) < 0) {
    throw new InvalidInputError(
      'on',
      `${on.toString()} is before today (${today.toString()}): a product is retired from today or later`,
    );
  }
  return context.db.transaction(async (tx) => {
    const product = await lockProduct(tx, input.productId);
    if (!product) throw new NotFoundError('product', input.productId);
    if (product.retiredOn !== null) {
      throw new ConflictError(
        `product ${product.id} is retired from ${product.retiredOn} already; add a new product to sell it again`,
      );
    }
    const retired = (await setRetiredOn(tx, product.id, on.toString()))!;
    await auditChange(tx, context, {
      action: 'product.retired',
      subject: { type: 'product', id: product.id },
      ...(input.reason ? { reason: input.reason } : {}),
      details: { retiredOn: on.toString(), because: ['vn:2.2.3'] },
    });
    return productView(tx, await sellerTerms(tx, product.sellerId), retired, today);
  });
}
