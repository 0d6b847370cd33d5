import { and, asc, count, desc, eq, gt, ilike, isNull, isNotNull, or, sql } from 'drizzle-orm';
import type { AnyColumn, SQL } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { abuseCases, forceMajeureEvents, maintenanceWindows } from '../schema.ts';
import type { AbuseCaseState, MaintenanceScope } from '../schema.ts';
import type { AbuseCaseRow } from './abuse-cases.ts';
import type { ForceMajeureEventRow } from './force-majeure.ts';
import type { MaintenanceWindowRow } from './maintenance-cover.ts';
import { containsPattern } from '../../platform/database/index.ts';

/*
 * One page of maintenance windows, force-majeure events or abuse cases, with the count of all the
 * filter keeps: the lists of the back office's work screens, paged, searched and sorted on the server.
 */

export interface PageOf<Row> {
  readonly rows: Row[];
  readonly total: number;
}

interface Paging {
  readonly search?: string | undefined;
  readonly order: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

/** AB-9 before AB-10. */
const byNumber = (column: AnyColumn, order: 'asc' | 'desc') => {
  const direction = order === 'asc' ? asc : desc;
  return [direction(sql`length(${column})`), direction(column)];
};

export const MAINTENANCE_LIST_SORTS = ['startsAt', 'id'] as const;

export async function maintenancePage(
  db: Db,
  filter: Paging & {
    readonly sellerId?: string | undefined;
    readonly scope?: MaintenanceScope | undefined;
    /** Only windows not cancelled and not over at this instant. */
    readonly upcomingAt?: string | undefined;
    readonly sort: (typeof MAINTENANCE_LIST_SORTS)[number];
  },
): Promise<PageOf<MaintenanceWindowRow>> {
  const table = maintenanceWindows;
  const where = and(
    filter.sellerId ? eq(table.sellerId, filter.sellerId) : undefined,
    filter.scope ? eq(table.scope, filter.scope) : undefined,
    filter.upcomingAt ? and(isNull(table.cancelledAt), gt(table.endsAt, filter.upcomingAt)) : undefined,
    filter.search
      ? or(
          ilike(table.id, containsPattern(filter.search)),
          ilike(table.scopeId, containsPattern(filter.search)),
          ilike(table.description, containsPattern(filter.search)),
        )
      : undefined,
  );
  const direction = filter.order === 'asc' ? asc : desc;
  const orderBy =
    filter.sort === 'id'
      ? byNumber(table.id, filter.order)
      : [direction(table.startsAt), ...byNumber(table.id, filter.order)];
  return page(
    db
      .select()
      .from(table)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(table).where(where),
  );
}

export const FORCE_MAJEURE_LIST_SORTS = ['startedOn', 'id'] as const;

export async function forceMajeurePage(
  db: Db,
  filter: Paging & {
    readonly sellerId?: string | undefined;
    readonly open?: boolean | undefined;
    readonly sort: (typeof FORCE_MAJEURE_LIST_SORTS)[number];
  },
): Promise<PageOf<ForceMajeureEventRow>> {
  const table = forceMajeureEvents;
  const where = and(
    filter.sellerId ? eq(table.sellerId, filter.sellerId) : undefined,
    filter.open === true
      ? isNull(table.endedOn)
      : filter.open === false
        ? isNotNull(table.endedOn)
        : undefined,
    filter.search
      ? or(
          ilike(table.id, containsPattern(filter.search)),
          ilike(table.description, containsPattern(filter.search)),
        )
      : undefined,
  );
  const direction = filter.order === 'asc' ? asc : desc;
  const orderBy =
    filter.sort === 'id'
      ? byNumber(table.id, filter.order)
      : [direction(table.startedOn), direction(table.declaredAt), ...byNumber(table.id, filter.order)];
  return page(
    db
      .select()
      .from(table)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(table).where(where),
  );
}

export const ABUSE_LIST_SORTS = ['openedAt', 'id', 'state'] as const;

export async function abuseCasePage(
  db: Db,
  filter: Paging & {
    readonly sellerId?: string | undefined;
    readonly customerId?: string | undefined;
    readonly state?: AbuseCaseState | undefined;
    readonly sort: (typeof ABUSE_LIST_SORTS)[number];
  },
): Promise<PageOf<AbuseCaseRow>> {
  const table = abuseCases;
  const where = and(
    filter.sellerId ? eq(table.sellerId, filter.sellerId) : undefined,
    filter.customerId ? eq(table.customerId, filter.customerId) : undefined,
    filter.state ? eq(table.state, filter.state) : undefined,
    filter.search
      ? or(
          ilike(table.id, containsPattern(filter.search)),
          ilike(table.evidence, containsPattern(filter.search)),
          eq(table.customerId, filter.search),
          eq(table.serviceId, filter.search),
        )
      : undefined,
  );
  const direction = filter.order === 'asc' ? asc : desc;
  const orderBy: SQL[] =
    filter.sort === 'id'
      ? byNumber(table.id, filter.order)
      : filter.sort === 'state'
        ? [direction(table.state), desc(table.openedAt), ...byNumber(table.id, 'desc')]
        : [direction(table.openedAt), ...byNumber(table.id, filter.order)];
  return page(
    db
      .select()
      .from(table)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(table).where(where),
  );
}

async function page<Row>(rows: Promise<Row[]>, counted: Promise<{ total: number }[]>): Promise<PageOf<Row>> {
  const [found, [total]] = await Promise.all([rows, counted]);
  return { rows: found, total: Number(total?.total ?? 0) };
}
