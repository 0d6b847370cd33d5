import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db, SortOrder } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { containsPattern } from '../../platform/database/index.ts';

/*
 * The billing clerk's queues, a page at a time (issue 8): the unmatched payments, the disputes and
 * the dunning queue, each with the names a person recognises (customer, invoice number) joined in,
 * and how many match over all pages.
 */

export interface PageWindow {
  readonly limit: number;
  readonly offset: number;
}

export const UNMATCHED_SORTS = ['valueDate', 'amount'] as const;
export const DISPUTE_SORTS = ['openedOn', 'customer', 'amount'] as const;
export const DUNNING_QUEUE_SORTS = ['dueOn', 'customer', 'amount'] as const;

/** A list's sort: its key (undefined: the list's default order) and direction (default ascending). */
export interface Sorted<Key extends string> {
  readonly sort?: Key | undefined;
  readonly order?: SortOrder | undefined;
}

/** ORDER BY these expressions, each in the direction asked; the last is the list's unique tie-breaker. */
const orderBy = (order: SortOrder | undefined, expressions: readonly SQL[]): SQL =>
  sql.join(
    expressions.map((expression) => sql`${expression} ${sql.raw(order === 'desc' ? 'DESC' : 'ASC')}`),
    sql`, `,
  );

const and = (parts: readonly (SQL | undefined)[]): SQL => {
  const present = parts.filter((part): part is SQL => part !== undefined);
  return present.length === 0 ? sql`TRUE` : sql.join(present, sql` AND `);
};

export interface UnmatchedRow {
  readonly id: string;
  readonly seller_id: string;
  readonly amount_cents: string;
  readonly value_date: string;
  readonly counterparty_name: string | null;
  readonly counterparty_iban: string | null;
  readonly end_to_end_id: string | null;
  readonly remittance: string;
  readonly statement_id: string | null;
}

/** Bank payments no customer was found for, oldest first; search the payer, IBAN or remittance. */
export async function unmatchedPage(
  db: Db,
  filter: PageWindow &
    Sorted<(typeof UNMATCHED_SORTS)[number]> & { readonly sellerId?: string; readonly search?: string },
): Promise<{ rows: UnmatchedRow[]; total: number }> {
  const where = and([
    sql`customer_id IS NULL`,
    filter.sellerId === undefined ? undefined : sql`seller_id = ${filter.sellerId}`,
    filter.search
      ? sql`(counterparty_name ILIKE ${containsPattern(filter.search)} OR counterparty_iban ILIKE ${containsPattern(filter.search)}
             OR remittance ILIKE ${containsPattern(filter.search)})`
      : undefined,
  ]);
  const rows = await queryRows<UnmatchedRow>(
    db,
    sql`SELECT id, seller_id, amount_cents, value_date::text AS value_date, counterparty_name,
               counterparty_iban, end_to_end_id, remittance, statement_id
          FROM payments WHERE ${where}
         ORDER BY ${orderBy(filter.order, [filter.sort === 'amount' ? sql`amount_cents` : sql`value_date`, sql`id`])}
         LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const [count] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM payments WHERE ${where}`);
  return { rows, total: Number(count!.n) };
}

export interface DisputeListRow {
  readonly id: string;
  readonly invoice_id: string;
  readonly invoice_number: string | null;
  readonly invoice_total_cents: string;
  readonly seller_id: string;
  readonly customer_id: string;
  readonly customer_name: string;
  readonly amount_cents: string;
  readonly reason: string;
  readonly opened_on: string;
  readonly state: string;
  readonly resolved_on: string | null;
  readonly credit_note_id: string | null;
}

const disputeKeys: Record<(typeof DISPUTE_SORTS)[number], SQL> = {
  openedOn: sql`d.opened_on`,
  customer: sql`c.legal_name`,
  amount: sql`d.amount_cents`,
};

/** Disputes, oldest first, with the invoice and customer; search the invoice number or the customer. */
export async function disputePage(
  db: Db,
  filter: PageWindow &
    Sorted<(typeof DISPUTE_SORTS)[number]> & {
      readonly sellerId?: string;
      readonly state?: string;
      readonly search?: string;
    },
): Promise<{ rows: DisputeListRow[]; total: number }> {
  const where = and([
    filter.sellerId === undefined ? undefined : sql`i.seller_id = ${filter.sellerId}`,
    filter.state === undefined ? undefined : sql`d.state = ${filter.state}`,
    filter.search
      ? sql`(i.number ILIKE ${containsPattern(filter.search)} OR c.legal_name ILIKE ${containsPattern(filter.search)})`
      : undefined,
  ]);
  const from = sql`FROM disputes d JOIN invoices i ON i.id = d.invoice_id JOIN customers c ON c.id = d.customer_id`;
  const rows = await queryRows<DisputeListRow>(
    db,
    sql`SELECT d.id, d.invoice_id, i.number AS invoice_number, i.total_cents AS invoice_total_cents,
               i.seller_id, d.customer_id, c.legal_name AS customer_name, d.amount_cents, d.reason,
               d.opened_on::text AS opened_on, d.state, d.resolved_on::text AS resolved_on, d.credit_note_id
          ${from} WHERE ${where}
         ORDER BY ${orderBy(filter.order, [disputeKeys[filter.sort ?? 'openedOn'], sql`d.id`])}
         LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const [count] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n ${from} WHERE ${where}`);
  return { rows, total: Number(count!.n) };
}

export interface DunningQueueRow {
  readonly seller_id: string;
  readonly customer_id: string;
  readonly customer_name: string;
  readonly case_id: string | null;
  readonly opened_on: string | null;
  readonly suspended_on: string | null;
  readonly last_step: string | null;
  readonly last_sent_on: string | null;
  readonly last_pay_by: string | null;
  readonly oldest_due_on: string | null;
}

