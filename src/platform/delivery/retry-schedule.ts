import type { Temporal } from 'temporal-polyfill';

/*
 * When to try a failed delivery (a provisioning job, a webhook, an e-mail) again: exponential
 * back-off, so a receiver that is down is not hammered, capped so that once it is back it is reached
 * within the hour; after the last attempt the delivery is `failed` and waits for a person.
 * 12 attempts span about six hours: 1 + 2 + 4 + 8 + 16 + 32 minutes, then five times an hour.
 * Deterministic on purpose (no jitter): one worker delivers, and tests and `--as-of` can predict it.
 */
export const RETRY_POLICY = {
  firstDelaySeconds: 60,
  factor: 2,
  maxDelaySeconds: 3600,
  /** Attempts in all, the first included. */
  maxAttempts: 12,
} as const;

/**
 * The wait after the `attempts`-th attempt failed (1 = the first): 1 min × 2^(attempts − 1), at most
 * an hour; `null` once `maxAttempts` attempts were made.
 */
export function retryDelaySeconds(attempts: number): number | null {
  if (!Number.isSafeInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts: ${attempts} is not a count of attempts made, 1 or more`);
  }
  const { firstDelaySeconds, factor, maxDelaySeconds, maxAttempts } = RETRY_POLICY;
  if (attempts >= maxAttempts) return null;
  // Capped exponent: 2 ** large is Infinity, and the cap is reached long before.
  const exponent = Math.min(attempts - 1, 30);
  return Math.min(firstDelaySeconds * factor ** exponent, maxDelaySeconds);
}

/** When to try again after the `attempts`-th attempt failed at `failedAt`; `null`: give up, failed. */
export function nextAttemptAfter(attempts: number, failedAt: Temporal.Instant): Temporal.Instant | null {
  const delay = retryDelaySeconds(attempts);
  return delay === null ? null : failedAt.add({ seconds: delay });
}
