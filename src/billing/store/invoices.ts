import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, SortOrder } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { bulkInsert } from './bulk-insert.ts';
import { invoiceLines, invoiceNumberSeries, invoices } from '../schema.ts';
import { containsPattern, orderedBy } from '../../platform/database/index.ts';

export type InvoiceRow = typeof invoices.$inferSelect;
export type NewInvoiceRow = Omit<typeof invoices.$inferInsert, 'id'>;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type NewInvoiceLineRow = Omit<typeof invoiceLines.$inferInsert, 'id'>;

export async function insertInvoice(db: Db, row: NewInvoiceRow): Promise<InvoiceRow> {
  const [inserted] = await db.insert(invoices).values(row).returning();
  return inserted!;
}

/** A run's invoices (one per customer) in a statement per slice, answering each customer's invoice id. */
export async function insertRunInvoices(
  db: Db,
  rows: readonly NewInvoiceRow[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < rows.length; i += SLICE) {
    const inserted = await bulkInsert<{ id: string; customer_id: string }>(
      db,
      invoices,
      rows.slice(i, i + SLICE),
      'id, customer_id',
    );
    for (const row of inserted) ids.set(row.customer_id, row.id);
  }
  return ids;
}

/** Lines in a statement per slice: one parameter per column, whatever the number of lines. */
export async function insertLines(db: Db, rows: readonly NewInvoiceLineRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) {
    await bulkInsert(db, invoiceLines, rows.slice(i, i + SLICE));
  }
}

/** Rows per statement: bounds the size of one statement's parameters (a few MB) on large runs. */
const SLICE = 5000;

export async function findInvoice(db: Db, id: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id));
  return row;
}

/** An invoice with the number and date of the invoice it corrects (BT-25, BT-26), in one statement. */
export async function findInvoiceWithCorrected(
  db: Db,
  id: string,
): Promise<{ invoice: InvoiceRow; corrects: CorrectedInvoice | null } | undefined> {
  const corrected = alias(invoices, 'corrected');
  const [row] = await db
    .select({
      invoice: invoices,
      corrects: { id: corrected.id, number: corrected.number, issuedOn: corrected.issuedOn },
    })
    .from(invoices)
    .leftJoin(corrected, eq(corrected.id, invoices.correctsId))
    .where(eq(invoices.id, id));
  return row;
}

export type CorrectedInvoice = Pick<InvoiceRow, 'id' | 'number' | 'issuedOn'>;

export async function findInvoiceByNumber(db: Db, number: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.number, number));
  return row;
}

export function linesOf(db: Db, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position));
}

export interface InvoiceFilter {
  readonly sellerId?: string;
  readonly customerId?: string;
  readonly billRunId?: string;
  readonly state?: InvoiceRow['state'];
  readonly kind?: InvoiceRow['kind'];
  /** A part of the invoice number, case-insensitive. */
  readonly search?: string;
  /** Default the newest made first. */
  readonly sort?: InvoiceSort;
  /** Default ascending with a sort, else descending. */
  readonly order?: SortOrder;
  readonly limit: number;
  readonly offset: number;
}

export const INVOICE_SORTS = ['issuedOn', 'dueOn', 'number', 'total', 'customer'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

// Each sort ends on the id, so paging is stable. A draft has no number or dates yet: PostgreSQL puts
// those nulls last ascending, first descending. The customer is the name the invoice carries.
const invoiceOrder: Record<InvoiceSort | 'created', readonly SQLWrapper[]> = {
  created: [invoices.createdAt, invoices.id],
  issuedOn: [invoices.issuedOn, invoices.id],
  dueOn: [invoices.dueOn, invoices.id],
  number: [invoices.number, invoices.id],
  total: [invoices.totalCents, invoices.id],
  customer: [sql`${invoices.customer}->>'legalName'`, invoices.id],
};

export async function listInvoiceRows(
  db: Db,
  filter: InvoiceFilter,
): Promise<{ rows: InvoiceRow[]; total: number }> {
  const where = and(
    ...[
      filter.sellerId === undefined ? undefined : eq(invoices.sellerId, filter.sellerId),
      filter.customerId === undefined ? undefined : eq(invoices.customerId, filter.customerId),
      filter.billRunId === undefined ? undefined : eq(invoices.billRunId, filter.billRunId),
      filter.state === undefined ? undefined : eq(invoices.state, filter.state),
      filter.kind === undefined ? undefined : eq(invoices.kind, filter.kind),
      filter.search?.trim() ? ilike(invoices.number, containsPattern(filter.search.trim())) : undefined,
    ],
  );
  const rows = await db
    .select()
    .from(invoices)
    .where(where)
    .orderBy(
      ...orderedBy(filter.order ?? (filter.sort ? 'asc' : 'desc'), ...invoiceOrder[filter.sort ?? 'created']),
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql<string>`count(*)` })
    .from(invoices)
    .where(where);
  return { rows, total: Number(count!.n) };
}

