import type { Context } from '../../platform/context.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import { ABUSE_CASE_STATES, MAINTENANCE_SCOPES } from '../schema.ts';
import { measuresOf } from '../store/abuse-cases.ts';
import type { ForceMajeureEventRow } from '../store/force-majeure.ts';
import {
  ABUSE_LIST_SORTS,
  abuseCasePage,
  FORCE_MAJEURE_LIST_SORTS,
  forceMajeurePage,
  MAINTENANCE_LIST_SORTS,
  maintenancePage,
} from '../store/work-lists.ts';
import { abuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';
import { maintenanceWindowView } from './maintenance-view.ts';
import type { MaintenanceWindowView } from './maintenance-view.ts';

/*
 * The paged lists of the maintenance, force-majeure and abuse screens: `{ items, total }`, searched
 * and sorted on the server, so they stay one page long however many there are.
 */

export interface WorkPage<Item> {
  readonly items: Item[];
  readonly total: number;
}

export interface PageQuery {
  readonly search?: string | undefined;
  readonly sort?: string | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export const MAX_WORK_PAGE = 200;

function paging(query: PageQuery) {
  const limit = query.limit ?? 25;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_WORK_PAGE)
    throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_WORK_PAGE}`);
  if (!Number.isInteger(offset) || offset < 0)
    throw new InvalidInputError('offset', 'must be a whole number, 0 or more');
  const search = query.search?.trim();
  return { limit, offset, search: search === '' ? undefined : search };
}

function oneOf<T extends string>(
  field: string,
  value: string | undefined,
  known: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const found = known.find((k) => k === value);
  if (!found) throw new InvalidInputError(field, `${quote(value)} is not one of ${known.join(', ')}`);
  return found;
}

/** Maintenance windows: the upcoming ones (default) the next first, or all the latest first. */
export async function listMaintenancePage(
  context: Pick<Context, 'db' | 'clock'>,
  query: PageQuery & { readonly sellerId?: string; readonly scope?: string; readonly upcoming?: boolean },
): Promise<WorkPage<MaintenanceWindowView> & { readonly now: string }> {
  const upcoming = query.upcoming !== false;
  const { rows, total } = await maintenancePage(context.db, {
    ...paging(query),
    sellerId: query.sellerId,
    scope: oneOf('scope', query.scope, MAINTENANCE_SCOPES),
    upcomingAt: upcoming ? context.clock.now().toString() : undefined,
    sort: oneOf('sort', query.sort, MAINTENANCE_LIST_SORTS) ?? 'startsAt',
    order: query.order ?? (upcoming ? 'asc' : 'desc'),
  });
  return { items: rows.map(maintenanceWindowView), total, now: context.clock.now().toString() };
}

/** Force-majeure events, the latest start first; `open` keeps those not ended, `false` the ended. */
export async function listForceMajeurePage(
  context: Pick<Context, 'db'>,
  query: PageQuery & { readonly sellerId?: string; readonly open?: boolean },
): Promise<WorkPage<ForceMajeureEventRow>> {
  const { rows, total } = await forceMajeurePage(context.db, {
    ...paging(query),
    sellerId: query.sellerId,
    open: query.open,
    sort: oneOf('sort', query.sort, FORCE_MAJEURE_LIST_SORTS) ?? 'startedOn',
    order: query.order ?? 'desc',
  });
  return { items: rows, total };
}

/** Abuse cases with their measures, the newest first. */
export async function listAbuseCasePage(
  context: Pick<Context, 'db'>,
  query: PageQuery & { readonly sellerId?: string; readonly customerId?: string; readonly state?: string },
): Promise<WorkPage<AbuseCaseView>> {
  const { rows, total } = await abuseCasePage(context.db, {
    ...paging(query),
    sellerId: query.sellerId,
    customerId: query.customerId,
    state: oneOf('state', query.state, ABUSE_CASE_STATES),
    sort: oneOf('sort', query.sort, ABUSE_LIST_SORTS) ?? 'openedAt',
    order: query.order ?? 'desc',
  });
  const measures = await measuresOf(
    context.db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => abuseCaseView(row, measures)), total };
}
