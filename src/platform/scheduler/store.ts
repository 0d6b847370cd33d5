import { and, desc, eq, inArray, lte, lt, sql } from 'drizzle-orm';
import type { Db } from '../database/index.ts';
import { scheduledRuns } from './schema.ts';

export type ScheduledRunRow = typeof scheduledRuns.$inferSelect;

/** Who claims, for how long, and how often a job may be tried. */
export interface ClaimTerms {
  readonly worker: string;
  /** ISO instants, wall-clock. */
  readonly now: string;
  readonly leaseUntil: string;
  readonly maxAttempts: number;
}

/**
 * Claims (job, day) for `terms.worker`, in one short transaction: a new row (INSERT … ON CONFLICT DO
 * NOTHING), or a `running` row whose lease ran out or a `failed` one due for a retry, locked with
 * FOR UPDATE SKIP LOCKED so two claimers never both take it over. A `done` row, a live lease or a
 * job out of attempts: undefined.
 */
export async function claimRun(
  db: Db,
  job: string,
  day: string,
  terms: ClaimTerms,
): Promise<ScheduledRunRow | undefined> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(scheduledRuns)
      .values({
        job,
        day,
        state: 'running',
        attempts: 1,
        claimedBy: terms.worker,
        leaseUntil: terms.leaseUntil,
        startedAt: terms.now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) return inserted;
    const [expired] = await tx
      .select()
      .from(scheduledRuns)
      .where(
        and(
          eq(scheduledRuns.job, job),
          eq(scheduledRuns.day, day),
          inArray(scheduledRuns.state, ['running', 'failed']),
          lte(scheduledRuns.leaseUntil, terms.now),
          lt(scheduledRuns.attempts, terms.maxAttempts),
        ),
      )
      .for('update', { skipLocked: true });
    if (!expired) return undefined;
    const [taken] = await tx
      .update(scheduledRuns)
      .set({
        state: 'running',
        attempts: expired.attempts + 1,
        claimedBy: terms.worker,
        leaseUntil: terms.leaseUntil,
        startedAt: terms.now,
        finishedAt: null,
      })
      .where(and(eq(scheduledRuns.job, job), eq(scheduledRuns.day, day)))
      .returning();
    return taken;
  });
}

/** The claim as this worker holds it: its run is the `attempts`-th. */
export interface Claim {
  readonly job: string;
  readonly day: string;
  readonly worker: string;
  readonly attempt: number;
}

const held = (claim: Claim) =>
  and(
    eq(scheduledRuns.job, claim.job),
    eq(scheduledRuns.day, claim.day),
    eq(scheduledRuns.state, 'running'),
    eq(scheduledRuns.claimedBy, claim.worker),
    eq(scheduledRuns.attempts, claim.attempt),
  );

/** Moves the lease on; false when the claim is no longer this worker's (taken over after it lapsed). */
export async function renewLease(db: Db, claim: Claim, leaseUntil: string): Promise<boolean> {
  const renewed = await db
    .update(scheduledRuns)
    .set({ leaseUntil })
    .where(held(claim))
    .returning({ job: scheduledRuns.job });
  return renewed.length > 0;
}

/** Records the job done with what it did; false when the claim was lost meanwhile. */
export async function markDone(
  db: Db,
  claim: Claim,
  at: string,
  result: Record<string, unknown>,
): Promise<boolean> {
  const done = await db
    .update(scheduledRuns)
    .set({ state: 'done', finishedAt: at, leaseUntil: null, lastError: null, result })
    .where(held(claim))
    .returning({ job: scheduledRuns.job });
  return done.length > 0;
}

/** Records the job failed, to be retried from `retryAt` while it has attempts left. */
export async function markFailed(db: Db, claim: Claim, at: string, error: string, retryAt: string) {
  const failed = await db
    .update(scheduledRuns)
    .set({ state: 'failed', finishedAt: at, leaseUntil: retryAt, lastError: error })
    .where(held(claim))
    .returning({ job: scheduledRuns.job });
  return failed.length > 0;
}

/** One day's rows, by job. */
export async function runsOfDay(db: Db, day: string): Promise<ScheduledRunRow[]> {
  return db.select().from(scheduledRuns).where(eq(scheduledRuns.day, day));
}

export interface RunFilter {
  readonly job?: string;
  readonly day?: string;
  readonly state?: ScheduledRunRow['state'];
  readonly limit: number;
}

/** Recent runs, the latest day first, then the latest started. */
export async function listRunRows(db: Db, filter: RunFilter): Promise<ScheduledRunRow[]> {
  const where = and(
    filter.job === undefined ? undefined : eq(scheduledRuns.job, filter.job),
    filter.day === undefined ? undefined : eq(scheduledRuns.day, filter.day),
    filter.state === undefined ? undefined : eq(scheduledRuns.state, filter.state),
  );
  return db
    .select()
    .from(scheduledRuns)
    .where(where ?? sql`true`)
    .orderBy(desc(scheduledRuns.day), desc(scheduledRuns.startedAt), scheduledRuns.job)
    .limit(filter.limit);
}
