import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { sellerIs } from './attention-rows.ts';
import type { AttentionRow } from './attention-rows.ts';

/**
 * Notice deadlines, renewals and effective ends within [from, until] from the contract_dates cache
 * (fresh once refreshContractDates ran for the day), soonest first, then by contract id, then in
 * that order of kinds: the partial indexes on each date serve the ranges. Contract ids are `C-` and
 * digits (the schema's default), whose byte order (COLLATE "C") is the order localeCompare gives.
 */
export function contractDateRows(
  db: Db,
  sellerId: string | undefined,
  from: string,
  until: string,
  limit: number,
) {
  const within = (column: string) =>
    sql`${sql.raw(column)} BETWEEN ${from}::date AND ${until}::date${sellerIs(sql`seller_id`, sellerId)}`;
  return queryRows<AttentionRow>(
    db,
    sql`WITH due AS (
          SELECT contract_id, seller_id, notice_deadline AS date, 'notice-deadline' AS detail, 0 AS kind
            FROM contract_dates WHERE ${within('notice_deadline')}
          UNION ALL
          SELECT contract_id, seller_id, renewal_on, 'renewal', 1
            FROM contract_dates WHERE ${within('renewal_on')}
          UNION ALL
          SELECT contract_id, seller_id, effective_end, 'effective-end', 2
            FROM contract_dates WHERE ${within('effective_end')}
        ), first AS (
          SELECT * FROM due ORDER BY date, contract_id COLLATE "C", kind LIMIT ${limit}
        )
        SELECT f.contract_id AS id, f.seller_id, k.customer_id, NULL AS customer_name, f.date::text AS date,
               NULL AS amount_cents, f.detail, o.terms->>'description' AS reference,
               (SELECT count(*) FROM due)::int AS total
          FROM first f
          JOIN contracts k ON k.id = f.contract_id
          JOIN orders o ON o.id = k.order_id
         ORDER BY f.date, f.contract_id COLLATE "C", f.kind`,
  );
}
