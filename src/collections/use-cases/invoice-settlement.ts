import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findInvoice } from '../../billing/store/invoices.ts';
import { creditedCentsOf, openDisputedCentsOf, paymentsOfInvoice } from '../store/work-queues.ts';

export interface InvoiceSettlement {
  readonly invoiceId: string;
  readonly totalCents: number;
  /** Principal paid by payments still standing (a returned direct debit no longer counts). */
  readonly paidCents: number;
  /** Issued credit notes correcting it. */
  readonly creditedCents: number;
  /** What is still owed on the principal: total less credited less paid, never below 0. */
  readonly openCents: number;
  readonly disputedCents: number;
  readonly status: 'draft' | 'paid' | 'partly-paid' | 'open' | 'credited' | 'not-a-claim';
  readonly payments: {
    readonly paymentId: string;
    readonly valueDate: string;
    readonly source: string;
    readonly matchedBy: string | null;
    readonly component: string;
    readonly amountCents: number;
    readonly allocatedOn: string;
    readonly reversedOn: string | null;
  }[];
}

/** How far an invoice is settled: paid, credited, disputed and what is still open, with what paid it. */
export async function getInvoiceSettlement(db: Db, invoiceId: string): Promise<InvoiceSettlement> {
  const invoice = await findInvoice(db, invoiceId);
  if (!invoice) throw new NotFoundError('invoice', invoiceId);
  const rows = await paymentsOfInvoice(db, invoiceId);
  const payments = rows.map((row) => ({
    paymentId: row.payment_id,
    valueDate: row.value_date,
    source: row.source,
    matchedBy: row.matched_by,
    component: row.component,
    amountCents: Number(row.amount_cents),
    allocatedOn: row.allocated_on,
    reversedOn: row.reversed_on,
  }));
  const paidCents = payments
    .filter((p) => p.component === 'principal' && p.reversedOn === null)
    .reduce((sum, p) => sum + p.amountCents, 0);
  const creditedCents = await creditedCentsOf(db, invoiceId);
  const disputedCents = await openDisputedCentsOf(db, invoiceId);
  const openCents = Math.max(0, invoice.totalCents - creditedCents - paidCents);
  const status: InvoiceSettlement['status'] =
    invoice.state === 'draft'
      ? 'draft'
      : invoice.kind !== 'invoice'
        ? 'not-a-claim'
        : openCents === 0
          ? paidCents > 0
            ? 'paid'
            : 'credited'
          : paidCents > 0
            ? 'partly-paid'
            : 'open';
  return {
    invoiceId,
    totalCents: invoice.totalCents,
    paidCents,
    creditedCents,
    openCents,
    disputedCents,
    status,
    payments,
  };
}
