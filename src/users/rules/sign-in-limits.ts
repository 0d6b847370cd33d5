import type { Temporal } from 'temporal-polyfill';

/*
 * Sign-in rate limits: more than 5 failed attempts for one e-mail address, or 20 from one address
 * (IP), within 15 minutes, and further attempts are refused until the oldest of them leaves the
 * window. Counted from the attempts table, so they hold across several processes.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export interface FailureCount {
  readonly count: number;
  /** The oldest failure inside the window, when any. */
  readonly oldest: Temporal.Instant | undefined;
}

/** Where the window for attempts at `now` starts. */
export function windowStart(now: Temporal.Instant): Temporal.Instant {
  return now.subtract({ minutes: SIGN_IN_WINDOW_MINUTES });
}

/**
 * Seconds to wait before trying again, or undefined when another attempt may be made now. `failures`
 * counts the failures inside the window for the e-mail address and for the IP.
 */
export function retryAfterSeconds(
  now: Temporal.Instant,
  byEmail: FailureCount,
  byIp: FailureCount,
): number | undefined {
  const waits = [
    waitFor(now, byEmail, MAX_FAILURES_PER_EMAIL),
    waitFor(now, byIp, MAX_FAILURES_PER_IP),
  ].filter((wait): wait is number => wait !== undefined);
  return waits.length === 0 ? undefined : Math.max(...waits);
}

function waitFor(now: Temporal.Instant, failures: FailureCount, limit: number): number | undefined {
  if (failures.count < limit || !failures.oldest) return undefined;
  const freeAt = failures.oldest.add({ minutes: SIGN_IN_WINDOW_MINUTES });
  return Math.max(1, Math.ceil((freeAt.epochMilliseconds - now.epochMilliseconds) / 1000));
}
