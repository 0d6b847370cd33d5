import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../platform/database/index.ts';
import { products } from './schema.ts';

export interface ProviderProduct {
  readonly id: string;
  readonly sellerId: string;
  readonly code: string;
  readonly name: string;
}

/**
 * The services a provider is admitted with (vn:3.1): third-party-service products naming it, not
 * retired on `today`. What its portal offers to order for an end user.
 */
export async function productsOfProvider(
  db: Db,
  providerId: string,
  today: Temporal.PlainDate,
): Promise<ProviderProduct[]> {
  return db
    .select({ id: products.id, sellerId: products.sellerId, code: products.code, name: products.name })
    .from(products)
    .where(
      and(
        eq(products.providerId, providerId),
        eq(products.kind, 'third-party-service'),
        or(isNull(products.retiredOn), gt(products.retiredOn, today.toString())),
      ),
    )
    .orderBy(asc(products.sellerId), asc(products.code));
}
