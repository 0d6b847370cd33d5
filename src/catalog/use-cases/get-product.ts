import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { PRODUCT_KINDS, isProductKind } from '../rules/index.ts';
import type { ProductKind } from '../rules/index.ts';
import { findProduct, listProductRows } from '../store.ts';
import { productView } from './product-view.ts';
import type { ProductView } from './product-view.ts';
import { sellerTerms } from './seller-terms.ts';

type Reader = Pick<Context, 'db' | 'clock'>;

/** One product with its price list, the price today and the known future increases (bit:5.2). */
export async function getProduct(context: Reader, id: string): Promise<ProductView> {
  const product = await findProduct(context.db, id);
  if (!product) throw new NotFoundError('product', id);
  const profile = await sellerTerms(context.db, product.sellerId);
  return productView(context.db, profile, product, context.clock.today());
}

export interface ListProducts {
  readonly sellerId: string;
  /** Only products of this kind. */
  readonly kind?: ProductKind;
}

/** A seller's catalog by code, retired products included (their `retiredOn` says so). */
export async function listProducts(context: Reader, input: ListProducts): Promise<ProductView[]> {
  if (input.kind !== undefined && !isProductKind(input.kind)) {
    throw new InvalidInputError(
      'kind',
      `${quote(input.kind)} is not a product kind; one of ${PRODUCT_KINDS.join(', ')}`,
    );
  }
  const profile = await sellerTerms(context.db, input.sellerId);
  const today = context.clock.today();
  const rows = await listProductRows(context.db, input.sellerId, input.kind);
  return Promise.all(rows.map((row) => productView(context.db, profile, row, today)));
}
