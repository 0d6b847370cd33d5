import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { pendingCharges } from '../schema.ts';

export type PendingChargeRow = typeof pendingCharges.$inferSelect;

/** Raises a charge once: a second call with the same dedupe key adds nothing and answers undefined. */
export async function raiseCharge(
  db: Db,
  charge: Omit<typeof pendingCharges.$inferInsert, 'id' | 'invoiceId'>,
): Promise<PendingChargeRow | undefined> {
  const [row] = await db.insert(pendingCharges).values(charge).onConflictDoNothing().returning();
  return row;
}

/** Charges raised for a customer and not yet on an invoice. */
export async function uninvoicedChargesOf(db: Db, customerId: string): Promise<PendingChargeRow[]> {
  return db
    .select()
    .from(pendingCharges)
    .where(and(eq(pendingCharges.customerId, customerId), isNull(pendingCharges.invoiceId)))
    .orderBy(asc(pendingCharges.raisedOn), asc(pendingCharges.id));
}
