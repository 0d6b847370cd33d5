import { and, asc, eq, inArray } from 'drizzle-orm';
import { invoices } from '../../billing/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import type { AccountFacts } from '../rules/account-facts.ts';
import { costClaims, disputes, paymentAllocations, payments } from '../schema.ts';

/** Everything collections needs of one customer's account with one seller, read in one go. */
export async function accountFacts(db: Db, sellerId: string, customerId: string): Promise<AccountFacts> {
  // One after another: inside a transaction the queries share one connection.
  const invoiceRows = await db
    .select({
      id: invoices.id,
      kind: invoices.kind,
      number: invoices.number,
      issuedOn: invoices.issuedOn,
      dueOn: invoices.dueOn,
      totalCents: invoices.totalCents,
      correctsId: invoices.correctsId,
    })
    .from(invoices)
    .where(
      and(eq(invoices.sellerId, sellerId), eq(invoices.customerId, customerId), eq(invoices.state, 'issued')),
    )
    .orderBy(asc(invoices.issuedOn), asc(invoices.number));
  const costRows = await db
    .select()
    .from(costClaims)
    .where(and(eq(costClaims.sellerId, sellerId), eq(costClaims.customerId, customerId)))
    .orderBy(asc(costClaims.raisedOn), asc(costClaims.id));
  const paymentRows = await db
    .select()
    .from(payments)
    .where(and(eq(payments.sellerId, sellerId), eq(payments.customerId, customerId)))
    .orderBy(asc(payments.valueDate), asc(payments.recordedAt), asc(payments.id));
  const disputeRows = await db
    .select({
      id: disputes.id,
      invoiceId: disputes.invoiceId,
      amountCents: disputes.amountCents,
      openedOn: disputes.openedOn,
      state: disputes.state,
      resolvedOn: disputes.resolvedOn,
    })
    .from(disputes)
    .innerJoin(invoices, eq(invoices.id, disputes.invoiceId))
    .where(and(eq(invoices.sellerId, sellerId), eq(disputes.customerId, customerId)));
  const paymentIds = paymentRows.map((row) => row.id);
  const allocationRows =
    paymentIds.length === 0
      ? []
      : await db
          .select()
          .from(paymentAllocations)
          .where(inArray(paymentAllocations.paymentId, paymentIds))
          .orderBy(asc(paymentAllocations.id));
  return {
    invoices: invoiceRows.map((row) => ({
      ...row,
      // Billing stores a credit note's total as a positive amount; collections counts it negative.
      totalCents: row.kind === 'credit-note' ? -row.totalCents : row.totalCents,
      number: row.number ?? row.id,
      issuedOn: row.issuedOn!,
      dueOn: row.dueOn!,
    })),
    costClaims: costRows,
    payments: paymentRows,
    allocations: allocationRows,
    disputes: disputeRows,
  };
}
