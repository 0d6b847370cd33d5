import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { claimRun, markDone, markFailed, renewLease } from './store.ts';
import type { Claim } from './store.ts';

/** One job of the daily cycle: calls existing use cases, each step idempotent, and says what it did. */
export interface DailyJob {
  readonly key: string;
  readonly run: (context: Context, day: Temporal.PlainDate) => Promise<Record<string, unknown>>;
}

export interface SchedulerLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface LeaseSettings {
  /** This worker, as recorded in `claimed_by`: host:pid. */
  readonly worker: string;
  /** How long a claim holds without renewal; renewed every third of it while the job runs. */
  readonly leaseSeconds: number;
  /** Claims of one (job, day) before it is given up and left for a person. */
  readonly maxAttempts: number;
  /** The first retry of a failed job waits this long, the next ones longer (capped at an hour). */
  readonly retrySeconds: number;
  /** Wall-clock time for leases: real even when the cycle rehearses another day (`--as-of`). */
  readonly wallClock: () => Temporal.Instant;
  readonly log: SchedulerLog;
}

export const DEFAULT_LEASE_SECONDS = 60;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY_SECONDS = 60;

export type JobOutcome = 'done' | 'failed' | 'not-claimed';

/**
 * Claims (job, day) and, when this worker gets it, runs the job while renewing the lease, then
 * records it done (with its result) or failed (to be retried later). A worker that dies stops
 * renewing: the lease runs out and the next worker takes the job over and runs it again, which the
 * job's idempotent steps turn into finishing what was left.
 */
export async function runClaimedJob(
  context: Context,
  job: DailyJob,
  day: Temporal.PlainDate,
  settings: LeaseSettings,
): Promise<JobOutcome> {
  const now = settings.wallClock();
  const row = await claimRun(context.db, job.key, day.toString(), {
    worker: settings.worker,
    now: now.toString(),
    leaseUntil: now.add({ seconds: settings.leaseSeconds }).toString(),
    maxAttempts: settings.maxAttempts,
  });
  if (!row) return 'not-claimed';
  const claim: Claim = { job: job.key, day: row.day, worker: settings.worker, attempt: row.attempts };
  const details = { job: job.key, day: row.day, attempt: row.attempts, worker: settings.worker };
  settings.log.info(details, row.attempts > 1 ? 'job taken over' : 'job started');
  const heartbeat = startHeartbeat(context, claim, settings);
  try {
    const result = await job.run(context, day);
    await heartbeat.stop();
    const recorded = await markDone(context.db, claim, settings.wallClock().toString(), result);
    if (recorded) settings.log.info({ ...details, result }, 'job done');
    else settings.log.warn(details, 'job finished after its lease was taken over; the new holder records it');
    return 'done';
  } catch (error) {
    await heartbeat.stop();
    const message = error instanceof Error ? error.message : String(error);
    const at = settings.wallClock();
    const wait = Math.min(settings.retrySeconds * 2 ** (row.attempts - 1), 3_600);
    await markFailed(context.db, claim, at.toString(), message, at.add({ seconds: wait }).toString());
    const givenUp = row.attempts >= settings.maxAttempts;
    settings.log.error(
      { ...details, error: message, ...(givenUp ? {} : { retryInSeconds: wait }) },
      givenUp ? 'job failed for the last time: see GET /scheduler/runs' : 'job failed, to be retried',
    );
    return 'failed';
  }
}

/** Renews the lease every third of it; a renewal that finds the claim gone is logged. */
function startHeartbeat(context: Context, claim: Claim, settings: LeaseSettings) {
  let renewing: Promise<void> | undefined;
  const timer = setInterval(
    () => {
      renewing ??= renewLease(
        context.db,
        claim,
        settings.wallClock().add({ seconds: settings.leaseSeconds }).toString(),
      )
        .then((renewed) => {
          if (!renewed) settings.log.warn({ ...claim }, 'lease lost: another worker took the job over');
        })
        .catch((error: unknown) => settings.log.warn({ ...claim, error: String(error) }, 'lease not renewed'))
        .finally(() => (renewing = undefined));
    },
    Math.max(100, (settings.leaseSeconds * 1000) / 3),
  );
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await renewing;
    },
  };
}
