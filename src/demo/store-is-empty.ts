import { sql } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';

/** No customers and no users: a store the demo may fill (`vezel serve` loads it only then). */
export async function storeIsEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ taken: boolean }>(
    db,
    sql`select exists (select 1 from customers) or exists (select 1 from users) as taken`,
  );
  return row?.taken === false;
}
