import type { Temporal } from 'temporal-polyfill';
import type { DeliveryAttempt } from './post-webhook.ts';
import { nextAttemptAfter } from './retry-schedule.ts';

/*
 * One pass over an outbox (provisioning jobs, messages), the same for both:
 *
 * 1. claim: in a short transaction, the due rows (`state = 'pending' AND next_attempt_at <= now`,
 *    `FOR UPDATE SKIP LOCKED`) get their `next_attempt_at` moved past the lease, and commit. A second
 *    runner (another process on the same PostgreSQL) skips rows being claimed and no longer sees
 *    claimed ones as due, so each row has one deliverer at a time.
 * 2. deliver, OUTSIDE any transaction: no row lock or connection is held while waiting on a remote
 *    server (PGlite has one connection, so a held transaction would stall every request for as long
 *    as the receiver takes).
 * 3. record the outcome, guarded on the state the row was claimed in.
 *
 * Crash between 2 and 3 → the lease runs out and the row is delivered again: at-least-once delivery,
 * and exactly-once effect because the receiver dedupes by the id (`Vezel-Delivery-Id`, Message-ID).
 */

/** How a pass went for one outbox. */
export interface OutboxCounts {
  /** Accepted by the receiver (webhook 2xx, SMTP accepted, `.eml` written). */
  delivered: number;
  /** Failed this time, tried again later by the retry schedule. */
  retrying: number;
  /** Failed for the last time: given up, waiting for a person. */
  failed: number;
}

/** A failed attempt's consequence: try again at `nextAttemptAt`, or give up (`null`). */
export interface FailedAttempt {
  readonly attempts: number;
  readonly error: string;
  readonly nextAttemptAt: Temporal.Instant | null;
}

export interface Outbox<Row extends { attempts: number }> {
  /** Claims up to `limit` due rows, leased until `leaseUntil`. */
  claim(limit: number, now: Temporal.Instant, leaseUntil: Temporal.Instant): Promise<Row[]>;
  deliver(row: Row): Promise<DeliveryAttempt>;
  recordDelivered(row: Row, at: Temporal.Instant): Promise<void>;
  recordFailed(row: Row, failure: FailedAttempt, at: Temporal.Instant): Promise<void>;
}

export interface DrainOptions {
  /** Rows claimed and delivered together. */
  readonly batchSize?: number;
  /** Longer than one delivery can take (webhook 10 s, SMTP at most ~50 s). */
  readonly leaseSeconds?: number;
}

export const DEFAULT_BATCH_SIZE = 10;
export const DEFAULT_LEASE_SECONDS = 120;

/** Delivers every due row of the outbox, batch by batch, until none is due. */
export async function drainOutbox<Row extends { attempts: number }>(
  outbox: Outbox<Row>,
  clock: { now(): Temporal.Instant },
  options: DrainOptions = {},
): Promise<OutboxCounts> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const counts: OutboxCounts = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const now = clock.now();
    const batch = await outbox.claim(batchSize, now, now.add({ seconds: leaseSeconds }));
    // A batch goes out at once, so the whole batch ends well within its lease.
    const outcomes = await Promise.all(batch.map((row) => deliverOne(outbox, row, clock)));
    for (const outcome of outcomes) counts[outcome] += 1;
    if (batch.length < batchSize) return counts;
  }
}

async function deliverOne<Row extends { attempts: number }>(
  outbox: Outbox<Row>,
  row: Row,
  clock: { now(): Temporal.Instant },
): Promise<keyof OutboxCounts> {
  let attempt: DeliveryAttempt;
  try {
    attempt = await outbox.deliver(row);
  } catch (error) {
    attempt = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const at = clock.now();
  if (attempt.ok) {
    await outbox.recordDelivered(row, at);
    return 'delivered';
  }
  const attempts = row.attempts + 1;
  const nextAttemptAt = nextAttemptAfter(attempts, at);
  await outbox.recordFailed(row, { attempts, error: attempt.error, nextAttemptAt }, at);
  return nextAttemptAt ? 'retrying' : 'failed';
}
