import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, pgSequence, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { providers } from '../providers/schema.ts';
import { sellers } from '../sellers/schema.ts';
import type { ProductKind, VatCategory } from './rules/index.ts';

export const productNumbers = pgSequence('product_numbers');

/** What a seller sells. Third-party services name the provider that delivers them (vn:3.1). */
export const products = pgTable(
  'products',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'P-' || nextval('product_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** The seller's own article code, unique per seller. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<ProductKind>().notNull(),
    vatCategory: text('vat_category').$type<VatCategory>().notNull(),
    providerId: text('provider_id').references(() => providers.id),
    /** vn:2.2.3: the range on offer may change; a retired product is no longer sold. */
    retiredOn: date('retired_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [unique('products_seller_code_key').on(table.sellerId, table.code)],
);

/**
 * Dated prices (bit:5.2, vn:7.4): a row is the price from its date until the next row's date. Rows
 * are only added, never changed, so an issued invoice's price can always be found again.
 */
export const productPrices = pgTable(
  'product_prices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Per unit of the product's kind, excl. VAT (bit:5.1). */
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    announcedOn: date('announced_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [unique('product_prices_product_date_key').on(table.productId, table.effectiveFrom)],
);
