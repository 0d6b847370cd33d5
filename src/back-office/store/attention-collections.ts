import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { sellerIs } from './attention-rows.ts';
import type { AttentionRow } from './attention-rows.ts';

/**
 * The unmatched queue, oldest value date first (the partial index payments_unmatched_idx holds
 * exactly these rows).
 */
export function unmatchedPaymentRows(db: Db, sellerId: string | undefined, limit: number) {
  return queryRows<AttentionRow>(
    db,
    sql`SELECT p.id, p.seller_id, NULL AS customer_id, NULL AS customer_name, p.value_date::text AS date,
               p.amount_cents, p.counterparty_name AS detail, p.remittance AS reference,
               (count(*) OVER ())::int AS total
          FROM payments p
         WHERE p.customer_id IS NULL${sellerIs(sql`p.seller_id`, sellerId)}
         ORDER BY p.value_date, p.id
         LIMIT ${limit}`,
  );
}

/** Open disputes, oldest first, with the disputed invoice's number. */
export function openDisputeRows(db: Db, sellerId: string | undefined, limit: number) {
  return queryRows<AttentionRow>(
    db,
    sql`SELECT d.id, i.seller_id, d.customer_id, c.legal_name AS customer_name, d.opened_on::text AS date,
               d.amount_cents, i.number AS detail, d.invoice_id AS reference,
               (count(*) OVER ())::int AS total
          FROM disputes d
          JOIN invoices i ON i.id = d.invoice_id
          JOIN customers c ON c.id = d.customer_id
         WHERE d.state = 'open'${sellerIs(sql`i.seller_id`, sellerId)}
         ORDER BY d.opened_on, d.id
         LIMIT ${limit}`,
  );
}

/** What the dunning ladder needs of one customer with something overdue or an open case. */
export interface DunningCandidateRow {
  readonly customer_id: string;
  readonly customer_name: string;
  readonly customer_kind: 'business' | 'consumer';
  readonly case_opened_on: string | null;
  /** The steps the open case took, as "step@YYYY-MM-DD", oldest first. */
  readonly steps: string[] | null;
  readonly overdue_cents: string | number | null;
  readonly oldest_due_on: string | null;
}

/**
 * The customers the daily dunning run would look at (as customersToDun does), each with the
 * figures evaluateDunning reads: the overdue principal less what open disputes hold back, the oldest
 * such due date, and the open case's steps. Payments not yet allocated are not applied here.
 */
export function dunningCandidateRows(db: Db, sellerId: string, asOf: string) {
  return queryRows<DunningCandidateRow>(
    db,
    sql`WITH open_invoices AS (
          SELECT i.customer_id, i.due_on,
                 greatest(0, i.total_cents
                   - COALESCE((SELECT sum(c.total_cents) FROM invoices c
                                WHERE c.corrects_id = i.id AND c.state = 'issued'), 0)
                   - COALESCE((SELECT sum(a.amount_cents) FROM payment_allocations a
                                WHERE a.invoice_id = i.id AND a.component = 'principal'
                                  AND a.reversed_on IS NULL), 0)) AS principal,
                 COALESCE((SELECT sum(d.amount_cents) FROM disputes d
                            WHERE d.invoice_id = i.id AND d.state = 'open'), 0) AS disputed
            FROM invoices i
           WHERE i.seller_id = ${sellerId} AND i.state = 'issued' AND i.kind = 'invoice'
             AND i.due_on < ${asOf}::date
        ), overdue AS (
          SELECT customer_id, sum(principal - least(disputed, principal)) AS overdue_cents,
                 min(due_on)::text AS oldest_due_on
            FROM open_invoices WHERE principal - least(disputed, principal) > 0
           GROUP BY customer_id
        ), cases AS (
          SELECT k.customer_id, k.opened_on::text AS case_opened_on,
                 array_remove(array_agg(l.step || '@' || l.sent_on::text ORDER BY l.sent_on, l.id), NULL) AS steps
            FROM dunning_cases k LEFT JOIN dunning_letters l ON l.case_id = k.id
           WHERE k.seller_id = ${sellerId} AND k.closed_on IS NULL
           GROUP BY k.customer_id, k.opened_on
        )
        SELECT c.id AS customer_id, c.legal_name AS customer_name, c.kind AS customer_kind,
               k.case_opened_on, k.steps, o.overdue_cents, o.oldest_due_on
          FROM (SELECT customer_id FROM overdue UNION SELECT customer_id FROM cases) w
          JOIN customers c ON c.id = w.customer_id
          LEFT JOIN overdue o ON o.customer_id = w.customer_id
          LEFT JOIN cases k ON k.customer_id = w.customer_id
         ORDER BY o.oldest_due_on NULLS LAST, c.id`,
  );
}
