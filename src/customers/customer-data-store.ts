import { sql } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';
import { customerTables } from './customer-data-catalogue.ts';

export type TableRows = Record<string, unknown>[];

/**
 * Every row that holds something about the customer, table by table, each row as the database keeps
 * it (column names as in the schema). Tables with nothing for the customer are left out.
 */
export async function customerDataRows(db: Db, customerId: string): Promise<Record<string, TableRows>> {
  const tables: Record<string, TableRows> = {};
  for (const { table, rowsOf } of await customerTables(db)) {
    const rows = await queryRows<{ row: Record<string, unknown> }>(
      db,
      // A user's password hash is a credential, not data about the customer.
      sql`select to_jsonb(t) - 'password_hash' as row from ${sql.identifier(table)} t where ${rowsOf(customerId)}`,
    );
    if (rows.length > 0) tables[table] = rows.map(({ row }) => row).sort(byId);
  }
  return tables;
}

/** The audit events about the customer and its quotes, orders, contracts, invoices and payments, oldest first. */
export async function customerAuditRows(db: Db, customerId: string): Promise<TableRows> {
  const rows = await queryRows<{ row: Record<string, unknown> }>(
    db,
    sql`select to_jsonb(t) as row from audit_events t
        where (t.subject_type = 'customer' and t.subject_id = ${customerId})
           or (t.subject_type = 'contract'
               and t.subject_id in (select id from contracts where customer_id = ${customerId}))
           or (t.subject_type = 'invoice'
               and t.subject_id in (select id from invoices where customer_id = ${customerId}))
           or (t.subject_type = 'quote'
               and t.subject_id in (select id from quotes where customer_id = ${customerId}))
           or (t.subject_type = 'order'
               and t.subject_id in (select id from orders where customer_id = ${customerId}))
           or (t.subject_type = 'payment'
               and t.subject_id in (select id from payments where customer_id = ${customerId}))
        order by t.id`,
  );
  return rows.map(({ row }) => row);
}

function byId(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const [x, y] = [a.id, b.id];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''), 'en', { numeric: true });
}
