import { Temporal } from 'temporal-polyfill';
import { and, asc, eq } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../database/index.ts';
import { auditEvents } from './schema.ts';

export interface AuditEvent {
  readonly occurredAt: Temporal.Instant;
  /** A user id, `system`, or `cli:<os user>`. */
  readonly actor: string;
  /** Where the change came from: `cli`, `http <address>`, `worker`. */
  readonly origin: string;
  /** `<subject>.<verb>` in the past tense, e.g. `contract.terminated`. */
  readonly action: string;
  readonly subject: { readonly type: string; readonly id: string };
  readonly reason?: string;
  readonly details?: Record<string, unknown>;
}

export interface RecordedAuditEvent extends AuditEvent {
  readonly id: number;
}

/** Call inside the use case's transaction, so the change and its record commit or roll back together. */
export async function recordAuditEvent(db: Db, event: AuditEvent): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      occurredAt: event.occurredAt.toString(),
      actor: event.actor,
      origin: event.origin,
      action: event.action,
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      reason: event.reason ?? null,
      details: event.details ?? {},
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error('audit event was not recorded');
  return row.id;
}

export async function auditTrailOf(
  db: Db,
  subject: { readonly type: string; readonly id: string },
): Promise<RecordedAuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, subject.type), eq(auditEvents.subjectId, subject.id)))
    .orderBy(asc(auditEvents.id));
  return rows.map((row) => ({
    id: row.id,
    occurredAt: Temporal.Instant.from(row.occurredAt),
    actor: row.actor,
    origin: row.origin,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    ...(row.reason === null ? {} : { reason: row.reason }),
    details: row.details,
  }));
}

export interface Change {
  readonly action: string;
  readonly subject: { readonly type: string; readonly id: string };
  readonly reason?: string;
  readonly details?: Record<string, unknown>;
}

/** Records a change made by the context's actor, at the context's time; `db` is the use case's transaction. */
export function auditChange(
  db: Db,
  context: Pick<Context, 'clock' | 'actor'>,
  change: Change,
): Promise<number> {
  return recordAuditEvent(db, {
    occurredAt: context.clock.now(),
    actor: context.actor.id,
    origin: context.actor.origin,
    ...change,
  });
}
