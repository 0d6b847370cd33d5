import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { sellerIs } from './attention-rows.ts';

export interface RevenueRow {
  readonly quarter: string;
  readonly seller_id: string;
  readonly product_id: string | null;
  readonly product_name: string | null;
  readonly net_cents: string | number;
}

/**
 * Recurring revenue per quarter of the invoice date, seller and product: the net amounts of issued
 * invoices' recurring lines (and their credits for ended subscriptions), less the credit notes'
 * lines that correct a subscription's fee.
 */
export function revenueRows(db: Db, range: { from: string; to: string; sellerId?: string }) {
  return queryRows<RevenueRow>(
    db,
    sql`SELECT extract(year FROM i.issued_on)::int || '-Q' || extract(quarter FROM i.issued_on)::int AS quarter,
               i.seller_id, l.product_id, p.name AS product_name,
               sum(CASE WHEN i.kind = 'credit-note' THEN -l.net_cents ELSE l.net_cents END) AS net_cents
          FROM invoices i
          JOIN invoice_lines l ON l.invoice_id = i.id
          LEFT JOIN products p ON p.id = l.product_id
         WHERE i.state = 'issued' AND i.issued_on BETWEEN ${range.from}::date AND ${range.to}::date
           AND ((i.kind = 'invoice' AND l.source IN ('recurring', 'credit'))
                OR (i.kind = 'credit-note' AND l.subscription_id IS NOT NULL))${sellerIs(sql`i.seller_id`, range.sellerId)}
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 4, 3`,
  );
}

export interface AgeingRow {
  readonly seller_id: string;
  readonly not_due: string | number;
  readonly days_1_30: string | number;
  readonly days_31_60: string | number;
  readonly days_61_90: string | number;
  readonly over_90: string | number;
  readonly invoices: number;
}

/**
 * What was open of each issued invoice on `asOf` (its total less credit notes and principal paid,
 * as they stood that day), summed per seller in buckets of days past the due date.
 */
export function ageingRows(db: Db, input: { asOf: string; sellerId?: string }) {
  const asOf = input.asOf;
  return queryRows<AgeingRow>(
    db,
    sql`WITH open AS (
          SELECT i.seller_id, ${asOf}::date - i.due_on AS late,
                 i.total_cents
                 - COALESCE((SELECT sum(c.total_cents) FROM invoices c
                              WHERE c.corrects_id = i.id AND c.state = 'issued' AND c.issued_on <= ${asOf}::date), 0)
                 - COALESCE((SELECT sum(a.amount_cents) FROM payment_allocations a
                              WHERE a.invoice_id = i.id AND a.component = 'principal' AND a.allocated_on <= ${asOf}::date
                                AND (a.reversed_on IS NULL OR a.reversed_on > ${asOf}::date)), 0) AS cents
            FROM invoices i
           WHERE i.state = 'issued' AND i.kind = 'invoice' AND i.issued_on <= ${asOf}::date${sellerIs(sql`i.seller_id`, input.sellerId)}
        )
        SELECT seller_id,
               COALESCE(sum(cents) FILTER (WHERE late <= 0), 0) AS not_due,
               COALESCE(sum(cents) FILTER (WHERE late BETWEEN 1 AND 30), 0) AS days_1_30,
               COALESCE(sum(cents) FILTER (WHERE late BETWEEN 31 AND 60), 0) AS days_31_60,
               COALESCE(sum(cents) FILTER (WHERE late BETWEEN 61 AND 90), 0) AS days_61_90,
               COALESCE(sum(cents) FILTER (WHERE late > 90), 0) AS over_90,
               (count(*))::int AS invoices
          FROM open
         WHERE cents > 0
         GROUP BY seller_id
         ORDER BY seller_id`,
  );
}

export interface UsageRow {
  readonly month: string;
  readonly seller_id: string;
  readonly product_id: string;
  readonly product_name: string | null;
  readonly product_kind: string | null;
  readonly quantity: string;
}

/** The quantity of usage per calendar month of its day, seller and usage product. */
export function usageRows(db: Db, range: { from: string; to: string; sellerId?: string }) {
  return queryRows<UsageRow>(
    db,
    sql`SELECT to_char(u.occurred_on, 'YYYY-MM') AS month, u.seller_id, u.product_id,
               p.name AS product_name, p.kind AS product_kind, sum(u.quantity)::text AS quantity
          FROM usage_records u
          LEFT JOIN products p ON p.id = u.product_id
         WHERE u.occurred_on BETWEEN ${range.from}::date AND ${range.to}::date${sellerIs(sql`u.seller_id`, range.sellerId)}
         GROUP BY 1, 2, 3, 4, 5
         ORDER BY 1, 2, 4, 3`,
  );
}
