import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { claimKey, forgetExpiredKeys } from './store.ts';

describeEachStore('idempotency keys past their retention', (database) => {
  const claim = (key: string, now: string) =>
    claimKey(database().db, {
      scope: 'user:test',
      key,
      fingerprint: `POST /customers ${key}`,
      now,
      expiredBefore: '2026-11-20T00:00:00Z',
    });

  it('forgets the keys first used before the cut-off, and keeps the rest', async () => {
    await claim('old-1', '2026-11-21T08:00:00Z');
    await claim('old-2', '2026-11-21T23:59:59Z');
    await claim('fresh', '2026-11-22T00:00:00Z');
    expect(await forgetExpiredKeys(database().db, '2026-11-22T00:00:00Z')).toBe(2);
    expect(await forgetExpiredKeys(database().db, '2026-11-22T00:00:00Z')).toBe(0);
    // The fresh key still holds its request; the forgotten ones are free for a new one.
    expect(await claim('fresh', '2026-11-22T01:00:00Z')).not.toBeNull();
    expect(await claim('old-1', '2026-11-22T01:00:00Z')).toBeNull();
  });
});
