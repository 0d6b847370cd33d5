import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { ProductKind } from '../../catalog/index.ts';
import { productPrices, products } from '../../catalog/schema.ts';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import { pendingCharges, usageRecords } from '../schema.ts';
import type { PendingChargeRow } from './pending-charges.ts';

/*
 * What a bill run reads of other contexts' tables, set-based per chunk: a million subscriptions
 * cannot be billed one use-case call at a time. Reads only; every write stays in billing's tables.
 */

export type CustomerRow = typeof customers.$inferSelect;
export type SellerRow = typeof sellers.$inferSelect;
export type UsageRecordRow = typeof usageRecords.$inferSelect;

export async function findSellerRow(db: Db, id: string): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, id));
  return row;
}

export function customerRows(db: Db, ids: readonly string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(customers)
    .where(inArray(customers.id, [...ids]));
}

export interface ProductFacts {
  readonly id: string;
  readonly kind: ProductKind;
  readonly name: string;
  readonly vatCategory: string;
  /** Dated prices, oldest first. */
  readonly prices: readonly { readonly from: string; readonly cents: number }[];
}

export async function productFacts(db: Db, ids: readonly string[]): Promise<Map<string, ProductFacts>> {
  const unique = [...new Set(ids)];
  const facts = new Map<string, ProductFacts>();
  if (unique.length === 0) return facts;
  const rows = await db
    .select({ id: products.id, kind: products.kind, name: products.name, vatCategory: products.vatCategory })
    .from(products)
    .where(inArray(products.id, unique));
  const prices = await db
    .select({
      productId: productPrices.productId,
      from: productPrices.effectiveFrom,
      cents: productPrices.amountCents,
    })
    .from(productPrices)
    .where(inArray(productPrices.productId, unique))
    .orderBy(asc(productPrices.effectiveFrom));
  for (const row of rows) {
    facts.set(row.id, {
      ...row,
      prices: prices.filter((p) => p.productId === row.id).map((p) => ({ from: p.from, cents: p.cents })),
    });
  }
  return facts;
}

/** Charges raised by the invoice date and on no invoice yet, locked for the run that bills them. */
export function openCharges(
  db: Db,
  sellerId: string,
  customerIds: readonly string[],
  raisedBy: string,
): Promise<PendingChargeRow[]> {
  return db
    .select()
    .from(pendingCharges)
    .where(
      and(
        eq(pendingCharges.sellerId, sellerId),
        inArray(pendingCharges.customerId, [...customerIds]),
        isNull(pendingCharges.invoiceId),
        lte(pendingCharges.raisedOn, raisedBy),
      ),
    )
    .orderBy(asc(pendingCharges.raisedOn), asc(pendingCharges.id))
    .for('update');
}

/** Usage before `before` on no invoice yet (vn:7.1.4: billed after the quarter), locked. */
export function openUsage(
  db: Db,
  sellerId: string,
  customerIds: readonly string[],
  before: string,
): Promise<UsageRecordRow[]> {
  return db
    .select()
    .from(usageRecords)
    .where(
      and(
        eq(usageRecords.sellerId, sellerId),
        inArray(usageRecords.customerId, [...customerIds]),
        isNull(usageRecords.invoiceId),
        lt(usageRecords.occurredOn, before),
      ),
    )
    .orderBy(asc(usageRecords.occurredOn), asc(usageRecords.id))
    .for('update');
}

/** Marks what a draft bills, so the next run leaves it alone. */
export async function markBilled(
  db: Db,
  marks: {
    readonly charges: readonly { readonly id: string; readonly invoiceId: string }[];
    readonly usage: readonly { readonly id: number; readonly invoiceId: string }[];
  },
): Promise<void> {
  if (marks.charges.length > 0) {
    await db.execute(sql`
      UPDATE pending_charges AS c SET invoice_id = m.invoice_id
        FROM (SELECT unnest(${sql.param(marks.charges.map((m) => m.id))}::text[]) AS id,
                     unnest(${sql.param(marks.charges.map((m) => m.invoiceId))}::text[]) AS invoice_id) AS m
       WHERE c.id = m.id`);
  }
  if (marks.usage.length > 0) {
    await db.execute(sql`
      UPDATE usage_records AS u SET invoice_id = m.invoice_id
        FROM (SELECT unnest(${sql.param(marks.usage.map((m) => m.id))}::bigint[]) AS id,
                     unnest(${sql.param(marks.usage.map((m) => m.invoiceId))}::text[]) AS invoice_id) AS m
       WHERE u.id = m.id`);
  }
}
