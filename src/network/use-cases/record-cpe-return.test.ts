import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { cpeDevices } from '../schema.ts';
import { listProvisioningJobs } from '../store/provisioning-jobs.ts';
import { eq } from 'drizzle-orm';
import { getCpeDevice, getPremises } from './get-network-inventory.ts';
import { installCpe } from './install-cpe.ts';
import {
  aSwitch,
  connectedPremises,
  date,
  refusal,
  refusedFields,
  testContext,
} from './inventory-test-support.ts';
import { recordCpeReturn } from './record-cpe-return.ts';

describeEachStore('recording a switch’s return', (database) => {
  const context = testContext(database);
  const installed = async (customerId: string) => {
    await seedCustomers(database().db, [customerId]);
    const { premises, device } = await connectedPremises(context(), customerId);
    return { premises, device: device! };
  };

  it('takes the switch back from the premises with its damage share, and asks the network to remove it', async () => {
    const { premises, device } = await installed('CU-R1');
    const returned = await recordCpeReturn(context(), {
      cpeId: device.id,
      returnedOn: date('2026-11-22'),
      damageShare: '0.250',
      sticker: device.sticker,
    });
    expect(returned).toMatchObject({
      state: 'returned',
      returnedOn: '2026-11-22',
      damageShare: '0.25',
      premisesId: null,
      customerId: 'CU-R1',
      depositCents: 15000,
      stickerPresent: true,
      returnStatus: null,
    });
    expect((await getPremises(database().db, premises.id)).cpe).toEqual([]);
    expect(
      (await listProvisioningJobs(database().db, { subject: `cpe:${device.id}` }))
        .map((j) => j.action)
        .sort(),
    ).toEqual(['cpe.install', 'cpe.remove']);
    expect((await auditTrailOf(database().db, { type: 'cpe', id: device.id })).at(-1)).toMatchObject({
      action: 'cpe.returned',
      details: { from: 'installed', premisesId: premises.id, damageShare: '0.25', stickerPresent: true },
    });
  });

  it('records a return without its sticker (vn:2.1.10) and says how late it came (vn:1.6.5)', async () => {
    const { device } = await installed('CU-R2');
    // The contract ended: the switch was due back on 2026-11-19 (endings.ts sets this).
    await database()
      .db.update(cpeDevices)
      .set({ state: 'return-due', returnDueOn: '2026-11-19' })
      .where(eq(cpeDevices.id, device.id));
    const returned = await recordCpeReturn(context(), { cpeId: device.id, sticker: null });
    expect(returned).toMatchObject({
      state: 'returned',
      damageShare: '0',
      stickerPresent: false,
      returnStatus: {
        value: 'returned',
        because: ['vn:1.6.5'],
        figures: { dueOn: '2026-11-19', daysOverdue: 3 },
      },
    });
  });

  it('refuses a sticker of another device, and a switch that is not out', async () => {
    const { device } = await installed('CU-R3');
    const error = await refusal(recordCpeReturn(context(), { cpeId: device.id, sticker: 'VZ-OTHER' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `the sticker reads VZ-OTHER, but switch ${device.id} carries ${device.sticker}: this is another device; look it up by its serial number`,
    );
    const inStock = await aSwitch(context());
    await expect(recordCpeReturn(context(), { cpeId: inStock.id, sticker: inStock.sticker })).rejects.toThrow(
      `cannot move switch ${inStock.id} from in-stock to returned: in-stock does not lead to returned. Allowed now: lost`,
    );
    expect((await getCpeDevice(database().db, device.id)).state).toBe('installed');
  });

  it('names bad fields: a share outside 0..1, a future day, a missing sticker answer, a day before installation', async () => {
    const { device } = await installed('CU-R4');
    expect(
      await refusedFields(
        recordCpeReturn(context(), {
          cpeId: device.id,
          damageShare: '1.5',
          returnedOn: date('2026-11-23'),
        } as unknown as Parameters<typeof recordCpeReturn>[1]),
      ),
    ).toEqual(['returnedOn', 'damageShare', 'sticker']);
    expect(
      await refusedFields(
        recordCpeReturn(context(), { cpeId: device.id, damageShare: 'half', sticker: null }),
      ),
    ).toEqual(['damageShare']);
    const early = await refusal(
      recordCpeReturn(context(), {
        cpeId: device.id,
        returnedOn: date('2026-11-01'),
        sticker: device.sticker,
      }),
    );
    expect((early as Error).message).toBe(
      'returnedOn: 2026-11-01 is before the switch was installed (2026-11-22)',
    );
    await expect(recordCpeReturn(context(), { cpeId: 'CPE-0', sticker: null })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('lets a returned switch be installed again only once it is back in stock', async () => {
    const { device, premises } = await installed('CU-R5');
    await recordCpeReturn(context(), { cpeId: device.id, sticker: device.sticker });
    await expect(
      installCpe(context(), {
        cpeId: device.id,
        customerId: 'CU-R5',
        premisesId: premises.id,
        ownership: 'lent',
      }),
    ).rejects.toThrow('from returned to installed');
  });
});
