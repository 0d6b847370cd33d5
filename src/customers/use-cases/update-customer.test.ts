import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { createCustomer } from './create-customer.ts';
import { getCustomer } from './get-customer.ts';
import type { CustomerChanges } from './update-customer.ts';
import { updateCustomer } from './update-customer.ts';
import { business, dutchVatId, testContext } from './test-customers.ts';

describeEachStore('updating a customer', (database) => {
  const context = testContext(database);
  const refusal = (id: string, changes: CustomerChanges) =>
    updateCustomer(context(), { id, changes }).catch((error: unknown) => error);

  it('changes the fields given, records from and to, and leaves the rest', async () => {
    const { id } = await createCustomer(context(), business(60000001));
    const updated = await updateCustomer(context(), {
      id,
      changes: { vatId: dutchVatId(61), iban: 'NL20INGB0001234567', legalName: 'Renamed B.V.' },
    });
    expect(updated).toMatchObject({
      id,
      legalName: 'Renamed B.V.',
      kvkNumber: '60000001',
      vatId: dutchVatId(61),
      iban: 'NL20INGB0001234567',
    });
    const trail = await auditTrailOf(database().db, { type: 'customer', id });
    expect(trail.map((event) => event.action)).toEqual(['customer.created', 'customer.updated']);
    expect(trail[1]?.details).toEqual({
      changes: {
        legalName: { from: 'Company 60000001 B.V.', to: 'Renamed B.V.' },
        vatId: { from: null, to: dutchVatId(61) },
        iban: { from: null, to: 'NL20INGB0001234567' },
      },
    });
  });

  it('records nothing when nothing changes, however the same values are typed', async () => {
    const { id } = await createCustomer(context(), business(60000002));
    await updateCustomer(context(), {
      id,
      changes: {
        kvkNumber: '6000 0002',
        billingAddress: {
          street: 'Stationsplein',
          houseNumber: 1,
          postcode: '3511ed',
          city: 'Utrecht',
          country: 'nl',
        },
      },
    });
    expect(await auditTrailOf(database().db, { type: 'customer', id })).toHaveLength(1);
  });

  it('checks the customer as it would be: a business made consumer must lose its KvK number too', async () => {
    const { id } = await createCustomer(context(), business(60000003));
    const error = await refusal(id, { kind: 'consumer', email: 'x', contacts: [] } as CustomerChanges);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual([
      'contacts',
      'email',
      'kvkNumber',
    ]);
    const consumer = await updateCustomer(context(), { id, changes: { kind: 'consumer', kvkNumber: null } });
    expect(consumer).toMatchObject({ kind: 'consumer', kvkNumber: null });
  });

  it("refuses another customer's KvK number or VAT id, naming that customer", async () => {
    const holder = await createCustomer(context(), business(60000004, { vat: 64 }));
    const { id } = await createCustomer(context(), business(60000005));
    const error = await refusal(id, { kvkNumber: '60000004', vatId: dutchVatId(64) });
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `customer ${holder.id} already has KvK number 60000004; customer ${holder.id} already has VAT id ${dutchVatId(64)}: use that customer, or correct the number`,
    );
    expect((await getCustomer(database().db, id)).kvkNumber).toBe('60000005');
  });

  it('answers an unknown customer with not found', async () => {
    expect(await refusal('CU-999999', { legalName: 'X' })).toBeInstanceOf(NotFoundError);
  });
});
