import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';

export interface QuarterRunRow {
  readonly seller_id: string;
  readonly id: string;
  readonly state: string;
}

/** The bill runs of `period` of the given sellers (bill_runs_seller_period_key). */
export function quarterRunRows(db: Db, sellerIds: readonly string[], period: string) {
  if (sellerIds.length === 0) return Promise.resolve([]);
  return queryRows<QuarterRunRow>(
    db,
    sql`SELECT seller_id, id, state FROM bill_runs
         WHERE period = ${period} AND seller_id IN (${sql.join(
           sellerIds.map((id) => sql`${id}`),
           sql`, `,
         )})`,
  );
}
