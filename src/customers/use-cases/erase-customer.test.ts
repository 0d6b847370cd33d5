import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { recordPayment } from '../../collections/index.ts';
import { cancelContract } from '../../contracts/index.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { eraseCustomer } from './erase-customer.ts';
import { actor, billPendingCharges, on, personOf, seedCustomerWithHistory } from './privacy-test-support.ts';
import type { Person, Seeded } from './privacy-test-support.ts';

/** Every text, jsonb and array column of every table where one of the needles occurs, as `table.column`. */
async function whereFound(db: Db, needles: readonly string[]): Promise<string[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'jsonb', 'json', 'ARRAY', 'character varying')
        order by 1, 2`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns)
    for (const needle of needles) {
      const [hit] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${sql.identifier(table)}
            where ${sql.identifier(column)}::text ilike ${`%${needle}%`}`,
      );
      if (hit!.n > 0) found.push(`${table}.${column}`);
    }
  return [...new Set(found)];
}

const needlesOf = (person: Person) => [
  person.legalName,
  person.email,
  person.contactName,
  person.phone.slice(3),
  person.street,
  person.kvkNumber,
  person.iban,
  person.neighbour,
  '687654321',
];

describeEachStore('erasing a customer (vn:5.1, nl:vat)', (database) => {
  const db = () => database().db;
  const person = personOf('E', '30000003');
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seedCustomerWithHistory(db, person, 'BIT-900001');
  });

  it('is refused while a contract has not ended, naming it, and changes nothing', async () => {
    const refused = eraseCustomer(on(db, '2026-03-03'), seeded.customerId, { reason: 'request' });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toThrow(new RegExp(`contract ${seeded.contractId} is formed.*vn:5\\.1`));
    expect(await whereFound(db(), [person.legalName])).toContain('customers.legal_name');
  });

  it('is refused while a charge waits to be invoiced, or an invoice is open, naming it', async () => {
    await cancelContract(on(db, '2026-03-04'), { contractId: seeded.contractId });
    await expect(
      eraseCustomer(on(db, '2026-03-05'), seeded.customerId, { reason: 'request' }),
    ).rejects.toThrow(/charge CH-\d+ \(.*\) is not yet invoiced/);
    await billPendingCharges(db(), seeded.customerId, seeded.invoiceId);
    await expect(
      eraseCustomer(on(db, '2026-03-05'), seeded.customerId, { reason: 'request' }),
    ).rejects.toThrow(/invoice BIT-900001 is open \(€ 181,50\)/);
  });

  it('needs a reason', async () => {
    await expect(eraseCustomer(on(db, '2026-03-05'), seeded.customerId, { reason: ' ' })).rejects.toThrow(
      InvalidInputError,
    );
  });

  it('then leaves no personal value anywhere but in the issued invoice and the append-only audit log', async () => {
    await recordPayment(on(db, '2026-03-05'), {
      sellerId: 'bit',
      customerId: seeded.customerId,
      amountCents: seeded.invoiceTotalCents,
      valueDate: Temporal.PlainDate.from('2026-03-05'),
    });
    const invoiceBefore = await invoiceRow(db(), seeded.invoiceId);
    // Two portal users of the customer, one signed in by token (issue 8).
    const portal = await createTestUser(db(), {
      role: 'customer',
      customerId: seeded.customerId,
      name: person.contactName,
    });
    await createTestUser(db(), { role: 'customer', customerId: seeded.customerId, name: person.contactName });
    await userTokenFor(db(), portal.id);
    expect((await whereFound(db(), needlesOf(person))).length).toBeGreaterThan(8);

    const report = await eraseCustomer(on(db, '2026-03-06'), seeded.customerId, {
      reason: 'request by e-mail of 2026-03-06',
    });

    expect(report).toMatchObject({ customerId: seeded.customerId, erased: true });
    expect(report.changed).toMatchObject({ customers: 1, customer_contacts: 1 });
    expect(Object.keys(report.changed)).toEqual(
      expect.arrayContaining(['messages', 'fault_tickets', 'complaints', 'premises']),
    );
    expect(report.changed.invoices).toBeUndefined();
    // nl:vat: the invoice stays exactly as issued, with the customer as invoiced.
    expect(await invoiceRow(db(), seeded.invoiceId)).toEqual(invoiceBefore);
    // The audit log is append-only (migration 0001): customer.created keeps the name it recorded.
    expect(await whereFound(db(), needlesOf(person))).toEqual(['audit_events.details', 'invoices.customer']);
    const auditHits = await queryRows<{ action: string }>(
      db(),
      sql`select action from audit_events where details::text ilike ${`%${person.legalName}%`}`,
    );
    expect(auditHits.map((hit) => hit.action)).toEqual(['customer.created']);
    const users = await queryRows<{
      name: string;
      email: string;
      active: boolean;
      password_hash: string | null;
    }>(
      db(),
      sql`select name, email, active, password_hash from users where customer_id = ${seeded.customerId} order by id`,
    );
    expect(users).toHaveLength(2);
    for (const user of users) {
      expect(user).toMatchObject({ name: '[erased]', active: false, password_hash: null });
      expect(user.email).toMatch(/^erased-.+@erased\.invalid$/);
    }
    const [credentials] = await queryRows<{ n: number }>(
      db(),
      sql`select (select count(*) from user_api_tokens t join users u on u.id = t.user_id
                  where u.customer_id = ${seeded.customerId})::int as n`,
    );
    expect(credentials).toEqual({ n: 0 });

    const [customer] = await queryRows<{ legal_name: string; email: string; kvk_number: string | null }>(
      db(),
      sql`select legal_name, email, kvk_number from customers where id = ${seeded.customerId}`,
    );
    expect(customer).toEqual({
      legal_name: `Erased customer ${seeded.customerId}`,
      email: `${seeded.customerId.toLowerCase()}@erased.invalid`,
      kvk_number: null,
    });
    const [premises] = await queryRows<{ customer_id: string | null }>(
      db(),
      sql`select customer_id from premises where address->>'street' = 'Stationsplein'`,
    );
    expect(premises).toEqual({ customer_id: null });
  });

  it('records who erased and why, not what', async () => {
    const trail = await auditTrailOf(db(), { type: 'customer', id: seeded.customerId });
    const erased = trail.filter((event) => event.action === 'customer.erased');
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({
      actor: actor.id,
      origin: 'test',
      reason: 'request by e-mail of 2026-03-06',
    });
    const text = JSON.stringify(erased[0]);
    for (const needle of needlesOf(person)) expect(text).not.toContain(needle);
  });

  it('a second erasure changes nothing', async () => {
    const count = async () => (await auditTrailOf(db(), { type: 'customer', id: seeded.customerId })).length;
    const before = await count();
    const again = await eraseCustomer(on(db, '2026-04-01'), seeded.customerId, { reason: 'again' });
    expect(again).toMatchObject({ erased: false, changed: {} });
    expect(again.erasedAt).toMatch(/^2026-03-06/);
    expect(await count()).toBe(before);
  });

  it('answers not found for an unknown customer', async () => {
    await expect(eraseCustomer(on(db, '2026-04-01'), 'CU-404404', { reason: 'x' })).rejects.toThrow(
      /customer 'CU-404404' does not exist/,
    );
  });
});

async function invoiceRow(db: Db, id: string): Promise<unknown> {
  const [row] = await queryRows<{ row: unknown }>(
    db,
    sql`select to_jsonb(i) as row from invoices i where id = ${id}`,
  );
  return row!.row;
}
