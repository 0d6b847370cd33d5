import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { exportCustomerData } from './export-customer-data.ts';
import { on, personOf, seedCustomerWithHistory } from './privacy-test-support.ts';
import type { Seeded } from './privacy-test-support.ts';

describeEachStore("exporting a customer's data (vn:5.1)", (database) => {
  const db = () => database().db;
  const person = personOf('X', '40000004');
  const other = personOf('Y', '50000005');
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seedCustomerWithHistory(db, person, 'BIT-910001');
    await seedCustomerWithHistory(db, other, 'BIT-910002');
  });

  it('holds everything about the customer, table by table, and nothing about another', async () => {
    const document = await exportCustomerData(on(db, '2026-03-10'), seeded.customerId);
    expect(document).toMatchObject({ customerId: seeded.customerId, because: ['vn:5.1'] });
    expect(Object.keys(document.tables)).toEqual(
      expect.arrayContaining([
        'customers',
        'customer_contacts',
        'premises',
        'orders',
        'contracts',
        'invoices',
        'invoice_lines',
        'messages',
        'fault_tickets',
        'complaints',
      ]),
    );
    expect(Object.keys(document.tables)[0]).toBe('customers');
    expect(document.tables.customers).toEqual([
      expect.objectContaining({ id: seeded.customerId, legal_name: person.legalName, email: person.email }),
    ]);
    expect(document.tables.customer_contacts).toEqual([
      expect.objectContaining({ name: person.contactName, phone_office_hours: person.phone }),
    ]);
    expect(document.tables.invoices).toEqual([expect.objectContaining({ number: 'BIT-910001' })]);
    expect(document.tables.invoice_lines).toEqual([
      expect.objectContaining({ invoice_id: seeded.invoiceId }),
    ]);
    expect(document.tables.contracts).toEqual([expect.objectContaining({ id: seeded.contractId })]);
    expect(document.tables.fault_tickets![0]).toMatchObject({
      report: expect.objectContaining({ description: expect.stringContaining(person.neighbour) }),
    });
    expect(document.auditEvents.map((event) => event.action)).toEqual(
      expect.arrayContaining(['customer.created', 'order.received', 'order.confirm']),
    );
    const text = JSON.stringify(document);
    for (const value of [other.legalName, other.email, other.contactName, 'BIT-910002'])
      expect(text).not.toContain(value);
    expect(JSON.parse(text)).toEqual(document);
  });

  it('records who exported it', async () => {
    const trail = await auditTrailOf(db(), { type: 'customer', id: seeded.customerId });
    expect(trail.at(-1)).toMatchObject({
      action: 'customer.dataExported',
      actor: 'user:privacy',
      details: { tables: expect.objectContaining({ customers: 1, customer_contacts: 1 }) },
    });
  });

  it('answers not found for an unknown customer', async () => {
    await expect(exportCustomerData(on(db, '2026-03-10'), 'CU-404404')).rejects.toThrow(
      /customer 'CU-404404' does not exist/,
    );
  });
});
