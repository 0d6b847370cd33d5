import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { PROVISIONING_JOB_STATES } from '../rules/inventory-states.ts';
import type { ProvisioningJobState } from '../rules/inventory-states.ts';
import { findProvisioningJob, listProvisioningJobs } from '../store/provisioning-jobs.ts';
import type { ProvisioningJobRow } from '../store/provisioning-jobs.ts';

/** A provisioning job as the API and CLI show it; instants in ISO 8601 (UTC). */
export interface ProvisioningJobView {
  readonly id: string;
  readonly subject: string;
  readonly action: string;
  readonly payload: Record<string, unknown>;
  readonly state: ProvisioningJobState;
  readonly attempts: number;
  /** When delivery is tried next; null once it is no longer pending. */
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
  readonly confirmedAt: string | null;
  readonly confirmedBy: string | null;
}

export async function getProvisioningJob(db: Db, id: string): Promise<ProvisioningJobView> {
  const row = await findProvisioningJob(db, id);
  if (!row) throw new NotFoundError('provisioning job', id);
  return provisioningJobView(row);
}

export interface ProvisioningJobFilter {
  /** `pending`, `delivered`, `confirmed` or `failed`. */
  readonly state?: string;
  /** What it is about: `service:S-1`, `link:L-4`. */
  readonly subject?: string;
}

/** The jobs, oldest first; by state and by subject when asked. */
export async function listProvisioningJobViews(
  db: Db,
  filter: ProvisioningJobFilter = {},
): Promise<ProvisioningJobView[]> {
  const state = filter.state === undefined ? undefined : jobState(filter.state);
  const rows = await listProvisioningJobs(db, {
    ...(state ? { state } : {}),
    ...(filter.subject ? { subject: filter.subject } : {}),
  });
  return rows.map(provisioningJobView);
}

function jobState(value: string): ProvisioningJobState {
  const state = PROVISIONING_JOB_STATES.find((candidate) => candidate === value);
  if (!state)
    throw new InvalidInputError(
      'state',
      `${quote(value)} is not one of ${PROVISIONING_JOB_STATES.join(', ')}`,
    );
  return state;
}

export function provisioningJobView(row: ProvisioningJobRow): ProvisioningJobView {
  return {
    id: row.id,
    subject: row.subject,
    action: row.action,
    payload: row.payload,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? isoInstant(row.nextAttemptAt) : null,
    lastError: row.lastError,
    createdAt: isoInstant(row.createdAt),
    deliveredAt: row.deliveredAt === null ? null : isoInstant(row.deliveredAt),
    confirmedAt: row.confirmedAt === null ? null : isoInstant(row.confirmedAt),
    confirmedBy: row.confirmedBy,
  };
}

/** A timestamp as either store writes it (`2026-11-22 11:00:00+00`), in ISO 8601 UTC. */
export function isoInstant(value: string): string {
  return Temporal.Instant.from(value).toString();
}
