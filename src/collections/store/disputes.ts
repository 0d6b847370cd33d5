import { and, asc, eq } from 'drizzle-orm';
import { invoices } from '../../billing/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { complaints, disputes } from '../schema.ts';

export type ComplaintRow = typeof complaints.$inferSelect;
export type DisputeRow = typeof disputes.$inferSelect;
export type InvoiceHead = Pick<
  typeof invoices.$inferSelect,
  'id' | 'sellerId' | 'customerId' | 'kind' | 'state' | 'number' | 'issuedOn' | 'totalCents'
>;

export async function insertComplaint(
  db: Db,
  row: Omit<typeof complaints.$inferInsert, 'id'>,
): Promise<ComplaintRow> {
  const [inserted] = await db.insert(complaints).values(row).returning();
  return inserted!;
}

export async function insertDispute(
  db: Db,
  row: Omit<typeof disputes.$inferInsert, 'id'>,
): Promise<DisputeRow> {
  const [inserted] = await db.insert(disputes).values(row).returning();
  return inserted!;
}

export async function findDispute(db: Db, id: string): Promise<DisputeRow | undefined> {
  const [row] = await db.select().from(disputes).where(eq(disputes.id, id));
  return row;
}

export async function resolveDisputeRow(
  db: Db,
  id: string,
  resolution: Pick<DisputeRow, 'state' | 'resolvedOn' | 'creditNoteId'>,
): Promise<void> {
  await db
    .update(disputes)
    .set(resolution)
    .where(and(eq(disputes.id, id), eq(disputes.state, 'open')));
}

export function disputesOfInvoice(db: Db, invoiceId: string): Promise<DisputeRow[]> {
  return db.select().from(disputes).where(eq(disputes.invoiceId, invoiceId)).orderBy(asc(disputes.id));
}

export function complaintsOf(db: Db, customerId: string): Promise<ComplaintRow[]> {
  return db
    .select()
    .from(complaints)
    .where(eq(complaints.customerId, customerId))
    .orderBy(asc(complaints.id));
}

export async function findIssuedInvoice(
  db: Db,
  sellerId: string,
  number: string,
): Promise<InvoiceHead | undefined> {
  const [row] = await db
    .select({
      id: invoices.id,
      sellerId: invoices.sellerId,
      customerId: invoices.customerId,
      kind: invoices.kind,
      state: invoices.state,
      number: invoices.number,
      issuedOn: invoices.issuedOn,
      totalCents: invoices.totalCents,
    })
    .from(invoices)
    .where(and(eq(invoices.sellerId, sellerId), eq(invoices.number, number)));
  return row;
}
