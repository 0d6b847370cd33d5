import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { customers } from '../schema.ts';
import { createCustomer } from './create-customer.ts';
import type { CreateCustomer } from './create-customer.ts';
import { getCustomer, listCustomers } from './get-customer.ts';
import { business, dutchVatId, testContext } from './test-customers.ts';

describeEachStore('creating a customer', (database, kind) => {
  const context = testContext(database);
  const refusal = (input: CreateCustomer) =>
    createCustomer(context(), input).catch((error: unknown) => error);

  it('creates a business with its contacts, normalised, and records who did', async () => {
    const customer = await createCustomer(context(), {
      ...business(10000001),
      vatId: 'nl 1234.56.782 b01',
      iban: 'nl20 ingb 0001 2345 67',
      deliveryAddress: {
        street: 'Galileïlaan',
        houseNumber: 19,
        houseNumberAddition: 'a',
        postcode: '6716bp',
        city: 'Ede',
      },
      contacts: [
        { name: 'Piet de Vries', roles: ['fault', 'technical'], phoneOfficeHours: '0318 648 688' },
        { name: 'Ans', roles: ['billing'], email: 'ans@company.example' },
      ],
    });
    expect(customer).toMatchObject({
      id: expect.stringMatching(/^CU-\d+$/),
      kind: 'business',
      kvkNumber: '10000001',
      vatId: 'NL123456782B01',
      iban: 'NL20INGB0001234567',
      deliveryAddress: { houseNumber: '19', houseNumberAddition: 'a', postcode: '6716 BP', country: 'NL' },
      contacts: [
        {
          name: 'Piet de Vries',
          roles: ['technical', 'fault'],
          phoneOfficeHours: '+31318648688',
          email: null,
        },
        { name: 'Ans', roles: ['billing'], email: 'ans@company.example' },
      ],
      faultReadiness: { ready: false, missing: ['faultContact.phoneOutsideOfficeHours'] },
      createdBy: 'user:anna',
    });
    expect(await getCustomer(database().db, customer.id)).toEqual(customer);
    const trail = await auditTrailOf(database().db, { type: 'customer', id: customer.id });
    expect(trail).toMatchObject([
      {
        action: 'customer.created',
        actor: 'user:anna',
        origin: 'test',
        details: { kind: 'business', kvkNumber: '10000001', contactIds: customer.contacts.map((c) => c.id) },
      },
    ]);
  });

  it('creates a consumer without KvK number or VAT id', async () => {
    const customer = await createCustomer(context(), {
      kind: 'consumer',
      legalName: 'J. Jansen',
      email: 'jan@example.nl',
      billingAddress: { street: 'Weena', houseNumber: '1', postcode: '3012 CM', city: 'Rotterdam' },
    });
    expect(customer).toMatchObject({ kind: 'consumer', kvkNumber: null, vatId: null, contacts: [] });
  });

  it('names every bad field at once, contacts included, and creates nothing', async () => {
    const before = (await listCustomers(database().db)).total;
    const error = await refusal({
      kind: 'consumer',
      legalName: '',
      kvkNumber: '1234',
      vatId: 'XX123',
      iban: 'NL00INGB0001234567',
      email: 'jan',
      billingAddress: { street: 'Weena', houseNumber: '1a', postcode: '3012', city: 'Rotterdam' },
      contacts: [
        { name: 'Piet', roles: ['fault'], phoneOfficeHours: '12' },
        { name: 'Ans', roles: [] },
      ],
      notes: 'x',
    } as CreateCustomer);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual([
      'notes',
      'legalName',
      'kvkNumber',
      'vatId',
      'iban',
      'email',
      'billingAddress.houseNumber',
      'billingAddress.postcode',
      'contacts.0.phoneOfficeHours',
      'contacts.1.roles',
      'contacts.1.email',
    ]);
    expect((await listCustomers(database().db)).total).toBe(before);
  });

  it('refuses a second customer with the same KvK number, naming the first', async () => {
    const first = await createCustomer(context(), business(20000002));
    const error = await refusal(business(20000002, { name: 'Other name B.V.' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `customer ${first.id} already has KvK number 20000002: use that customer, or correct the number`,
    );
  });

  it('refuses a second customer with the same VAT id, however it is typed', async () => {
    const first = await createCustomer(context(), business(30000003, { vat: 3 }));
    const typed = dutchVatId(3).replace(/^NL/, 'nl ').replace('B', ' b');
    const error = await refusal({ ...business(30000004), vatId: typed });
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(
      new RegExp(`^customer ${first.id} already has VAT id ${dutchVatId(3)}`),
    );
  });

  it('lets one of two simultaneous creations of the same company win; the other gets the conflict', async () => {
    const results = await Promise.allSettled([
      createCustomer(context(), business(40000004, { vat: 4 })),
      createCustomer(context(), business(40000004, { vat: 4, name: 'Same company' })),
    ]);
    const created = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = (created[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    const reason = (refused[0] as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(ConflictError);
    expect(reason.message).toMatch(new RegExp(`^customer ${winner} already has KvK number 40000004`));
  });

  it.skipIf(kind !== 'postgres')(
    'answers the unique index stopping a creation that passed the duplicate check as the same conflict',
    async () => {
      const db = database().db;
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let inserted = () => {};
      const holding = new Promise<void>((resolve) => (inserted = resolve));
      const first = db.transaction(async (tx) => {
        const [row] = await tx
          .insert(customers)
          .values({
            kind: 'business',
            legalName: 'First clerk B.V.',
            kvkNumber: '50000005',
            email: 'a@first.example',
            billingAddress: {
              street: 'Weena',
              houseNumber: '1',
              postcode: '3012 CM',
              city: 'Rotterdam',
              country: 'NL',
            },
            createdAt: '2026-11-22T11:00:00Z',
            createdBy: 'user:ben',
          })
          .returning({ id: customers.id });
        inserted();
        await gate;
        return row!.id;
      });
      await holding;
      // The first clerk's row is not committed: the check passes, the insert waits on the index.
      const second = createCustomer(context(), business(50000005)).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      const firstId = await first;
      const error = await second;
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toMatch(
        new RegExp(`^customer ${firstId} already has KvK number 50000005`),
      );
    },
  );
});
