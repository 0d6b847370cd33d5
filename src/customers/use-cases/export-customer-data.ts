import { sql } from 'drizzle-orm';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { customerAuditRows, customerDataRows } from '../customer-data-store.ts';
import type { TableRows } from '../customer-data-store.ts';

/** Everything Vezel holds about a customer, as one JSON document (vn:5.1, GDPR art. 15 and 20). */
export interface CustomerDataExport {
  readonly customerId: string;
  readonly exportedAt: string;
  readonly because: string[];
  /** Each table with the customer's rows as stored: the customer, contacts, contracts, invoices… */
  readonly tables: Record<string, TableRows>;
  /** The audit log about the customer, its contracts and invoices: who changed what, when and why. */
  readonly auditEvents: TableRows;
}

/**
 * Reads everything about the customer in one transaction (one consistent snapshot), and records
 * who exported it: handing out personal data is itself worth an audit event.
 */
export async function exportCustomerData(context: Context, customerId: string): Promise<CustomerDataExport> {
  return context.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const tables = await customerDataRows(tx, customerId);
    if (!tables.customers) throw new NotFoundError('customer', customerId);
    const auditEvents = await customerAuditRows(tx, customerId);
    await auditChange(tx, context, {
      action: 'customer.dataExported',
      subject: { type: 'customer', id: customerId },
      details: { tables: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])) },
    });
    return {
      customerId,
      exportedAt: context.clock.now().toString(),
      because: ['vn:5.1'],
      tables,
      auditEvents,
    };
  });
}
