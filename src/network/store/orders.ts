import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { products } from '../../catalog/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { providers } from '../../providers/schema.ts';
import type { NetworkOrderKind, NetworkOrderState } from '../rules/index.ts';
import { naps, networkOrderEvents, networkOrders, networkServices, premises } from '../schema.ts';

export type NetworkOrderRow = typeof networkOrders.$inferSelect;
export type NetworkOrderEventRow = typeof networkOrderEvents.$inferSelect;
export type NetworkServiceRow = typeof networkServices.$inferSelect;

/**
 * Whose rows a read may return: everything for the operator; a provider's token sees only rows with
 * its own provider id, so another provider's order (or the operator's own) reads as absent.
 */
export interface Scope {
  readonly providerId?: string | undefined;
}

function within(column: PgColumn, scope: Scope): SQL | undefined {
  return scope.providerId === undefined ? undefined : eq(column, scope.providerId);
}

const byNumber = (column: PgColumn) => [asc(sql`length(${column})`), asc(column)];

export async function insertNetworkOrder(
  db: Db,
  row: Omit<typeof networkOrders.$inferInsert, 'id'>,
): Promise<NetworkOrderRow> {
  const [inserted] = await db.insert(networkOrders).values(row).returning();
  return inserted!;
}

/** The order, if the scope may see it; `forUpdate` locks it for the rest of the transaction. */
export async function findNetworkOrder(
  db: Db,
  id: string,
  scope: Scope,
  options: { forUpdate?: boolean } = {},
): Promise<NetworkOrderRow | undefined> {
  const query = db
    .select()
    .from(networkOrders)
    .where(and(eq(networkOrders.id, id), within(networkOrders.providerId, scope)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export interface NetworkOrderFilter {
  readonly state?: NetworkOrderState | undefined;
  readonly customerId?: string | undefined;
  readonly providerId?: string | undefined;
  readonly kind?: NetworkOrderKind | undefined;
}

export function listNetworkOrderRows(
  db: Db,
  scope: Scope,
  filter: NetworkOrderFilter,
): Promise<NetworkOrderRow[]> {
  return db
    .select()
    .from(networkOrders)
    .where(
      and(
        within(networkOrders.providerId, scope),
        filter.state === undefined ? undefined : eq(networkOrders.state, filter.state),
        filter.customerId === undefined ? undefined : eq(networkOrders.customerId, filter.customerId),
        filter.providerId === undefined ? undefined : eq(networkOrders.providerId, filter.providerId),
        filter.kind === undefined ? undefined : eq(networkOrders.kind, filter.kind),
      ),
    )
    .orderBy(...byNumber(networkOrders.id));
}

/** An open order of the same provider for the same service, end user and NAP on the same signed form. */
export async function findResubmittedOrder(
  db: Db,
  order: {
    providerId: string | null;
    productId: string | null;
    customerId: string;
    napId: string | null;
    signedForm: Record<string, unknown> | null;
  },
): Promise<NetworkOrderRow | undefined> {
  const sha256 = order.signedForm?.sha256;
  if (order.providerId === null || typeof sha256 !== 'string') return undefined;
  const [row] = await db
    .select()
    .from(networkOrders)
    .where(
      and(
        eq(networkOrders.providerId, order.providerId),
        eq(networkOrders.customerId, order.customerId),
        order.productId === null ? undefined : eq(networkOrders.productId, order.productId),
        order.napId === null ? undefined : eq(networkOrders.napId, order.napId),
        sql`${networkOrders.signedForm} ->> 'sha256' = ${sha256}`,
        notInArray(networkOrders.state, ['rejected', 'cancelled']),
      ),
    )
    .orderBy(...byNumber(networkOrders.id))
    .limit(1);
  return row;
}

/** Changes an order that is still in `from`; undefined when it moved meanwhile. */
export async function updateNetworkOrder(
  db: Db,
  id: string,
  from: NetworkOrderState,
  changes: Partial<Omit<typeof networkOrders.$inferInsert, 'id'>>,
): Promise<NetworkOrderRow | undefined> {
  const [row] = await db
    .update(networkOrders)
    .set(changes)
    .where(and(eq(networkOrders.id, id), eq(networkOrders.state, from)))
    .returning();
  return row;
}

export async function appendNetworkOrderEvent(
  db: Db,
  event: Omit<typeof networkOrderEvents.$inferInsert, 'id'>,
): Promise<void> {
  await db.insert(networkOrderEvents).values(event);
}

export function listNetworkOrderEvents(db: Db, orderId: string): Promise<NetworkOrderEventRow[]> {
  return db
    .select()
    .from(networkOrderEvents)
    .where(eq(networkOrderEvents.orderId, orderId))
    .orderBy(asc(networkOrderEvents.id));
}

export async function insertNetworkService(
  db: Db,
  row: Omit<typeof networkServices.$inferInsert, 'id'>,
): Promise<NetworkServiceRow> {
  const [inserted] = await db.insert(networkServices).values(row).returning();
  return inserted!;
}

export async function findServiceOfOrder(db: Db, orderId: string): Promise<NetworkServiceRow | undefined> {
  const [row] = await db.select().from(networkServices).where(eq(networkServices.orderId, orderId));
  return row;
}

export async function updateNetworkService(
  db: Db,
  id: string,
  changes: Partial<Omit<typeof networkServices.$inferInsert, 'id'>>,
): Promise<NetworkServiceRow> {
  const [row] = await db.update(networkServices).set(changes).where(eq(networkServices.id, id)).returning();
  return row!;
}

export async function findNetworkService(
  db: Db,
  id: string,
  scope: Scope,
): Promise<NetworkServiceRow | undefined> {
  const [row] = await db
    .select()
    .from(networkServices)
    .where(and(eq(networkServices.id, id), within(networkServices.providerId, scope)));
  return row;
}

export function listNetworkServiceRows(
  db: Db,
  scope: Scope,
  filter: { readonly customerId?: string | undefined },
): Promise<NetworkServiceRow[]> {
  return db
    .select()
    .from(networkServices)
    .where(
      and(
        within(networkServices.providerId, scope),
        filter.customerId === undefined ? undefined : eq(networkServices.customerId, filter.customerId),
      ),
    )
    .orderBy(...byNumber(networkServices.id));
}

/* Reads of other contexts' rows that an order names, to check them when it is submitted. */

export async function findOrderedProduct(db: Db, id: string) {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      providerId: products.providerId,
      retiredOn: products.retiredOn,
    })
    .from(products)
    .where(eq(products.id, id));
  return row;
}

/** A termination point with the customer at its premises. */
export async function findNapOfPremises(db: Db, id: string) {
  const [row] = await db
    .select({ id: naps.id, state: naps.state, premisesId: naps.premisesId, customerId: premises.customerId })
    .from(naps)
    .innerJoin(premises, eq(premises.id, naps.premisesId))
    .where(eq(naps.id, id));
  return row;
}

export async function findOrderingProvider(db: Db, id: string) {
  const [row] = await db
    .select({
      id: providers.id,
      name: providers.name,
      suspendedOn: providers.suspendedOn,
      helpdeskPhone: providers.helpdeskPhone,
      helpdeskEmail: providers.helpdeskEmail,
    })
    .from(providers)
    .where(eq(providers.id, id));
  return row;
}
