import type { SQL } from 'drizzle-orm';
import type { Db } from './database.ts';

/**
 * Plain SQL where the query builder does not reach. Both drivers answer `{ rows }`; the row type is
 * the caller's promise about the select list.
 */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
