import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { subscriptions } from '../schema.ts';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type NewSubscriptionRow = Omit<typeof subscriptions.$inferInsert, 'id'>;

export async function insertSubscription(db: Db, row: NewSubscriptionRow): Promise<SubscriptionRow> {
  const [inserted] = await db.insert(subscriptions).values(row).returning();
  return inserted!;
}

export async function findSubscription(db: Db, id: string): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id));
  return row;
}

/** The subscriptions of a contract, locked: the contract's facts are being copied onto them. */
export function subscriptionsOfContract(db: Db, contractId: string): Promise<SubscriptionRow[]> {
  return db
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.contractId, contractId))
    .orderBy(asc(subscriptions.id))
    .for('update');
}

export function listSubscriptionRows(
  db: Db,
  filter: { readonly customerId?: string; readonly sellerId?: string },
): Promise<SubscriptionRow[]> {
  const conditions = [
    filter.customerId === undefined ? undefined : eq(subscriptions.customerId, filter.customerId),
    filter.sellerId === undefined ? undefined : eq(subscriptions.sellerId, filter.sellerId),
  ];
  return db
    .select()
    .from(subscriptions)
    .where(and(...conditions))
    .orderBy(asc(subscriptions.customerId), asc(subscriptions.id));
}

/** A chunk's subscriptions of one seller, locked for the run that bills them. */
export function subscriptionsOfCustomers(
  db: Db,
  sellerId: string,
  customerIds: readonly string[],
): Promise<SubscriptionRow[]> {
  return db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.sellerId, sellerId), inArray(subscriptions.customerId, [...customerIds])))
    .orderBy(asc(subscriptions.customerId), asc(subscriptions.id))
    .for('update');
}

export async function updateSubscription(
  db: Db,
  id: string,
  changes: Partial<Pick<SubscriptionRow, 'endsOn' | 'billedThrough' | 'priceCents' | 'description'>>,
): Promise<SubscriptionRow> {
  const [row] = await db.update(subscriptions).set(changes).where(eq(subscriptions.id, id)).returning();
  return row!;
}

/** The new billed-through days of many subscriptions in one statement. */
export async function setBilledThrough(
  db: Db,
  marks: readonly { readonly id: string; readonly through: string }[],
): Promise<void> {
  if (marks.length === 0) return;
  await db.execute(sql`
    UPDATE subscriptions AS s SET billed_through = m.through
      FROM (SELECT unnest(${sql.param(marks.map((m) => m.id))}::text[]) AS id,
                   unnest(${sql.param(marks.map((m) => m.through))}::date[]) AS through) AS m
     WHERE s.id = m.id`);
}
