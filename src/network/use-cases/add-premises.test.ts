import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { addPremises } from './add-premises.ts';
import { getPremises, listPremises } from './get-network-inventory.ts';
import { anAddress, refusedFields, testContext } from './inventory-test-support.ts';

describeEachStore('adding a premises', (database) => {
  const context = testContext(database);

  it('records the address, normalised, with its customer, and who added it', async () => {
    await seedCustomers(database().db, ['CU-P1']);
    const premises = await addPremises(context(), { address: anAddress(19), customerId: 'CU-P1' });
    expect(premises).toMatchObject({
      id: expect.stringMatching(/^PR-\d+$/),
      address: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede', country: 'NL' },
      customerId: 'CU-P1',
      naps: [],
      cpe: [],
    });
    expect(await getPremises(database().db, premises.id)).toEqual(premises);
    expect(await auditTrailOf(database().db, { type: 'premises', id: premises.id })).toMatchObject([
      { action: 'premises.added', actor: 'user:noc', details: { customerId: 'CU-P1' } },
    ]);
  });

  it('records a premises without a customer', async () => {
    const premises = await addPremises(context(), { address: anAddress(20) });
    expect(premises.customerId).toBeNull();
  });

  it('names every bad address part, and an unknown customer, and adds nothing', async () => {
    const before = (await listPremises(database().db)).total;
    expect(
      await refusedFields(
        addPremises(context(), { address: { street: '', houseNumber: '1a', postcode: '67', city: 'Ede' } }),
      ),
    ).toEqual(['address.street', 'address.houseNumber', 'address.postcode']);
    expect(
      await refusedFields(addPremises(context(), { address: anAddress(1), customerId: 'CU-NONE' })),
    ).toEqual(['customerId']);
    expect((await listPremises(database().db)).total).toBe(before);
  });

  it('lists premises by customer, a page at a time', async () => {
    await seedCustomers(database().db, ['CU-P2']);
    const first = await addPremises(context(), { address: anAddress(30), customerId: 'CU-P2' });
    const second = await addPremises(context(), { address: anAddress(31), customerId: 'CU-P2' });
    const page = await listPremises(database().db, { customerId: 'CU-P2', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ id: second.id }] });
    expect((await listPremises(database().db, { customerId: 'CU-P2' })).items.map((p) => p.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(await refusedFields(listPremises(database().db, { limit: 0, offset: -1 }))).toEqual([
      'limit',
      'offset',
    ]);
  });
});
