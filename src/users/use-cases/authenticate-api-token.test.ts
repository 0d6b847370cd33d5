import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { movableClock } from '../../../test/support/movable-clock.ts';
import { authenticateApiToken } from './authenticate-api-token.ts';
import { listApiTokens } from './get-user.ts';

// A token's last use is kept to the minute, and a busy caller's requests within that minute write
// nothing (one read per request instead of a read and an update).
describeEachStore('authenticating a user API token', (database) => {
  it('records the last use at most once a minute', async () => {
    const db = database().db;
    const user = await createTestUser(db, { role: 'billing' });
    const token = await userTokenFor(db, user.id);
    const clock = movableClock('2026-11-22T10:00:00+01:00[Europe/Amsterdam]');
    const lastUsed = async () => {
      const [only] = await listApiTokens({ db }, user.id);
      return only?.lastUsedAt ? Temporal.Instant.from(only.lastUsedAt).toString() : null;
    };

    expect(await authenticateApiToken({ db, clock }, token)).toMatchObject({ user: { id: user.id } });
    expect(await lastUsed()).toBe('2026-11-22T09:00:00Z');
    clock.set('2026-11-22T10:00:50+01:00[Europe/Amsterdam]');
    expect(await authenticateApiToken({ db, clock }, token)).toBeDefined();
    expect(await lastUsed()).toBe('2026-11-22T09:00:00Z');
    clock.set('2026-11-22T10:01:30+01:00[Europe/Amsterdam]');
    expect(await authenticateApiToken({ db, clock }, token)).toBeDefined();
    expect(await lastUsed()).toBe('2026-11-22T09:01:30Z');
    expect(await authenticateApiToken({ db, clock }, `${token.slice(0, -1)}x`)).toBeUndefined();
  });
});
