import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { orderLink } from './create-link.ts';
import { endLink } from './end-link.ts';
import { getLink, listVlanPools } from './get-network-inventory.ts';
import {
  aPool,
  connectedPremises,
  date,
  refusal,
  refusedFields,
  testContext,
} from './inventory-test-support.ts';

describeEachStore('ending a link', (database) => {
  const context = testContext(database);
  const handoff = { handoff: 'NL-IX port 3' };

  it('ends the link, frees its VLAN for the next link, and asks the network to take it down', async () => {
    await seedCustomers(database().db, ['CU-E1']);
    const { nap } = await connectedPremises(context(), 'CU-E1');
    const pool = await aPool(database().db, 800, 800);
    const order = () =>
      orderLink(context(), {
        customerId: 'CU-E1',
        aNapId: nap.id,
        z: handoff,
        bandwidthMbps: 10,
        poolId: pool,
      });
    const link = await order();
    await expect(order()).rejects.toThrow(/exhausted/);
    const ended = await endLink(context(), {
      linkId: link.id,
      endedOn: date('2026-11-22'),
      reason: 'contract ended',
    });
    expect(ended).toEqual({ ...link, endedOn: '2026-11-22' });
    expect(await getLink(database().db, link.id)).toEqual(ended);
    expect((await listVlanPools(database().db)).find((p) => p.id === pool)).toMatchObject({
      used: 0,
      free: 1,
    });
    const jobs = await listProvisioningJobs(database().db, { subject: `link:${link.id}` });
    expect(jobs.map((job) => job.action).sort()).toEqual(['link.down', 'link.up', 'vlan.add', 'vlan.remove']);
    expect(jobs.find((job) => job.action === 'vlan.remove')!.payload).toMatchObject({
      poolId: pool,
      vlan: 800,
    });
    expect((await auditTrailOf(database().db, { type: 'link', id: link.id })).at(-1)).toMatchObject({
      action: 'link.ended',
      reason: 'contract ended',
      details: { endedOn: '2026-11-22', vlan: 800 },
    });
    expect((await order()).vlan).toBe(800);
  });

  it('refuses to end a link twice, a day to come or before it was made; not found for an unknown link', async () => {
    await seedCustomers(database().db, ['CU-E2']);
    const { nap } = await connectedPremises(context(), 'CU-E2');
    const link = await orderLink(context(), {
      customerId: 'CU-E2',
      aNapId: nap.id,
      z: handoff,
      bandwidthMbps: 10,
    });
    expect(await refusedFields(endLink(context(), { linkId: link.id, endedOn: date('2026-11-23') }))).toEqual(
      ['endedOn'],
    );
    await expect(endLink(context(), { linkId: link.id, endedOn: date('2026-11-21') })).rejects.toThrow(
      'endedOn: 2026-11-21 is before the link was made (2026-11-22)',
    );
    await endLink(context(), { linkId: link.id });
    const error = await refusal(endLink(context(), { linkId: link.id }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(`link ${link.id} ended on 2026-11-22 already`);
    await expect(endLink(context(), { linkId: 'L-0' })).rejects.toThrow(NotFoundError);
  });
});
