import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';

/**
 * Where Vezel keeps what it holds about a customer (vn:5.1), read from the database's own catalogue
 * so that a table added later with a `customer_id` is exported and erased without a change here:
 * every table with that column, and the tables below that reach a customer only through a parent.
 */
export interface CustomerTable {
  readonly table: string;
  /** The rows of the customer in this table, as a condition on the table aliased `t`. */
  readonly rowsOf: (customerId: string) => SQL;
}

/** Tables that belong to a customer through their parent row: events, lines, letters, holds. */
const CHILD_TABLES: readonly { table: string; column: string; parent: string }[] = [
  { table: 'contract_events', column: 'contract_id', parent: 'contracts' },
  { table: 'invoice_lines', column: 'invoice_id', parent: 'invoices' },
  { table: 'network_order_events', column: 'order_id', parent: 'network_orders' },
  // The end user's signed order form (vn:2.3.3): its file, with the signatory's name in it.
  { table: 'network_order_forms', column: 'order_id', parent: 'network_orders' },
  { table: 'fault_ticket_events', column: 'ticket_id', parent: 'fault_tickets' },
  { table: 'dunning_letters', column: 'case_id', parent: 'dunning_cases' },
  { table: 'abuse_measures', column: 'case_id', parent: 'abuse_cases' },
  { table: 'service_holds', column: 'service_id', parent: 'network_services' },
  { table: 'force_majeure_services', column: 'service_id', parent: 'network_services' },
  // The traffic of the customer's metered ports, sampled every 5 minutes.
  { table: 'port_samples', column: 'port_id', parent: 'metered_ports' },
];

/** The tables a customer's data lives in, `customers` first, then by name. */
export async function customerTables(db: Db): Promise<CustomerTable[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns
        where table_schema = current_schema() and column_name = 'customer_id' and data_type = 'text'
        order by table_name`,
  );
  const direct: CustomerTable[] = rows.map(({ table_name: table }) => ({
    table,
    rowsOf: (customerId) => sql`t.customer_id = ${customerId}`,
  }));
  const children: CustomerTable[] = CHILD_TABLES.map(({ table, column, parent }) => ({
    table,
    rowsOf: (customerId) =>
      sql`t.${sql.identifier(column)} in (select id from ${sql.identifier(parent)} where customer_id = ${customerId})`,
  }));
  const provisioning: CustomerTable = {
    table: 'provisioning_jobs',
    // The jobs name their subject as `service:S-1`.
    rowsOf: (customerId) =>
      sql`t.subject in (select 'service:' || id from network_services where customer_id = ${customerId})`,
  };
  const customer: CustomerTable = { table: 'customers', rowsOf: (customerId) => sql`t.id = ${customerId}` };
  return [customer, ...[...direct, ...children, provisioning].sort((a, b) => a.table.localeCompare(b.table))];
}

/** The text and jsonb columns of a table: where names, addresses and free text can be. */
export async function textColumnsOf(
  db: Db,
  table: string,
): Promise<{ column: string; type: 'text' | 'jsonb' }[]> {
  const rows = await queryRows<{ column_name: string; data_type: string }>(
    db,
    sql`select column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}
          and data_type in ('text', 'jsonb', 'character varying')
        order by ordinal_position`,
  );
  return rows.map((row) => ({
    column: row.column_name,
    type: row.data_type === 'jsonb' ? 'jsonb' : 'text',
  }));
}
