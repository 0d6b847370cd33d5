import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { invoices } from '../../billing/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { costClaims, dunningCases, dunningLetters, paymentAllocations } from '../schema.ts';

export type DunningCaseRow = typeof dunningCases.$inferSelect;
export type DunningLetterRow = typeof dunningLetters.$inferSelect;
export type CostClaimRow = typeof costClaims.$inferSelect;

/** The customer's open case with the seller, locked for this transaction: one worker walks it at a time. */
export async function openCaseOf(
  db: Db,
  sellerId: string,
  customerId: string,
): Promise<DunningCaseRow | undefined> {
  const [row] = await db
    .select()
    .from(dunningCases)
    .where(
      and(
        eq(dunningCases.sellerId, sellerId),
        eq(dunningCases.customerId, customerId),
        isNull(dunningCases.closedOn),
      ),
    )
    .for('update');
  return row;
}

export async function insertCase(
  db: Db,
  row: Omit<typeof dunningCases.$inferInsert, 'id'>,
): Promise<DunningCaseRow> {
  const [inserted] = await db.insert(dunningCases).values(row).returning();
  return inserted!;
}

export async function updateCase(
  db: Db,
  id: string,
  change: Partial<Pick<DunningCaseRow, 'closedOn' | 'suspendedOn' | 'dissolvedOn'>>,
): Promise<void> {
  await db.update(dunningCases).set(change).where(eq(dunningCases.id, id));
}

export function lettersOfCase(db: Db, caseId: string): Promise<DunningLetterRow[]> {
  return db
    .select()
    .from(dunningLetters)
    .where(eq(dunningLetters.caseId, caseId))
    .orderBy(asc(dunningLetters.sentOn), asc(dunningLetters.id));
}

export async function findLetter(db: Db, id: string): Promise<DunningLetterRow | undefined> {
  const [row] = await db.select().from(dunningLetters).where(eq(dunningLetters.id, id));
  return row;
}

export async function insertLetter(
  db: Db,
  row: Omit<typeof dunningLetters.$inferInsert, 'id'>,
): Promise<DunningLetterRow> {
  const [inserted] = await db.insert(dunningLetters).values(row).returning();
  return inserted!;
}

export async function insertCostClaim(
  db: Db,
  row: Omit<typeof costClaims.$inferInsert, 'id'>,
): Promise<CostClaimRow> {
  const [inserted] = await db.insert(costClaims).values(row).returning();
  return inserted!;
}

export async function linkCostsToLetter(db: Db, costIds: readonly string[], letterId: string): Promise<void> {
  for (const id of costIds) await db.update(costClaims).set({ letterId }).where(eq(costClaims.id, id));
}

export function casesOfCustomer(db: Db, customerId: string): Promise<DunningCaseRow[]> {
  return db
    .select()
    .from(dunningCases)
    .where(eq(dunningCases.customerId, customerId))
    .orderBy(asc(dunningCases.id));
}

/**
 * The customers the daily run looks at: those with an open case, and those with an issued invoice
 * past its due date that payments and credit notes have not settled (a credit note's total is stored
 * positive, so it is subtracted).
 */
export async function customersToDun(db: Db, sellerId: string, asOf: string): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`SELECT customer_id FROM ${dunningCases} WHERE seller_id = ${sellerId} AND closed_on IS NULL
        UNION
        SELECT i.customer_id FROM ${invoices} i
         WHERE i.seller_id = ${sellerId} AND i.state = 'issued' AND i.kind = 'invoice' AND i.due_on < ${asOf}
           AND i.total_cents
               - COALESCE((SELECT sum(c.total_cents) FROM ${invoices} c WHERE c.corrects_id = i.id AND c.state = 'issued'), 0)
               - COALESCE((SELECT sum(a.amount_cents) FROM ${paymentAllocations} a
                            WHERE a.invoice_id = i.id AND a.component = 'principal' AND a.reversed_on IS NULL), 0) > 0
        ORDER BY 1`,
  );
  return rows.map((row) => row.customer_id);
}
