import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { RETRY_POLICY, nextAttemptAfter, retryDelaySeconds } from './retry-schedule.ts';

const failedAt = Temporal.Instant.from('2026-03-29T00:30:00Z');

describe('retry schedule', () => {
  it('waits 1, 2, 4 … minutes, at most an hour, and gives up after 12 attempts', () => {
    const minutes = Array.from({ length: 12 }, (_, i) => retryDelaySeconds(i + 1)).map((s) =>
      s === null ? null : s / 60,
    );
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, null]);
  });

  it('counts elapsed time, whatever the local clock does (a DST night)', () => {
    expect(nextAttemptAfter(1, failedAt)?.toString()).toBe('2026-03-29T00:31:00Z');
    expect(nextAttemptAfter(9, failedAt)?.toString()).toBe('2026-03-29T01:30:00Z');
    expect(nextAttemptAfter(12, failedAt)).toBeNull();
    expect(nextAttemptAfter(40, failedAt)).toBeNull();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s attempts', (attempts) => {
    expect(() => nextAttemptAfter(attempts, failedAt)).toThrow(RangeError);
  });

  it('property: delays never decrease, never pass the cap, and end exactly at the last attempt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (attempts) => {
        const delay = retryDelaySeconds(attempts);
        const next = retryDelaySeconds(attempts + 1);
        expect(delay === null).toBe(attempts >= RETRY_POLICY.maxAttempts);
        if (delay === null) {
          expect(next).toBeNull();
        } else {
          expect(delay).toBeGreaterThanOrEqual(RETRY_POLICY.firstDelaySeconds);
          expect(delay).toBeLessThanOrEqual(RETRY_POLICY.maxDelaySeconds);
          if (next !== null) expect(next).toBeGreaterThanOrEqual(delay);
        }
      }),
    );
  });
});
