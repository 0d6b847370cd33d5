import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import { bankTransfers, mandates, outgoingBankFiles, payments } from '../schema.ts';
import type { SellerRow } from './parties.ts';

export type MandateRow = typeof mandates.$inferSelect;
export type BankFileRow = typeof outgoingBankFiles.$inferSelect;
export type BankTransferRow = typeof bankTransfers.$inferSelect;

export async function insertMandate(
  db: Db,
  row: typeof mandates.$inferInsert,
): Promise<MandateRow | undefined> {
  const [inserted] = await db.insert(mandates).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findMandate(db: Db, id: string): Promise<MandateRow | undefined> {
  const [row] = await db.select().from(mandates).where(eq(mandates.id, id));
  return row;
}

export function mandatesOfCustomer(db: Db, customerId: string): Promise<MandateRow[]> {
  return db
    .select()
    .from(mandates)
    .where(eq(mandates.customerId, customerId))
    .orderBy(desc(mandates.signedOn), asc(mandates.id));
}

export async function activeMandateOf(
  db: Db,
  sellerId: string,
  customerId: string,
): Promise<MandateRow | undefined> {
  const [row] = await db
    .select()
    .from(mandates)
    .where(
      and(eq(mandates.sellerId, sellerId), eq(mandates.customerId, customerId), isNull(mandates.revokedOn)),
    )
    .orderBy(desc(mandates.signedOn), asc(mandates.id))
    .limit(1);
  return row;
}

/** Revokes only a mandate still in force; false when another revocation came first. */
export async function revokeMandateRow(db: Db, id: string, on: string): Promise<boolean> {
  const updated = await db
    .update(mandates)
    .set({ revokedOn: on })
    .where(and(eq(mandates.id, id), isNull(mandates.revokedOn)))
    .returning({ id: mandates.id });
  return updated.length > 0;
}

/** The seller's mandates that may be collected on `on`: signed by then, not revoked by then. */
export function mandatesInForce(db: Db, sellerId: string, on: string): Promise<MandateRow[]> {
  return db
    .select()
    .from(mandates)
    .where(
      and(
        eq(mandates.sellerId, sellerId),
        sql`${mandates.signedOn} <= ${on}`,
        sql`(${mandates.revokedOn} IS NULL OR ${mandates.revokedOn} > ${on})`,
      ),
    )
    .orderBy(asc(mandates.customerId), desc(mandates.signedOn), asc(mandates.id));
}

export async function markFirstCollected(db: Db, mandateIds: readonly string[], on: string): Promise<void> {
  if (mandateIds.length > 0)
    await db
      .update(mandates)
      .set({ firstCollectedOn: on })
      .where(inArray(mandates.id, [...mandateIds]));
}

export async function findSeller(db: Db, sellerId: string): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  return row;
}

/**
 * The seller, locked for this transaction: one batch of a seller is made at a time, so two at once
 * cannot both collect an invoice or refund a deposit.
 */
export async function lockSeller(db: Db, sellerId: string): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, sellerId)).for('update');
  return row;
}

/**
 * A collection made earlier, with its file's date and whether it came back: rejected or returned
 * before it paid (the transfer's return), or a return took the payment back.
 */
export interface EarlierTransfer {
  readonly endToEndId: string;
  readonly invoiceId: string | null;
  readonly mandateId: string | null;
  readonly executionDate: string;
  readonly returned: boolean;
}

/**
 * A collection or refund of the seller's files by its end-to-end id, with the kind of its file.
 */
export async function findTransfer(
  db: Db,
  sellerId: string,
  endToEndId: string,
): Promise<(BankTransferRow & { kind: BankFileRow['kind'] }) | undefined> {
  const [row] = await db
    .select({ transfer: bankTransfers, kind: outgoingBankFiles.kind })
    .from(bankTransfers)
    .innerJoin(outgoingBankFiles, eq(outgoingBankFiles.id, bankTransfers.fileId))
    .where(and(eq(outgoingBankFiles.sellerId, sellerId), eq(bankTransfers.endToEndId, endToEndId)));
  return row && { ...row.transfer, kind: row.kind };
}

/** The bank rejected or returned the transfer; the first return counts. */
export async function markTransferReturned(
  db: Db,
  endToEndId: string,
  on: string,
  reason: string,
): Promise<void> {
  await db
    .update(bankTransfers)
    .set({ returnedOn: on, returnReason: reason })
    .where(and(eq(bankTransfers.endToEndId, endToEndId), isNull(bankTransfers.returnedOn)));
}

/** The collections of the seller's direct-debit files from these customers, under any mandate. */
export async function collectionsFromCustomers(
  db: Db,
  sellerId: string,
  customerIds: readonly string[],
): Promise<EarlierTransfer[]> {
  if (customerIds.length === 0) return [];
  const rows = await queryRows<{
    end_to_end_id: string;
    invoice_id: string | null;
    mandate_id: string | null;
    execution_date: string;
    returned: boolean;
  }>(
    db,
    sql`SELECT t.end_to_end_id, t.invoice_id, t.mandate_id, f.execution_date::text AS execution_date,
               t.returned_on IS NOT NULL
               OR EXISTS (SELECT 1 FROM ${payments} p
                           WHERE p.seller_id = f.seller_id AND p.end_to_end_id = t.end_to_end_id
                             AND p.returned_on IS NOT NULL) AS returned
          FROM ${bankTransfers} t JOIN ${outgoingBankFiles} f ON f.id = t.file_id
         WHERE f.seller_id = ${sellerId} AND f.kind = 'pain.008'
           AND t.customer_id IN (${sql.join(
             customerIds.map((id) => sql`${id}`),
             sql`, `,
           )})
         ORDER BY f.execution_date, t.end_to_end_id`,
  );
  return rows.map((row) => ({
    endToEndId: row.end_to_end_id,
    invoiceId: row.invoice_id,
    mandateId: row.mandate_id,
    executionDate: row.execution_date,
    returned: row.returned,
  }));
}

/** The next file id, taken before the file is written: its message id and end-to-end ids carry it. */
export async function nextBankFileId(db: Db): Promise<string> {
  const [row] = await queryRows<{ n: string }>(db, sql`SELECT nextval('bank_file_numbers')::text AS n`);
  return `BF-${row!.n}`;
}

export async function insertBankFile(
  db: Db,
  row: typeof outgoingBankFiles.$inferInsert,
): Promise<BankFileRow> {
  const [inserted] = await db.insert(outgoingBankFiles).values(row).returning();
  return inserted!;
}

export async function insertTransfers(
  db: Db,
  rows: readonly (typeof bankTransfers.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(bankTransfers).values([...rows]);
}

export async function findBankFile(db: Db, id: string): Promise<BankFileRow | undefined> {
  const [row] = await db.select().from(outgoingBankFiles).where(eq(outgoingBankFiles.id, id));
  return row;
}

export function transfersOfFile(db: Db, fileId: string): Promise<BankTransferRow[]> {
  return (
    db
      .select()
      .from(bankTransfers)
      .where(eq(bankTransfers.fileId, fileId))
      // The ids of one file differ only in their number: shorter first is numeric order.
      .orderBy(sql`length(${bankTransfers.endToEndId})`, asc(bankTransfers.endToEndId))
  );
}
