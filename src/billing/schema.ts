import { sql } from 'drizzle-orm';
import { bigint, date, index, pgSequence, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { VatCategory } from '../catalog/rules/index.ts';

export const chargeNumbers = pgSequence('charge_numbers');

/**
 * One-time charges raised by operations (removal on ending vn:1.6.8, a forfeited deposit, repair
 * hours), waiting for the next bill run of their seller to put them on an invoice.
 */
export const pendingCharges = pgTable(
  'pending_charges',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'CH-' || nextval('charge_numbers')`),
    sellerId: text('seller_id').notNull(),
    customerId: text('customer_id').notNull(),
    contractId: text('contract_id'),
    productId: text('product_id'),
    description: text('description').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    vatCategory: text('vat_category').$type<VatCategory>().notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    /** The rule ids that raise it. */
    because: text('because').array().notNull(),
    /** A natural key, so raising the same charge twice (a retried ending) adds nothing. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    invoiceId: text('invoice_id'),
  },
  (table) => [index('pending_charges_open_idx').on(table.sellerId, table.customerId)],
);
