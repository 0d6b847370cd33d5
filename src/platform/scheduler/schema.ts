import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The scheduler's runs: one row per job and day of the daily cycle, so the cycle runs once a day
 * however many `vezel worker` processes share the database. A worker claims (job, day) by inserting
 * the row, or by taking over a `running` row whose lease ran out (its worker died) with
 * `FOR UPDATE SKIP LOCKED`; a `done` row is never run again. Lease times are wall-clock instants,
 * even when the worker rehearses another day with `--as-of`.
 */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    /** The job's key: form-due-contracts, bill-runs, dunning, … */
    job: text('job').notNull(),
    /** The operator-local day (Europe/Amsterdam) the job runs for. */
    day: date('day', { mode: 'string' }).notNull(),
    /** `running` while a worker holds the lease; `failed` waits for a retry (or for a person). */
    state: text('state', { enum: ['running', 'done', 'failed'] }).notNull(),
    /** Times a worker claimed it: 1 for a run that went through at once. */
    attempts: integer('attempts').notNull(),
    /** The worker holding or last holding it: host:pid. */
    claimedBy: text('claimed_by').notNull(),
    /** Running: the lease, renewed while the worker lives. Failed: not retried before. Done: null. */
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'string' }),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    lastError: text('last_error'),
    /** What the job did, in counts and ids (never personal data). */
    result: jsonb('result').$type<Record<string, unknown>>(),
  },
  (table) => [
    primaryKey({ columns: [table.job, table.day] }),
    index('scheduled_runs_started_idx').on(table.startedAt),
  ],
);
