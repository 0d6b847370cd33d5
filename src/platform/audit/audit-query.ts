import { Temporal } from 'temporal-polyfill';
import { and, asc, count, desc, eq, gt, gte, lt } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../database/index.ts';
import type { AuditFilter } from './audit-filter.ts';
import type { RecordedAuditEvent } from './audit-log.ts';
import { auditEvents } from './schema.ts';

export const MAX_AUDIT_PAGE = 500;

/** One page of the log, newest first; `next` is the cursor for the page after it, null at the end. */
export interface AuditEventPage {
  readonly events: RecordedAuditEvent[];
  readonly next: string | null;
}

/**
 * The log newest first, by keyset: `before` is the id the previous page ended at. With a subject the
 * read walks `audit_events_subject_idx` (type, id, event id) backwards; without one the primary key.
 */
export async function listAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { readonly limit: number; readonly before?: number },
): Promise<AuditEventPage> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(...conditions(filter), page.before === undefined ? undefined : lt(auditEvents.id, page.before)),
    )
    .orderBy(...subjectOrder(filter, 'desc'))
    .limit(page.limit + 1);
  const events = rows.slice(0, page.limit).map(eventOf);
  const more = rows.length > page.limit;
  return { events, next: more ? String(events[events.length - 1]!.id) : null };
}

/** How many events the filter selects: the total of a progress bar. */
export async function countAuditEvents(db: Db, filter: AuditFilter): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(auditEvents)
    .where(and(...conditions(filter)));
  return Number(row?.total ?? 0);
}

/**
 * The log oldest first, `pageSize` events per read, so an export of millions of events holds one
 * page in memory at a time. Each read starts after the last id of the one before (keyset).
 */
export async function* auditEventPages(
  db: Db,
  filter: AuditFilter,
  pageSize = MAX_AUDIT_PAGE,
): AsyncGenerator<RecordedAuditEvent[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(...conditions(filter), gt(auditEvents.id, after)))
      .orderBy(...subjectOrder(filter, 'asc'))
      .limit(pageSize);
    if (rows.length === 0) return;
    yield rows.map(eventOf);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

function conditions(filter: AuditFilter): SQL[] {
  return [
    ...(filter.subjectType === undefined ? [] : [eq(auditEvents.subjectType, filter.subjectType)]),
    ...(filter.subjectId === undefined ? [] : [eq(auditEvents.subjectId, filter.subjectId)]),
    ...(filter.actor === undefined ? [] : [eq(auditEvents.actor, filter.actor)]),
    ...(filter.action === undefined ? [] : [eq(auditEvents.action, filter.action)]),
    ...(filter.from === undefined ? [] : [gte(auditEvents.occurredAt, filter.from.toString())]),
    ...(filter.to === undefined ? [] : [lt(auditEvents.occurredAt, filter.to.toString())]),
  ];
}

/** Ordered as the index that serves the filter, so the planner reads it in order and stops early. */
function subjectOrder(filter: AuditFilter, direction: 'asc' | 'desc'): SQL[] {
  const by = direction === 'asc' ? asc : desc;
  if (filter.subjectType !== undefined && filter.subjectId !== undefined)
    return [by(auditEvents.subjectType), by(auditEvents.subjectId), by(auditEvents.id)];
  return [by(auditEvents.id)];
}

function eventOf(row: typeof auditEvents.$inferSelect): RecordedAuditEvent {
  return {
    id: row.id,
    occurredAt: Temporal.Instant.from(row.occurredAt),
    actor: row.actor,
    origin: row.origin,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    ...(row.reason === null ? {} : { reason: row.reason }),
    details: row.details,
  };
}
