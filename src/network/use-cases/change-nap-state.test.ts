import { expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { addNap } from './add-nap.ts';
import { addPremises } from './add-premises.ts';
import { changeNapState } from './change-nap-state.ts';
import { orderLink } from './create-link.ts';
import { endLink } from './end-link.ts';
import {
  aCable,
  anAddress,
  connectedPremises,
  date,
  refusal,
  refusedFields,
  testContext,
} from './inventory-test-support.ts';

describeEachStore('changing the state of a NAP', (database) => {
  const context = testContext(database);
  const aNap = async () => {
    const cable = await aCable(context());
    const premises = await addPremises(context(), { address: anAddress(5) });
    return addNap(context(), { premisesId: premises.id, cableId: cable.id });
  };

  it('activates a planned NAP on the day given, and keeps that day through an outage', async () => {
    const nap = await aNap();
    const active = await changeNapState(context(), {
      napId: nap.id,
      state: 'active',
      on: date('2026-11-20'),
    });
    expect(active).toMatchObject({ state: 'active', activatedOn: '2026-11-20' });
    const out = await changeNapState(context(), {
      napId: nap.id,
      state: 'out-of-service',
      reason: 'cable cut',
    });
    expect(out).toMatchObject({ state: 'out-of-service', activatedOn: '2026-11-20' });
    const back = await changeNapState(context(), { napId: nap.id, state: 'active' });
    expect(back).toMatchObject({ state: 'active', activatedOn: '2026-11-20' });
    expect(await auditTrailOf(database().db, { type: 'nap', id: nap.id })).toMatchObject([
      { action: 'nap.added' },
      { action: 'nap.active', details: { from: 'planned', on: '2026-11-20' } },
      { action: 'nap.out-of-service', reason: 'cable cut' },
      { action: 'nap.active', details: { from: 'out-of-service', on: '2026-11-22' } },
    ]);
  });

  it('refuses a move the state does not allow, saying what is allowed', async () => {
    const nap = await aNap();
    const error = await refusal(changeNapState(context(), { napId: nap.id, state: 'out-of-service' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(
      `cannot move ${nap.id} from planned to out-of-service. Allowed now: active, removed`,
    );
    await changeNapState(context(), { napId: nap.id, state: 'removed' });
    await expect(changeNapState(context(), { napId: nap.id, state: 'active' })).rejects.toThrow(
      'Allowed now: nothing (removed is final)',
    );
  });

  it('refuses to remove a NAP that a running link ends at', async () => {
    await seedCustomers(database().db, ['CU-N1']);
    const { nap } = await connectedPremises(context(), 'CU-N1');
    const link = await orderLink(context(), {
      customerId: 'CU-N1',
      aNapId: nap.id,
      z: { handoff: 'AMS-IX port 7' },
      bandwidthMbps: 1000,
    });
    await expect(changeNapState(context(), { napId: nap.id, state: 'removed' })).rejects.toThrow(
      `cannot remove ${nap.id}: links ${link.id} still end there; end them first`,
    );
    await endLink(context(), { linkId: link.id });
    expect((await changeNapState(context(), { napId: nap.id, state: 'removed' })).state).toBe('removed');
  });

  it('names bad input and answers not found for an unknown NAP', async () => {
    expect(
      await refusedFields(
        changeNapState(context(), { napId: 'NAP-0', state: 'broken' as 'active', on: date('2026-12-01') }),
      ),
    ).toEqual(['state', 'on']);
    await expect(changeNapState(context(), { napId: 'NAP-0', state: 'active' })).rejects.toThrow(
      NotFoundError,
    );
  });
});
