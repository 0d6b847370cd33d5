import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { invoices } from '../../billing/schema.ts';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { findIssuedInvoice } from './disputes.ts';
import { bankTransfers, mandates, outgoingBankFiles, paymentAllocations, payments } from '../schema.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentRow = Omit<typeof payments.$inferInsert, 'id'>;
export type NewAllocationRow = Omit<typeof paymentAllocations.$inferInsert, 'id'>;

export async function insertPayment(db: Db, row: NewPaymentRow): Promise<PaymentRow> {
  const [inserted] = await db.insert(payments).values(row).returning();
  return inserted!;
}

/** A bank entry already imported (from this or an overlapping statement) adds nothing. */
export async function insertBankPayment(db: Db, row: NewPaymentRow): Promise<PaymentRow | undefined> {
  const [inserted] = await db.insert(payments).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return row;
}

/** The payment, locked until the transaction ends: two clerks placing it at once take turns. */
export async function lockPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id)).for('update');
  return row;
}

export function unmatchedPayments(db: Db, sellerId?: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(and(isNull(payments.customerId), sellerId ? eq(payments.sellerId, sellerId) : undefined))
    .orderBy(asc(payments.valueDate), asc(payments.id));
}

export function paymentsOf(db: Db, customerId: string): Promise<PaymentRow[]> {
  return db
    .select()
    .from(payments)
    .where(eq(payments.customerId, customerId))
    .orderBy(asc(payments.valueDate), asc(payments.id));
}

export async function assignPaymentRow(
  db: Db,
  id: string,
  match: { customerId: string; namedInvoiceId: string | null; matchedBy: string },
): Promise<void> {
  await db.update(payments).set(match).where(eq(payments.id, id));
}

export async function insertAllocations(db: Db, rows: readonly NewAllocationRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(paymentAllocations).values([...rows]);
}

/** A return or reversal takes the money back: the payment's allocations stop counting from `on`. */
export async function markReturned(db: Db, id: string, on: string, reason: string): Promise<void> {
  await db.update(payments).set({ returnedOn: on, returnReason: reason }).where(eq(payments.id, id));
  await db
    .update(paymentAllocations)
    .set({ reversedOn: on })
    .where(and(eq(paymentAllocations.paymentId, id), isNull(paymentAllocations.reversedOn)));
}

export function allocationsOfPayment(db: Db, paymentId: string) {
  return db
    .select()
    .from(paymentAllocations)
    .where(eq(paymentAllocations.paymentId, paymentId))
    .orderBy(asc(paymentAllocations.id));
}

/** The payment a direct-debit return names by its end-to-end id. */
export async function findPaymentByEndToEndId(
  db: Db,
  sellerId: string,
  endToEndId: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.sellerId, sellerId), eq(payments.endToEndId, endToEndId)))
    .orderBy(asc(payments.id))
    .limit(1);
  return row;
}

export interface InvoiceMatch {
  readonly invoiceId: string;
  readonly customerId: string;
}

export async function invoiceByPaymentReference(
  db: Db,
  sellerId: string,
  reference: string,
): Promise<InvoiceMatch | undefined> {
  const [row] = await db
    .select({ invoiceId: invoices.id, customerId: invoices.customerId })
    .from(invoices)
    .where(and(eq(invoices.sellerId, sellerId), eq(invoices.paymentReference, reference)));
  return row;
}

export async function invoiceByNumber(
  db: Db,
  sellerId: string,
  number: string,
): Promise<InvoiceMatch | undefined> {
  const invoice = await findIssuedInvoice(db, sellerId, number);
  return invoice?.kind === 'invoice' ? { invoiceId: invoice.id, customerId: invoice.customerId } : undefined;
}

/** The invoice a direct debit of the seller collected, by the end-to-end id we gave it in pain.008. */
export async function invoiceByEndToEndId(
  db: Db,
  sellerId: string,
  endToEndId: string,
): Promise<InvoiceMatch | undefined> {
  const [row] = await db
    .select({ invoiceId: bankTransfers.invoiceId, customerId: bankTransfers.customerId })
    .from(bankTransfers)
    .innerJoin(outgoingBankFiles, eq(outgoingBankFiles.id, bankTransfers.fileId))
    .where(
      and(
        eq(outgoingBankFiles.sellerId, sellerId),
        eq(outgoingBankFiles.kind, 'pain.008'),
        eq(bankTransfers.endToEndId, endToEndId),
      ),
    );
  return row?.invoiceId ? { invoiceId: row.invoiceId, customerId: row.customerId } : undefined;
}

/** The customers that pay from an IBAN: their own account or a mandate's. */
export async function customersByIban(db: Db, sellerId: string, iban: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM ${customers} WHERE iban = ${iban}
        UNION
        SELECT customer_id AS id FROM ${mandates} WHERE seller_id = ${sellerId} AND iban = ${iban}`,
  );
  return rows.map((row) => row.id);
}

/**
 * The issued invoices of a seller (optionally of one customer) whose total equals `amountCents` and
 * that nothing paid yet: a payment of exactly that amount most likely pays it.
 */
export async function unpaidInvoicesOfAmount(
  db: Db,
  sellerId: string,
  amountCents: number,
  customerId?: string,
): Promise<InvoiceMatch[]> {
  return db
    .select({ invoiceId: invoices.id, customerId: invoices.customerId })
    .from(invoices)
    .where(
      and(
        eq(invoices.sellerId, sellerId),
        eq(invoices.state, 'issued'),
        eq(invoices.kind, 'invoice'),
        eq(invoices.totalCents, amountCents),
        customerId ? eq(invoices.customerId, customerId) : undefined,
        sql`NOT EXISTS (SELECT 1 FROM ${paymentAllocations} a WHERE a.invoice_id = ${invoices.id} AND a.reversed_on IS NULL)`,
      ),
    )
    .limit(2);
}
