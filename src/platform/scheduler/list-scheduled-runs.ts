import { Temporal } from 'temporal-polyfill';
import type { Db } from '../database/index.ts';
import { FieldChecks } from '../../shared/errors/index.ts';
import { isPlainDateText } from '../../shared/calendar/index.ts';
import { listRunRows } from './store.ts';
import type { ScheduledRunRow } from './store.ts';

export const SCHEDULED_RUN_STATES = ['running', 'done', 'failed'] as const;

/** A scheduled run as shown: instants in ISO 8601. */
export interface ScheduledRunView {
  readonly job: string;
  readonly day: string;
  readonly state: ScheduledRunRow['state'];
  readonly attempts: number;
  readonly claimedBy: string;
  readonly leaseUntil: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly lastError: string | null;
  readonly result: Record<string, unknown> | null;
}

export interface ListScheduledRuns {
  readonly job?: string;
  readonly day?: string;
  readonly state?: string;
  /** Default 50, at most 500. */
  readonly limit?: number;
}

/** The scheduler's recent runs, the latest day first: what ran, who holds what, what failed and why. */
export async function listScheduledRuns(db: Db, input: ListScheduledRuns = {}): Promise<ScheduledRunView[]> {
  const checks = new FieldChecks();
  const limit = input.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    checks.add('limit', `must be a whole number from 1 to 500, not ${String(input.limit)}`);
  if (input.day !== undefined && !isPlainDateText(input.day))
    checks.add('day', `'${input.day}' is not a date (YYYY-MM-DD)`);
  const state = SCHEDULED_RUN_STATES.find((s) => s === input.state);
  if (input.state !== undefined && !state)
    checks.add('state', `must be one of ${SCHEDULED_RUN_STATES.join(', ')}`);
  checks.throwIfAny();
  const rows = await listRunRows(db, {
    limit,
    ...(input.job === undefined ? {} : { job: input.job }),
    ...(input.day === undefined ? {} : { day: input.day }),
    ...(state ? { state } : {}),
  });
  return rows.map(viewOf);
}

const iso = (instant: string) => Temporal.Instant.from(instant).toString();

function viewOf(row: ScheduledRunRow): ScheduledRunView {
  return {
    job: row.job,
    day: row.day,
    state: row.state,
    attempts: row.attempts,
    claimedBy: row.claimedBy,
    leaseUntil: row.leaseUntil === null ? null : iso(row.leaseUntil),
    startedAt: iso(row.startedAt),
    finishedAt: row.finishedAt === null ? null : iso(row.finishedAt),
    lastError: row.lastError,
    result: row.result ?? null,
  };
}
