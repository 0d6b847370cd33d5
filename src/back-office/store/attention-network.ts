import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { sellerIs } from './attention-rows.ts';
import type { AttentionRow } from './attention-rows.ts';

/**
 * Open fault tickets whose maximum repair time (vn:6.4.10) has passed (`breached`) or falls within
 * the warning hours (`warning`), soonest first: the partial index fault_tickets_open_idx on
 * maximum_by holds exactly the open tickets.
 */
export function faultSlaRows(
  db: Db,
  sellerId: string | undefined,
  now: string,
  horizon: string,
  limit: number,
) {
  return queryRows<AttentionRow>(
    db,
    sql`SELECT t.id, t.seller_id, t.customer_id, c.legal_name AS customer_name, to_char(t.maximum_by AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS date,
               NULL AS amount_cents,
               CASE WHEN t.breached_at IS NOT NULL OR t.maximum_by < ${now}::timestamptz THEN 'breached'
                    ELSE 'warning' END AS detail,
               t.kind AS reference, (count(*) OVER ())::int AS total
          FROM fault_tickets t
          JOIN customers c ON c.id = t.customer_id
         WHERE t.state NOT IN ('resolved', 'closed') AND t.repair_reported_at IS NULL
           AND t.maximum_by <= ${horizon}::timestamptz${sellerIs(sql`t.seller_id`, sellerId)}
         ORDER BY t.maximum_by, t.id
         LIMIT ${limit}`,
  );
}

/** Switches due back (vn:1.6.5) whose return date has passed, most overdue first. */
export function overdueCpeRows(db: Db, sellerId: string | undefined, today: string, limit: number) {
  return queryRows<AttentionRow>(
    db,
    sql`SELECT d.id, o.seller_id, d.customer_id, c.legal_name AS customer_name, d.return_due_on::text AS date,
               d.deposit_cents AS amount_cents, d.serial_number AS detail,
               d.return_reminders_sent::text AS reference, (count(*) OVER ())::int AS total
          FROM cpe_devices d
          LEFT JOIN customers c ON c.id = d.customer_id
          LEFT JOIN contracts k ON k.id = d.contract_id
          LEFT JOIN orders o ON o.id = k.order_id
         WHERE d.state = 'return-due' AND d.return_due_on < ${today}::date${sellerIs(sql`o.seller_id`, sellerId)}
         ORDER BY d.return_due_on, d.id
         LIMIT ${limit}`,
  );
}

/**
 * Third-party providers' orders accepted and waiting for a planned date (vn:2.3.3), oldest first;
 * the seller is the product's, or the contract's.
 */
export function ordersToPlanRows(db: Db, sellerId: string | undefined, limit: number) {
  return queryRows<AttentionRow>(
    db,
    sql`SELECT n.id, coalesce(p.seller_id, o.seller_id) AS seller_id, n.customer_id,
               c.legal_name AS customer_name, coalesce(n.requested_on::text, to_char(n.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS date,
               NULL AS amount_cents, n.kind AS detail, n.provider_id AS reference,
               (count(*) OVER ())::int AS total
          FROM network_orders n
          JOIN customers c ON c.id = n.customer_id
          LEFT JOIN products p ON p.id = n.product_id
          LEFT JOIN contracts k ON k.id = n.contract_id
          LEFT JOIN orders o ON o.id = k.order_id
         WHERE n.state = 'accepted' AND n.provider_id IS NOT NULL${sellerIs(sql`coalesce(p.seller_id, o.seller_id)`, sellerId)}
         ORDER BY n.submitted_at, n.id
         LIMIT ${limit}`,
  );
}
