import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { getPremises } from './get-network-inventory.ts';
import {
  aSwitch,
  connectedPremises,
  date,
  refusal,
  refusedFields,
  testContext,
} from './inventory-test-support.ts';
import { markCpeLost } from './mark-cpe-lost.ts';

describeEachStore('writing a switch off as lost', (database) => {
  const context = testContext(database);

  it('writes off an installed switch: it leaves the premises and the network is told', async () => {
    await seedCustomers(database().db, ['CU-L1']);
    const { premises, device } = await connectedPremises(context(), 'CU-L1');
    const lost = await markCpeLost(context(), {
      cpeId: device!.id,
      reason: 'stolen',
      on: date('2026-11-20'),
    });
    expect(lost).toMatchObject({ state: 'lost', premisesId: null, customerId: 'CU-L1', depositCents: 15000 });
    expect((await getPremises(database().db, premises.id)).cpe).toEqual([]);
    expect(
      (await listProvisioningJobs(database().db, { subject: `cpe:${device!.id}` }))
        .map((j) => j.action)
        .sort(),
    ).toEqual(['cpe.install', 'cpe.remove']);
    expect((await auditTrailOf(database().db, { type: 'cpe', id: device!.id })).at(-1)).toMatchObject({
      action: 'cpe.lost',
      reason: 'stolen',
      details: { from: 'installed', premisesId: premises.id, on: '2026-11-20' },
    });
  });

  it('writes off a switch from stock without asking the network anything; lost is final', async () => {
    const device = await aSwitch(context());
    await markCpeLost(context(), { cpeId: device.id, reason: 'not found at stocktaking' });
    expect(await listProvisioningJobs(database().db, { subject: `cpe:${device.id}` })).toEqual([]);
    const error = await refusal(markCpeLost(context(), { cpeId: device.id, reason: 'again' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `cannot move switch ${device.id} from lost to lost: a lost switch stays lost. Allowed now: nothing`,
    );
  });

  it('wants a reason and a day that has come; not found for an unknown switch', async () => {
    const device = await aSwitch(context());
    expect(
      await refusedFields(markCpeLost(context(), { cpeId: device.id, reason: ' ', on: date('2027-01-01') })),
    ).toEqual(['on', 'reason']);
    await expect(markCpeLost(context(), { cpeId: 'CPE-0', reason: 'x' })).rejects.toThrow(NotFoundError);
  });
});
