import { and, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { invoiceLines, invoices } from '../../billing/schema.ts';
import { paymentAllocations } from '../../collections/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import type { InvoicePaidInYear } from '../rules/liability-cap.ts';
import { liabilityClaims } from '../schema.ts';

export type LiabilityClaimRow = typeof liabilityClaims.$inferSelect;

export async function insertLiabilityClaim(
  db: Db,
  row: typeof liabilityClaims.$inferInsert,
): Promise<LiabilityClaimRow> {
  const [inserted] = await db.insert(liabilityClaims).values(row).returning();
  return inserted!;
}

export async function findLiabilityClaim(db: Db, id: string): Promise<LiabilityClaimRow | undefined> {
  const [row] = await db.select().from(liabilityClaims).where(eq(liabilityClaims.id, id));
  return row;
}

export interface LiabilityClaimFilter {
  readonly sellerId?: string;
  readonly customerId?: string;
  readonly contractId?: string;
}

/** Claims, newest first. */
export function listLiabilityClaimRows(
  db: Db,
  filter: LiabilityClaimFilter = {},
): Promise<LiabilityClaimRow[]> {
  return db
    .select()
    .from(liabilityClaims)
    .where(
      and(
        filter.sellerId ? eq(liabilityClaims.sellerId, filter.sellerId) : undefined,
        filter.customerId ? eq(liabilityClaims.customerId, filter.customerId) : undefined,
        filter.contractId ? eq(liabilityClaims.contractId, filter.contractId) : undefined,
      ),
    )
    .orderBy(desc(liabilityClaims.recordedAt), desc(liabilityClaims.id));
}

/** The net (excl. VAT) the issued invoices billed for the contract, less its issued credit notes. */
export async function billedForContract(db: Db, contractId: string): Promise<number> {
  const [row] = await db
    .select({
      cents: sql<
        string | null
      >`sum(case when ${invoices.kind} = 'credit-note' then -${invoiceLines.netCents} else ${invoiceLines.netCents} end)`,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(and(eq(invoiceLines.contractId, contractId), eq(invoices.state, 'issued')));
  return Number(row?.cents ?? 0);
}

/**
 * The issued invoices with lines of the contract, each with the contract's net on it and the principal
 * allocated to it from `from` through `to` (both counted), not reversed.
 */
export async function paidForContract(
  db: Db,
  contractId: string,
  from: string,
  to: string,
): Promise<InvoicePaidInYear[]> {
  const lines = await db
    .select({
      invoiceId: invoices.id,
      totalCents: invoices.totalCents,
      contractNetCents: sql<string>`sum(${invoiceLines.netCents})`,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(
      and(
        eq(invoiceLines.contractId, contractId),
        eq(invoices.state, 'issued'),
        eq(invoices.kind, 'invoice'),
      ),
    )
    .groupBy(invoices.id, invoices.totalCents);
  if (lines.length === 0) return [];
  const paid = await db
    .select({
      invoiceId: paymentAllocations.invoiceId,
      cents: sql<string>`sum(${paymentAllocations.amountCents})`,
    })
    .from(paymentAllocations)
    .where(
      and(
        inArray(
          paymentAllocations.invoiceId,
          lines.map((line) => line.invoiceId),
        ),
        eq(paymentAllocations.component, 'principal'),
        isNull(paymentAllocations.reversedOn),
        gte(paymentAllocations.allocatedOn, from),
        lte(paymentAllocations.allocatedOn, to),
      ),
    )
    .groupBy(paymentAllocations.invoiceId);
  const paidBy = new Map(paid.map((row) => [row.invoiceId, Number(row.cents)]));
  return lines.map((line) => ({
    contractNetCents: Number(line.contractNetCents),
    totalCents: line.totalCents,
    paidCents: paidBy.get(line.invoiceId) ?? 0,
  }));
}
