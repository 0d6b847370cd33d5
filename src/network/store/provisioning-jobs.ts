import { and, asc, count, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { claimDue } from '../../platform/delivery/claim-due.ts';
import { recordFailedAttempt } from '../../platform/delivery/record-failed-attempt.ts';
import { provisioningJobs } from '../schema.ts';
import type { ProvisioningJobState } from '../rules/inventory-states.ts';

export type ProvisioningJobRow = typeof provisioningJobs.$inferSelect;

/** What the network must change: a VLAN on a port, a link up or down, a service opened or closed. */
export type ProvisioningAction =
  | 'service.open'
  | 'service.close'
  | 'service.suspend'
  | 'service.resume'
  | 'service.block'
  | 'service.unblock'
  | 'service.filter'
  | 'service.unfilter'
  | 'link.up'
  | 'link.down'
  | 'vlan.add'
  | 'vlan.remove'
  | 'cpe.install'
  | 'cpe.remove';

/**
 * Queues a provisioning job in the caller's transaction, so the network is asked to change only for
 * a change that committed; delivery happens afterwards (deliver-provisioning-jobs).
 */
export async function enqueueProvisioningJob(
  db: Db,
  clock: Pick<Clock, 'now'>,
  job: { subject: string; action: ProvisioningAction; payload: Record<string, unknown> },
): Promise<ProvisioningJobRow> {
  const now = clock.now().toString();
  const [row] = await db
    .insert(provisioningJobs)
    .values({ ...job, state: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now })
    .returning();
  return row!;
}

export async function listProvisioningJobs(
  db: Db,
  filter: { subject?: string; state?: ProvisioningJobState } = {},
): Promise<ProvisioningJobRow[]> {
  const conditions = [
    ...(filter.subject ? [eq(provisioningJobs.subject, filter.subject)] : []),
    ...(filter.state ? [eq(provisioningJobs.state, filter.state)] : []),
  ];
  return db
    .select()
    .from(provisioningJobs)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(provisioningJobs.seq));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a job id at all (a UUID); anything else would make PostgreSQL refuse the query. */
export function isProvisioningJobId(id: string): boolean {
  return UUID.test(id);
}

/** One job; `forUpdate` locks it for the caller's transaction (a confirm racing a retry waits). */
export async function findProvisioningJob(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProvisioningJobRow | undefined> {
  if (!isProvisioningJobId(id)) return undefined;
  const query = db.select().from(provisioningJobs).where(eq(provisioningJobs.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Claims up to `limit` due pending jobs, oldest due first and then in queue order, leased until
 * `leaseUntil` (FOR UPDATE SKIP LOCKED); see platform/delivery/claim-due.ts.
 */
export async function claimDueProvisioningJobs(
  db: Db,
  limit: number,
  now: Temporal.Instant,
  leaseUntil: Temporal.Instant,
): Promise<ProvisioningJobRow[]> {
  const order = [provisioningJobs.nextAttemptAt, provisioningJobs.seq];
  return claimDue(db, provisioningJobs, order, limit, now, leaseUntil);
}

/**
 * The automation accepted the job. Only a job still pending becomes delivered: one confirmed by hand
 * meanwhile stays confirmed. Answers whether the row changed.
 */
export async function markProvisioningJobDelivered(
  db: Db,
  id: string,
  attempts: number,
  at: Temporal.Instant,
): Promise<boolean> {
  const rows = await db
    .update(provisioningJobs)
    .set({ state: 'delivered', attempts, lastError: null, deliveredAt: at.toString() })
    .where(and(eq(provisioningJobs.id, id), eq(provisioningJobs.state, 'pending')))
    .returning({ id: provisioningJobs.id });
  return rows.length > 0;
}

/**
 * A failed attempt: try again at `nextAttemptAt`, or `failed` when it is null; guarded on the
 * attempts the job was claimed with (platform/delivery/record-failed-attempt.ts).
 */
export async function recordProvisioningJobFailure(
  db: Db,
  id: string,
  claimedAttempts: number,
  failure: { attempts: number; error: string; nextAttemptAt: Temporal.Instant | null },
): Promise<boolean> {
  return recordFailedAttempt(db, provisioningJobs, id, claimedAttempts, failure);
}

/** Sets what a confirm or retry decided; the caller checked the transition under a row lock. */
export async function updateProvisioningJob(
  db: Db,
  id: string,
  change: Partial<
    Pick<
      ProvisioningJobRow,
      'state' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'confirmedAt' | 'confirmedBy'
    >
  >,
): Promise<ProvisioningJobRow> {
  const [row] = await db.update(provisioningJobs).set(change).where(eq(provisioningJobs.id, id)).returning();
  if (!row) throw new Error(`provisioning job ${id} vanished under its lock`);
  return row;
}

/** How many jobs wait to be delivered (due or not). */
export async function countPendingProvisioningJobs(db: Db): Promise<number> {
  const [row] = await db
    .select({ pending: count() })
    .from(provisioningJobs)
    .where(eq(provisioningJobs.state, 'pending'));
  return row?.pending ?? 0;
}

/** Takes a link down and frees its VLAN on the network, in that order: every way a link ends does this. */
export async function enqueueLinkTeardown(
  db: Db,
  clock: Pick<Clock, 'now'>,
  link: {
    id: string;
    aNapId: string;
    zNapId: string | null;
    zHandoff: string | null;
    poolId: string;
    vlan: number;
    endedOn: string | null;
  },
): Promise<void> {
  const ends = { aNapId: link.aNapId, zNapId: link.zNapId, zHandoff: link.zHandoff };
  await enqueueProvisioningJob(db, clock, {
    subject: `link:${link.id}`,
    action: 'link.down',
    payload: { linkId: link.id, ...ends, vlan: link.vlan, endedOn: link.endedOn },
  });
  await enqueueProvisioningJob(db, clock, {
    subject: `link:${link.id}`,
    action: 'vlan.remove',
    payload: { linkId: link.id, poolId: link.poolId, vlan: link.vlan, ...ends },
  });
}
