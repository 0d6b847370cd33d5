import { expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { testToday } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createUser } from './create-user.ts';
import { updateUser } from './update-user.ts';

describeEachStore('changing users', (database) => {
  const context = () => ({
    db: database().db,
    clock: fixedClock(testToday),
    actor: { id: 'test', origin: 'test' },
  });

  it('keeps the last active admin an admin', async () => {
    const first = await createUser(context(), { email: 'first@example.nl', name: 'First', role: 'admin' });
    const refused = updateUser(context(), { userId: first.id, changes: { active: false } });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(refused).rejects.toThrow(/only active admin/);
    await expect(updateUser(context(), { userId: first.id, changes: { role: 'noc' } })).rejects.toThrow(
      ConflictError,
    );
    await createUser(context(), { email: 'second@example.nl', name: 'Second', role: 'admin' });
    const demoted = await updateUser(context(), {
      userId: first.id,
      changes: { role: 'noc', sellerId: 'bit' },
    });
    expect(demoted).toMatchObject({ role: 'noc', sellerId: 'bit', active: true });
    const trail = await auditTrailOf(database().db, { type: 'user', id: first.id });
    expect(trail.at(-1)).toMatchObject({
      action: 'user.changed',
      details: { changes: { role: { from: 'admin', to: 'noc' }, sellerId: { from: null, to: 'bit' } } },
    });
  });

  it('keeps the role and whom the user acts for together', async () => {
    const clerk = await createUser(context(), { email: 'clerk@example.nl', name: 'Clerk', role: 'sales' });
    const toProvider = updateUser(context(), { userId: clerk.id, changes: { role: 'provider' } });
    await expect(toProvider).rejects.toThrow(InvalidInputError);
    await expect(toProvider).rejects.toThrow(/providerId: is required for the role provider/);
    await expect(
      updateUser(context(), { userId: clerk.id, changes: { sellerId: 'no-such-seller' } }),
    ).rejects.toThrow(/sellerId: does not exist/);
  });
});
