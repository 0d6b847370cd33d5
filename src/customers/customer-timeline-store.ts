import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';

/**
 * What an audit event's subject belongs to: the subject types of the audit log that hold a
 * customer, and the table whose `customer_id` says whose each one is. Dunning steps and letters are
 * recorded on the customer itself, so they come with `customer`.
 */
export const CUSTOMER_SUBJECTS: readonly { readonly type: string; readonly table: string }[] = [
  { type: 'contract', table: 'contracts' },
  { type: 'quote', table: 'quotes' },
  { type: 'order', table: 'orders' },
  { type: 'invoice', table: 'invoices' },
  { type: 'payment', table: 'payments' },
  { type: 'subscription', table: 'subscriptions' },
  { type: 'mandate', table: 'mandates' },
  { type: 'complaint', table: 'complaints' },
  { type: 'dispute', table: 'disputes' },
  { type: 'fault-ticket', table: 'fault_tickets' },
  { type: 'abuse-case', table: 'abuse_cases' },
  { type: 'liability-claim', table: 'liability_claims' },
  { type: 'cpe', table: 'cpe_devices' },
  { type: 'link', table: 'links' },
  { type: 'network-order', table: 'network_orders' },
  { type: 'metered-port', table: 'metered_ports' },
  { type: 'message', table: 'messages' },
];

export interface TimelineRow {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly origin: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly reason: string | null;
  readonly details: Record<string, unknown>;
}

/**
 * The audit events of a customer and of everything it holds, newest first, by keyset: `before` is
 * the id the previous page ended at. Each subject is looked up on the audit log's (type, id, event
 * id) index, so a customer with a long history costs its own events, not the whole log.
 */
export async function customerTimelineRows(
  db: Db,
  customerId: string,
  page: { readonly limit: number; readonly before?: number | undefined },
): Promise<TimelineRow[]> {
  const subjects = sql.join(
    [
      sql`select 'customer'::text as type, ${customerId}::text as id`,
      ...CUSTOMER_SUBJECTS.map(({ type, table }) => subjectsOf(type, table, customerId)),
    ],
    sql` union all `,
  );
  const rows = await queryRows<{
    id: number | string;
    occurred_at: string | Date;
    actor: string;
    origin: string;
    action: string;
    subject_type: string;
    subject_id: string;
    reason: string | null;
    details: Record<string, unknown> | string;
  }>(
    db,
    sql`select e.id, e.occurred_at, e.actor, e.origin, e.action, e.subject_type, e.subject_id,
               e.reason, e.details
          from audit_events e
          join (${subjects}) s on e.subject_type = s.type and e.subject_id = s.id
         where ${page.before === undefined ? sql`true` : sql`e.id < ${page.before}`}
         order by e.id desc
         limit ${page.limit}`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor,
    origin: row.origin,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    reason: row.reason,
    details:
      typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details,
  }));
}

function subjectsOf(type: string, table: string, customerId: string): SQL {
  return sql`select ${type}::text, t.id::text from ${sql.identifier(table)} t where t.customer_id = ${customerId}`;
}
