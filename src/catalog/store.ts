import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { contracts, orders } from '../contracts/schema.ts';
import { customerContacts } from '../customers/schema.ts';
import type { ContactRole } from '../customers/schema.ts';
import { networkOrders, networkServices } from '../network/schema.ts';
import type { Db } from '../platform/database/index.ts';
import { providers } from '../providers/schema.ts';
import { sellers } from '../sellers/schema.ts';
import type { ProductKind } from './rules/index.ts';
import { productPrices, products } from './schema.ts';

export type ProductRow = typeof products.$inferSelect;
export type ProductPriceRow = typeof productPrices.$inferSelect;

/** The seller's terms profile, to cite its own articles; undefined when there is no such seller. */
export async function findSellerProfile(
  db: Db,
  sellerId: string,
): Promise<{ profileId: string } | undefined> {
  const [row] = await db
    .select({ profileId: sellers.profileId })
    .from(sellers)
    .where(eq(sellers.id, sellerId));
  return row;
}

export async function findProvider(
  db: Db,
  providerId: string,
): Promise<{ id: string; admittedOn: string; suspendedOn: string | null } | undefined> {
  const [row] = await db
    .select({ id: providers.id, admittedOn: providers.admittedOn, suspendedOn: providers.suspendedOn })
    .from(providers)
    .where(eq(providers.id, providerId));
  return row;
}

export async function findProduct(db: Db, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row;
}

/** The product, its row locked until the transaction ends: two price changes to it go one by one. */
export async function lockProduct(db: Db, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id)).for('update');
  return row;
}

export async function findProductByCode(
  db: Db,
  sellerId: string,
  code: string,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.sellerId, sellerId), eq(products.code, code)));
  return row;
}

/** Inserts a product; undefined when the seller already has one with its code (a concurrent add). */
export async function insertProduct(
  db: Db,
  row: Omit<typeof products.$inferInsert, 'id'>,
): Promise<ProductRow | undefined> {
  const [inserted] = await db
    .insert(products)
    .values(row)
    .onConflictDoNothing({ target: [products.sellerId, products.code] })
    .returning();
  return inserted;
}

export function listProductRows(db: Db, sellerId: string, kind?: ProductKind): Promise<ProductRow[]> {
  return db
    .select()
    .from(products)
    .where(and(eq(products.sellerId, sellerId), kind === undefined ? undefined : eq(products.kind, kind)))
    .orderBy(asc(products.code));
}

/** Sets the retirement date once; undefined when the product was retired meanwhile. */
export async function setRetiredOn(db: Db, id: string, on: string): Promise<ProductRow | undefined> {
  const [row] = await db
    .update(products)
    .set({ retiredOn: on })
    .where(and(eq(products.id, id), isNull(products.retiredOn)))
    .returning();
  return row;
}

/** The product's price list, oldest first. */
export function pricesOf(db: Db, productId: string): Promise<ProductPriceRow[]> {
  return db
    .select()
    .from(productPrices)
    .where(eq(productPrices.productId, productId))
    .orderBy(asc(productPrices.effectiveFrom));
}

/** Adds a dated price; undefined when a price from that date is listed already. Rows are never changed. */
export async function insertPrice(
  db: Db,
  row: Omit<typeof productPrices.$inferInsert, 'id'>,
): Promise<ProductPriceRow | undefined> {
  const [inserted] = await db
    .insert(productPrices)
    .values(row)
    .onConflictDoNothing({ target: [productPrices.productId, productPrices.effectiveFrom] })
    .returning();
  return inserted;
}

/** Contracts whose offer terms name the product, with their current holder (vn:1.9.1 transfers). */
export function contractsNaming(
  db: Db,
  productId: string,
): Promise<{ contractId: string; customerId: string }[]> {
  return db
    .select({ contractId: contracts.id, customerId: contracts.customerId })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(sql`${orders.terms} ->> 'productId' = ${productId}`)
    .orderBy(asc(contracts.id));
}

/** Customers with a network service of the product that is not closed. */
export async function networkCustomersOf(db: Db, productId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ customerId: networkServices.customerId })
    .from(networkServices)
    .innerJoin(networkOrders, eq(networkOrders.id, networkServices.orderId))
    .where(and(eq(networkOrders.productId, productId), ne(networkServices.state, 'closed')))
    .orderBy(asc(networkServices.customerId));
  return rows.map((row) => row.customerId);
}

/** The roles of a customer's contacts that have an e-mail address. */
export async function contactRolesOf(db: Db, customerId: string): Promise<ContactRole[]> {
  const rows = await db
    .select({ roles: customerContacts.roles, email: customerContacts.email })
    .from(customerContacts)
    .where(eq(customerContacts.customerId, customerId));
  return [...new Set(rows.flatMap((row) => (row.email ? row.roles : [])))];
}
