import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { addPremises } from './add-premises.ts';
import { getCpeDevice, getPremises } from './get-network-inventory.ts';
import { installCpe } from './install-cpe.ts';
import { aSwitch, anAddress, date, refusal, refusedFields, testContext } from './inventory-test-support.ts';
import { markCpeLost } from './mark-cpe-lost.ts';

describeEachStore('installing a switch', (database) => {
  const context = testContext(database);
  const premisesOf = (customerId: string | null, n: number) =>
    addPremises(context(), { address: anAddress(n), ...(customerId ? { customerId } : {}) });

  it('installs a switch from stock at the customer’s premises, saying when the risk passes (vn:2.1.12)', async () => {
    await seedCustomers(database().db, ['CU-I1']);
    const premises = await premisesOf('CU-I1', 1);
    const device = await aSwitch(context());
    const installed = await installCpe(context(), {
      cpeId: device.id,
      customerId: 'CU-I1',
      premisesId: premises.id,
      ownership: 'rented',
      depositCents: 15000,
      installedOn: date('2026-11-21'),
    });
    expect(installed).toMatchObject({
      id: device.id,
      state: 'installed',
      ownership: 'rented',
      depositCents: 15000,
      customerId: 'CU-I1',
      contractId: null,
      premisesId: premises.id,
      installedOn: '2026-11-21',
      riskPassesOn: {
        value: '2026-11-21',
        because: ['vn:2.1.12'],
        figures: { installedOn: '2026-11-21', deliveredOn: null, passedAt: 'installation' },
      },
      owner: { value: 'operator', because: ['vn:2.1.8', 'vn:1.6.5'], figures: { returnOnEnd: true } },
    });
    const { riskPassesOn: _risk, owner: _owner, ...view } = installed;
    expect(await getCpeDevice(database().db, device.id)).toEqual(view);
    expect((await getPremises(database().db, premises.id)).cpe).toEqual([view]);
    expect(await listProvisioningJobs(database().db, { subject: `cpe:${device.id}` })).toMatchObject([
      { action: 'cpe.install', payload: { cpeId: device.id, premisesId: premises.id, customerId: 'CU-I1' } },
    ]);
    expect(await auditTrailOf(database().db, { type: 'cpe', id: device.id })).toMatchObject([
      { action: 'cpe.registered' },
      {
        action: 'cpe.installed',
        details: { premisesId: premises.id, ownership: 'rented', depositCents: 15000 },
      },
    ]);
  });

  it('refuses a switch installed elsewhere, naming where it is', async () => {
    await seedCustomers(database().db, ['CU-I2', 'CU-I3']);
    const here = await premisesOf('CU-I2', 2);
    const there = await premisesOf('CU-I3', 3);
    const device = await aSwitch(context());
    await installCpe(context(), {
      cpeId: device.id,
      customerId: 'CU-I2',
      premisesId: here.id,
      ownership: 'lent',
    });
    const error = await refusal(
      installCpe(context(), {
        cpeId: device.id,
        customerId: 'CU-I3',
        premisesId: there.id,
        ownership: 'sold',
      }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `switch ${device.id} (serial ${device.serialNumber}) is installed at premises ${here.id} for customer CU-I2 ` +
        'since 2026-11-22: a switch is in one place at a time (vn:2.1.13); record its return first',
    );
    expect((await getCpeDevice(database().db, device.id)).premisesId).toBe(here.id);
  });

  it('lets one of two installations of the same switch at once win', async () => {
    await seedCustomers(database().db, ['CU-I4', 'CU-I5']);
    const [a, b] = [await premisesOf('CU-I4', 4), await premisesOf('CU-I5', 5)];
    const device = await aSwitch(context());
    const results = await Promise.allSettled([
      installCpe(context(), { cpeId: device.id, customerId: 'CU-I4', premisesId: a.id, ownership: 'lent' }),
      installCpe(context(), { cpeId: device.id, customerId: 'CU-I5', premisesId: b.id, ownership: 'lent' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<{ premisesId: string }>).value.premisesId;
    expect((refused.reason as Error).message).toMatch(`is installed at premises ${winner}`);
    expect(await listProvisioningJobs(database().db, { subject: `cpe:${device.id}` })).toHaveLength(1);
  });

  it('refuses a lost switch, saying where it may go', async () => {
    await seedCustomers(database().db, ['CU-I6']);
    const premises = await premisesOf('CU-I6', 6);
    const device = await aSwitch(context());
    await markCpeLost(context(), { cpeId: device.id, reason: 'fell off the van' });
    await expect(
      installCpe(context(), {
        cpeId: device.id,
        customerId: 'CU-I6',
        premisesId: premises.id,
        ownership: 'lent',
      }),
    ).rejects.toThrow(`cannot move switch ${device.id} from lost to installed: a lost switch stays lost`);
  });

  it('names every bad field, and every reference that does not fit', async () => {
    await seedCustomers(database().db, ['CU-I7', 'CU-I8']);
    const device = await aSwitch(context());
    expect(
      await refusedFields(
        installCpe(context(), {
          cpeId: device.id,
          customerId: '',
          premisesId: '',
          ownership: 'borrowed' as 'lent',
          depositCents: -1,
          installedOn: date('2026-11-23'),
        }),
      ),
    ).toEqual(['customerId', 'premisesId', 'ownership', 'depositCents', 'installedOn']);
    expect(
      await refusedFields(
        installCpe(context(), {
          cpeId: device.id,
          customerId: 'CU-I7',
          premisesId: 'x',
          ownership: 'sold',
          depositCents: 100,
        }),
      ),
    ).toEqual(['depositCents']);
    const othersPremises = await premisesOf('CU-I8', 8);
    expect(
      await refusedFields(
        installCpe(context(), {
          cpeId: device.id,
          customerId: 'CU-I7',
          premisesId: othersPremises.id,
          ownership: 'lent',
          contractId: 'C-0',
        }),
      ),
    ).toEqual(['premisesId', 'contractId']);
    expect(
      await refusedFields(
        installCpe(context(), {
          cpeId: device.id,
          customerId: 'CU-NONE',
          premisesId: 'PR-0',
          ownership: 'lent',
        }),
      ),
    ).toEqual(['customerId', 'premisesId']);
    expect((await getCpeDevice(database().db, device.id)).state).toBe('in-stock');
    await expect(
      installCpe(context(), {
        cpeId: 'CPE-0',
        customerId: 'CU-I7',
        premisesId: othersPremises.id,
        ownership: 'lent',
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it('installs at a premises without a recorded customer, and a sold switch passes to the customer', async () => {
    await seedCustomers(database().db, ['CU-I9']);
    const premises = await premisesOf(null, 9);
    const device = await aSwitch(context());
    const installed = await installCpe(context(), {
      cpeId: device.id,
      customerId: 'CU-I9',
      premisesId: premises.id,
      ownership: 'sold',
    });
    expect(installed.owner).toMatchObject({ value: 'customer', figures: { returnOnEnd: false } });
  });
});
