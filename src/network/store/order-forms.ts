import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { networkOrderForms } from '../schema.ts';

export type NetworkOrderFormRow = typeof networkOrderForms.$inferSelect;

/** Keeps the signed form's file of an order (one per order). */
export async function insertNetworkOrderForm(db: Db, row: NetworkOrderFormRow): Promise<void> {
  await db.insert(networkOrderForms).values(row);
}

export async function findNetworkOrderForm(
  db: Db,
  orderId: string,
): Promise<NetworkOrderFormRow | undefined> {
  const [row] = await db.select().from(networkOrderForms).where(eq(networkOrderForms.orderId, orderId));
  return row;
}