export type RunDraft = Pick<InvoiceRow, 'id' | 'kind' | 'customerId' | 'customer'>;

/**
 * The drafts of a run for these customers, locked for issuing, in customer order: only what issuing
 * reads, since the rest of each row is rewritten as it was.
 */
export function draftsOfRun(db: Db, runId: string, customerIds: readonly string[]): Promise<RunDraft[]> {
  return db
    .select({
      id: invoices.id,
      kind: invoices.kind,
      customerId: invoices.customerId,
      customer: invoices.customer,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.billRunId, runId),
        eq(invoices.state, 'draft'),
        inArray(invoices.customerId, [...customerIds]),
      ),
    )
    .orderBy(asc(invoices.customerId))
    .for('update');
}

/**
 * Takes the next `count` numbers of a series: the row stays locked until the issuing transaction
 * ends, so numbers are consecutive, and a rollback gives them back (nl:vat, art. 35a Wet OB).
 */
export async function takeNumbers(
  db: Db,
  sellerId: string,
  series: string,
  count: number,
): Promise<number[]> {
  await db.insert(invoiceNumberSeries).values({ series, sellerId, lastNumber: 0 }).onConflictDoNothing();
  const [row] = await db
    .update(invoiceNumberSeries)
    .set({ lastNumber: sql`${invoiceNumberSeries.lastNumber} + ${count}` })
    .where(eq(invoiceNumberSeries.series, series))
    .returning({ last: invoiceNumberSeries.lastNumber });
  const last = row!.last;
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

export interface IssuedFields {
  readonly id: string;
  readonly series: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly paymentReference: string;
  readonly seller: InvoiceRow['seller'];
  readonly customer: InvoiceRow['customer'];
}

/** Issues drafts in one statement: the row trigger refuses any later change (migration 0008). */
export async function markIssued(
  db: Db,
  issued: readonly IssuedFields[],
  at: string,
  by: string,
): Promise<void> {
  if (issued.length === 0) return;
  const column = <T>(pick: (row: IssuedFields) => T): SQL => sql`${sql.param(issued.map(pick))}`;
  await db.execute(sql`
    UPDATE invoices AS i
       SET state = 'issued', series = v.series, number = v.number, issued_on = v.issued_on,
           due_on = v.due_on, payment_reference = v.payment_reference, seller = v.seller,
           customer = v.customer, issued_at = ${at}, issued_by = ${by}
      FROM (SELECT unnest(${column((r) => r.id)}::text[]) AS id,
                   unnest(${column((r) => r.series)}::text[]) AS series,
                   unnest(${column((r) => r.number)}::text[]) AS number,
                   unnest(${column((r) => r.issuedOn)}::date[]) AS issued_on,
                   unnest(${column((r) => r.dueOn)}::date[]) AS due_on,
                   unnest(${column((r) => r.paymentReference)}::text[]) AS payment_reference,
                   unnest(${column((r) => JSON.stringify(r.seller))}::jsonb[]) AS seller,
                   unnest(${column((r) => JSON.stringify(r.customer))}::jsonb[]) AS customer) AS v
     WHERE i.id = v.id AND i.state = 'draft'`);
}

/** Drops a draft and its lines, and gives back what it billed. */
export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.execute(sql`UPDATE pending_charges SET invoice_id = NULL WHERE invoice_id = ${id}`);
  await db.execute(sql`UPDATE usage_records SET invoice_id = NULL WHERE invoice_id = ${id}`);
  await db.delete(invoices).where(and(eq(invoices.id, id), eq(invoices.state, 'draft')));
}

/** The invoices that billed days of these subscriptions after the given day, oldest first. */
export async function invoicesBillingAfter(
  db: Db,
  days: readonly { readonly subscriptionId: string; readonly after: string }[],
): Promise<Map<string, { invoiceId: string; number: string | null }[]>> {
  const found = new Map<string, { invoiceId: string; number: string | null }[]>();
  if (days.length === 0) return found;
  const rows = await queryRows<{ subscription_id: string; invoice_id: string; number: string | null }>(
    db,
    sql`SELECT DISTINCT l.subscription_id, i.id AS invoice_id, i.number, i.created_at
          FROM invoice_lines l
          JOIN invoices i ON i.id = l.invoice_id
          JOIN (SELECT unnest(${sql.param(days.map((d) => d.subscriptionId))}::text[]) AS id,
                       unnest(${sql.param(days.map((d) => d.after))}::date[]) AS after) AS d
            ON d.id = l.subscription_id AND l.period_to > d.after
         WHERE l.source = 'recurring'
         ORDER BY i.created_at, i.id`,
  );
  for (const row of rows)
    found.set(row.subscription_id, [
      ...(found.get(row.subscription_id) ?? []),
      { invoiceId: row.invoice_id, number: row.number },
    ]);
  return found;
}
