import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { getCpeDevice, getCpeDeviceBySerial, listCpeDevices } from './get-network-inventory.ts';
import { refusal, refusedFields, testContext } from './inventory-test-support.ts';
import { registerCpe } from './register-cpe.ts';

describeEachStore('registering a switch', (database) => {
  const context = testContext(database);
  const device = { serialNumber: ' s123abc ', model: 'Zyxel XGS1930', ports: 8, sticker: 'VZ-0001' };

  it('books it into stock, serial number in capitals, and records who did', async () => {
    const cpe = await registerCpe(context(), device);
    expect(cpe).toMatchObject({
      id: expect.stringMatching(/^CPE-\d+$/),
      serialNumber: 'S123ABC',
      model: 'Zyxel XGS1930',
      ports: 8,
      sticker: 'VZ-0001',
      state: 'in-stock',
      ownership: null,
      depositCents: 0,
      premisesId: null,
    });
    expect(await getCpeDevice(database().db, cpe.id)).toEqual(cpe);
    expect(await getCpeDeviceBySerial(database().db, 'S123ABC')).toEqual(cpe);
    expect(await auditTrailOf(database().db, { type: 'cpe', id: cpe.id })).toMatchObject([
      { action: 'cpe.registered', details: { serialNumber: 'S123ABC', sticker: 'VZ-0001' } },
    ]);
  });

  it('refuses a serial number registered already, however it is typed, naming the device', async () => {
    const first = await getCpeDeviceBySerial(database().db, 'S123ABC');
    const error = await refusal(registerCpe(context(), { ...device, serialNumber: 'S123abc' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `serial number S123ABC is registered already as ${first.id}: a device is registered once`,
    );
  });

  it('lets one of two registrations of the same serial number at once win', async () => {
    const results = await Promise.allSettled([
      registerCpe(context(), { ...device, serialNumber: 'RACE-1' }),
      registerCpe(context(), { ...device, serialNumber: 'RACE-1' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect((await listCpeDevices(database().db, { serialNumber: 'RACE-1' })).total).toBe(1);
  });

  it('names every bad field at once and books nothing', async () => {
    const before = (await listCpeDevices(database().db)).total;
    expect(
      await refusedFields(registerCpe(context(), { serialNumber: '', model: ' ', ports: 0, sticker: '' })),
    ).toEqual(['serialNumber', 'model', 'ports', 'sticker']);
    expect(await refusedFields(registerCpe(context(), { ...device, ports: 2.5 }))).toEqual(['ports']);
    expect((await listCpeDevices(database().db)).total).toBe(before);
  });

  it('lists switches by state and answers not found for an unknown one', async () => {
    const inStock = await listCpeDevices(database().db, { state: 'in-stock' });
    expect(inStock.items.every((cpe) => cpe.state === 'in-stock')).toBe(true);
    expect(inStock.total).toBeGreaterThanOrEqual(2);
    expect(await refusedFields(listCpeDevices(database().db, { state: 'gone' as 'lost' }))).toEqual([
      'state',
    ]);
    await expect(getCpeDevice(database().db, 'CPE-0')).rejects.toThrow("CPE device 'CPE-0' does not exist");
  });
});
