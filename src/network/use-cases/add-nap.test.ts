import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { addNap } from './add-nap.ts';
import { addPremises } from './add-premises.ts';
import { changeNapState } from './change-nap-state.ts';
import { getCable, getNap, getPremises } from './get-network-inventory.ts';
import { aCable, anAddress, refusal, refusedFields, testContext } from './inventory-test-support.ts';

describeEachStore('adding a NAP', (database) => {
  const context = testContext(database);

  it('records a planned NAP on a fiber of a cable, with the cable’s fiber count (vn:6.4.10)', async () => {
    const cable = await aCable(context(), 96);
    const premises = await addPremises(context(), { address: anAddress(1) });
    const nap = await addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 7 });
    expect(nap).toMatchObject({
      id: expect.stringMatching(/^NAP-\d+$/),
      premisesId: premises.id,
      cableId: cable.id,
      fiberCount: 96,
      fiber: 7,
      state: 'planned',
      activatedOn: null,
    });
    expect(await getNap(database().db, nap.id)).toEqual(nap);
    expect((await getPremises(database().db, premises.id)).naps).toEqual([nap]);
    expect((await getCable(database().db, cable.id)).naps).toEqual([nap]);
    expect(await auditTrailOf(database().db, { type: 'nap', id: nap.id })).toMatchObject([
      { action: 'nap.added', details: { premisesId: premises.id, cableId: cable.id, fiber: 7 } },
    ]);
  });

  it('names every missing reference and a fiber the cable does not have', async () => {
    const cable = await aCable(context(), 12);
    const premises = await addPremises(context(), { address: anAddress(2) });
    expect(await refusedFields(addNap(context(), { premisesId: 'PR-0', cableId: 'NO-CABLE' }))).toEqual([
      'premisesId',
      'cableId',
    ]);
    const error = await refusal(addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 13 }));
    expect((error as Error).message).toBe(`fiber: cable ${cable.id} has 12 fibers; 13 is not one of them`);
    expect(await refusedFields(addNap(context(), { premisesId: '', cableId: ' ', fiber: 0 }))).toEqual([
      'premisesId',
      'cableId',
      'fiber',
    ]);
    expect((await getCable(database().db, cable.id)).naps).toEqual([]);
  });

  it('refuses a fiber another NAP uses, naming it; a removed NAP frees its fiber', async () => {
    const cable = await aCable(context());
    const premises = await addPremises(context(), { address: anAddress(3) });
    const first = await addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 3 });
    const error = await refusal(addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 3 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `fiber 3 of cable ${cable.id} is used by ${first.id}: choose a free fiber, or remove ${first.id} first`,
    );
    await changeNapState(context(), { napId: first.id, state: 'removed' });
    const second = await addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 3 });
    expect(second.fiber).toBe(3);
    // Without a fiber recorded, NAPs do not collide.
    await addNap(context(), { premisesId: premises.id, cableId: cable.id });
    await addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: null });
  });

  it('lets one of two NAPs put on the same fiber at once win; the other gets the conflict', async () => {
    const cable = await aCable(context());
    const premises = await addPremises(context(), { address: anAddress(4) });
    const results = await Promise.allSettled([
      addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 9 }),
      addNap(context(), { premisesId: premises.id, cableId: cable.id, fiber: 9 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect((refused.reason as Error).message).toMatch(new RegExp(`^fiber 9 of cable ${cable.id} is used by`));
  });
});
