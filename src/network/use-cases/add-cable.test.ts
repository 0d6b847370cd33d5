import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { addCable } from './add-cable.ts';
import { getCable, listCables } from './get-network-inventory.ts';
import { refusal, refusedFields, testContext } from './inventory-test-support.ts';

describeEachStore('adding a cable', (database) => {
  const context = testContext(database);

  it.each([12, 24, 48, 96, 144, 192])('records a cable of %i fibers (vn:6.4.10)', async (fibers) => {
    const cable = await addCable(context(), {
      id: `EDE-${fibers}`,
      fiberCount: fibers,
      description: ' ring ',
    });
    expect(cable).toMatchObject({ id: `EDE-${fibers}`, fiberCount: fibers, description: 'ring' });
    expect(await getCable(database().db, cable.id)).toEqual({ ...cable, naps: [] });
  });

  it('records who added it', async () => {
    await addCable(context(), { id: 'AUDIT-1', fiberCount: 96 });
    expect(await auditTrailOf(database().db, { type: 'cable', id: 'AUDIT-1' })).toMatchObject([
      { action: 'cable.added', actor: 'user:noc', details: { fiberCount: 96 } },
    ]);
  });

  it('refuses a fiber count outside the repair-time table, and a bad name, at once', async () => {
    const before = (await listCables(database().db)).total;
    const error = await refusal(addCable(context(), { id: 'bad name!', fiberCount: 36 }));
    expect((error as Error).message).toBe(
      'id: must be letters, digits and . _ / - only, starting with a letter or digit; ' +
        "fiberCount: '36' is not a cable class of the repair-time table (vn:6.4.10); use one of 12, 24, 48, 96, 144, 192",
    );
    expect(await refusedFields(addCable(context(), { id: '', fiberCount: 12.5 }))).toEqual([
      'id',
      'fiberCount',
    ]);
    expect((await listCables(database().db)).total).toBe(before);
  });

  it('refuses a second cable of the same name, also at the same moment', async () => {
    await addCable(context(), { id: 'DUP-1', fiberCount: 12 });
    const error = await refusal(addCable(context(), { id: 'DUP-1', fiberCount: 24 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^cable DUP-1 exists already/);
    const results = await Promise.allSettled([
      addCable(context(), { id: 'DUP-2', fiberCount: 12 }),
      addCable(context(), { id: 'DUP-2', fiberCount: 12 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
  });

  it('answers not found for an unknown cable', async () => {
    await expect(getCable(database().db, 'NOPE')).rejects.toThrow("cable 'NOPE' does not exist");
  });
});