// The customer and seller end every sort: together they are unique in the queue.
const dunningKeys: Record<(typeof DUNNING_QUEUE_SORTS)[number], SQL> = {
  dueOn: sql`coalesce(q.oldest_due_on, q.opened_on)`,
  customer: sql`c.legal_name`,
  amount: sql`coalesce(q.overdue_cents, 0)`,
};

/**
 * The dunning queue on `asOf`: every open case, and every customer with an issued invoice past its
 * due date that credit notes and payments have not settled (as the daily run reviews them), oldest
 * due first; search the customer's name or id.
 */
export async function dunningQueuePage(
  db: Db,
  filter: PageWindow &
    Sorted<(typeof DUNNING_QUEUE_SORTS)[number]> & {
      readonly sellerId?: string;
      readonly search?: string;
      readonly asOf: string;
    },
): Promise<{ rows: DunningQueueRow[]; total: number }> {
  const seller = (column: SQL) =>
    filter.sellerId === undefined ? sql`TRUE` : sql`${column} = ${filter.sellerId}`;
  const queue = sql`
    WITH overdue AS (
      -- overdue_cents (the amount sort): the open principal less what open disputes hold back (bit:9.5).
      SELECT i.seller_id, i.customer_id, min(i.due_on) AS oldest_due_on,
             sum(GREATEST(b.open_cents - COALESCE((SELECT sum(d.amount_cents) FROM disputes d
                                                     WHERE d.invoice_id = i.id AND d.state = 'open'), 0), 0)) AS overdue_cents
        FROM invoices i
        CROSS JOIN LATERAL (
          SELECT i.total_cents
                 - COALESCE((SELECT sum(c.total_cents) FROM invoices c WHERE c.corrects_id = i.id AND c.state = 'issued'), 0)
                 - COALESCE((SELECT sum(a.amount_cents) FROM payment_allocations a
                              WHERE a.invoice_id = i.id AND a.component = 'principal' AND a.reversed_on IS NULL), 0)
                 AS open_cents) b
       WHERE ${seller(sql`i.seller_id`)} AND i.state = 'issued' AND i.kind = 'invoice' AND i.due_on < ${filter.asOf}::date
         AND b.open_cents > 0
       GROUP BY i.seller_id, i.customer_id
    ), open_cases AS (
      SELECT id, seller_id, customer_id, opened_on, suspended_on
        FROM dunning_cases WHERE closed_on IS NULL AND ${seller(sql`seller_id`)}
    ), queue AS (
      SELECT coalesce(oc.seller_id, o.seller_id) AS seller_id, coalesce(oc.customer_id, o.customer_id) AS customer_id,
             oc.id AS case_id, oc.opened_on, oc.suspended_on, o.oldest_due_on, o.overdue_cents
        FROM open_cases oc FULL JOIN overdue o ON o.seller_id = oc.seller_id AND o.customer_id = oc.customer_id
    )
    SELECT q.seller_id, q.customer_id, c.legal_name AS customer_name, q.case_id, q.opened_on::text AS opened_on,
           q.suspended_on::text AS suspended_on, q.oldest_due_on::text AS oldest_due_on,
           l.step AS last_step, l.sent_on::text AS last_sent_on, l.pay_by::text AS last_pay_by
      FROM queue q
      JOIN customers c ON c.id = q.customer_id
      LEFT JOIN LATERAL (SELECT step, sent_on, pay_by FROM dunning_letters
                          WHERE case_id = q.case_id ORDER BY sent_on DESC, id DESC LIMIT 1) l ON TRUE
     WHERE ${filter.search ? sql`(c.legal_name ILIKE ${containsPattern(filter.search)} OR c.id = ${filter.search})` : sql`TRUE`}`;
  const rows = await queryRows<DunningQueueRow>(
    db,
    sql`${queue} ORDER BY ${orderBy(filter.order, [dunningKeys[filter.sort ?? 'dueOn'], sql`q.customer_id`, sql`q.seller_id`])}
         LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const [count] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM (${queue}) AS counted`);
  return { rows, total: Number(count!.n) };
}

export interface InvoicePaymentRow {
  readonly payment_id: string;
  readonly value_date: string;
  readonly source: string;
  readonly matched_by: string | null;
  readonly component: string;
  readonly amount_cents: string;
  readonly allocated_on: string;
  readonly reversed_on: string | null;
}

/** What paid an invoice: each allocation with its payment, in the order they were made. */
export function paymentsOfInvoice(db: Db, invoiceId: string): Promise<InvoicePaymentRow[]> {
  return queryRows<InvoicePaymentRow>(
    db,
    sql`SELECT a.payment_id, p.value_date::text AS value_date, p.source, p.matched_by, a.component,
               a.amount_cents, a.allocated_on::text AS allocated_on, a.reversed_on::text AS reversed_on
          FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
         WHERE a.invoice_id = ${invoiceId}
         ORDER BY a.id`,
  );
}

/** The issued credit notes correcting an invoice: their total, stored positive. */
export async function creditedCentsOf(db: Db, invoiceId: string): Promise<number> {
  const [row] = await queryRows<{ cents: string | null }>(
    db,
    sql`SELECT sum(total_cents) AS cents FROM invoices WHERE corrects_id = ${invoiceId} AND state = 'issued'`,
  );
  return Number(row?.cents ?? 0);
}

/** The part of an invoice open disputes hold back (bit:9.5). */
export async function openDisputedCentsOf(db: Db, invoiceId: string): Promise<number> {
  const [row] = await queryRows<{ cents: string | null }>(
    db,
    sql`SELECT sum(amount_cents) AS cents FROM disputes WHERE invoice_id = ${invoiceId} AND state = 'open'`,
  );
  return Number(row?.cents ?? 0);
}
