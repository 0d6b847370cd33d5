import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { orderLink } from './create-link.ts';
import { endLink } from './end-link.ts';
import {
  getCpeDeviceBySerial,
  getLink,
  getNap,
  getPremises,
  listCpeDevices,
  listLinks,
  listVlanPools,
} from './get-network-inventory.ts';
import { connectedPremises, refusedFields, testContext } from './inventory-test-support.ts';

describeEachStore('reading the network inventory', (database) => {
  const context = testContext(database);

  it('shows a premises with its NAPs (and their cable class) and the switch installed there', async () => {
    await seedCustomers(database().db, ['CU-G1']);
    const { premises, nap, device, cable } = await connectedPremises(context(), 'CU-G1');
    const view = await getPremises(database().db, premises.id);
    expect(view.naps).toEqual([nap]);
    expect(view.naps[0]).toMatchObject({
      cableId: cable.id,
      fiberCount: 48,
      state: 'active',
      activatedOn: '2026-11-22',
    });
    expect(view.cpe).toMatchObject([{ id: device!.id, state: 'installed', premisesId: premises.id }]);
    expect(await getNap(database().db, nap.id)).toEqual(nap);
    expect(
      await getCpeDeviceBySerial(database().db, ` ${device!.serialNumber.toLowerCase()} `),
    ).toMatchObject({
      id: device!.id,
    });
    const mine = await listCpeDevices(database().db, { customerId: 'CU-G1', state: 'installed' });
    expect(mine.items.map((cpe) => cpe.id)).toEqual([device!.id]);
    expect((await listCpeDevices(database().db, { premisesId: premises.id })).total).toBe(1);
  });

  it('lists links by customer, by NAP at either end, running or ended', async () => {
    await seedCustomers(database().db, ['CU-G2']);
    const a = await connectedPremises(context(), 'CU-G2');
    const z = await connectedPremises(context(), 'CU-G2');
    const first = await orderLink(context(), {
      customerId: 'CU-G2',
      aNapId: a.nap.id,
      z: { napId: z.nap.id },
      bandwidthMbps: 100,
    });
    const second = await orderLink(context(), {
      customerId: 'CU-G2',
      aNapId: a.nap.id,
      z: { handoff: 'Equinix AM3' },
      bandwidthMbps: 100,
    });
    await endLink(context(), { linkId: second.id });
    const ids = async (query: Parameters<typeof listLinks>[1]) =>
      (await listLinks(database().db, query)).items.map((link) => link.id);
    expect(await ids({ customerId: 'CU-G2' })).toEqual([first.id, second.id]);
    expect(await ids({ napId: z.nap.id })).toEqual([first.id]);
    expect(await ids({ customerId: 'CU-G2', active: true })).toEqual([first.id]);
    expect(await ids({ customerId: 'CU-G2', active: false })).toEqual([second.id]);
    expect(await ids({ customerId: 'CU-G2', limit: 1, offset: 1 })).toEqual([second.id]);
    expect(await refusedFields(listLinks(database().db, { limit: 501 }))).toEqual(['limit']);
  });

  it('counts the used and free VLANs of every pool, the seeded default one included', async () => {
    const pools = await listVlanPools(database().db);
    const seeded = pools.find((pool) => pool.id === 'default')!;
    expect(seeded).toMatchObject({ first: 100, last: 3999, size: 3900 });
    expect(seeded.used + seeded.free).toBe(3900);
    const running = (await listLinks(database().db, { active: true, limit: 500 })).items.filter(
      (link) => link.poolId === 'default',
    );
    expect(seeded.used).toBe(running.length);
  });

  it('answers not found for unknown rows', async () => {
    await expect(getPremises(database().db, 'PR-0')).rejects.toThrow(NotFoundError);
    await expect(getNap(database().db, 'NAP-0')).rejects.toThrow("NAP 'NAP-0' does not exist");
    await expect(getLink(database().db, 'L-0')).rejects.toThrow("link 'L-0' does not exist");
    await expect(getCpeDeviceBySerial(database().db, 'NONE')).rejects.toThrow(NotFoundError);
  });
});
