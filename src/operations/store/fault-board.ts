import { and, asc, count, desc, eq, ilike, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { faultTickets } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';
import type { FaultTicketRow } from './fault-tickets.ts';
import { containsPattern } from '../../platform/database/index.ts';

/** The columns the fault board sorts on. */
export const FAULT_BOARD_SORTS = ['maximumBy', 'reportedAt', 'id', 'state', 'customerName'] as const;
export type FaultBoardSort = (typeof FAULT_BOARD_SORTS)[number];

export interface FaultBoardFilter {
  readonly state?: FaultTicketState | undefined;
  readonly sellerId?: string | undefined;
  /** The fiber counts of one cable class (a row of the repair-time table, e.g. [12, 24]). */
  readonly fiberCounts?: readonly number[] | undefined;
  readonly openOnly?: boolean | undefined;
  /** A part of the ticket id, the end user's name, the description, or a customer or service id. */
  readonly search?: string | undefined;
  readonly providerId?: string | undefined;
  /** A customer's own tickets (the customer portal). */
  readonly customerId?: string | undefined;
  readonly sort: FaultBoardSort;
  readonly order: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

const DONE: FaultTicketState[] = ['resolved', 'closed'];

/** One page of the board and the count of all tickets the filter keeps. */
export async function faultBoardRows(
  db: Db,
  filter: FaultBoardFilter,
): Promise<{ rows: FaultTicketRow[]; total: number }> {
  const where = conditions(filter);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(faultTickets)
      .where(where)
      .orderBy(...ordering(filter.sort, filter.order))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(faultTickets).where(where),
  ]);
  return { rows, total: Number(counted?.total ?? 0) };
}

function conditions(filter: FaultBoardFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.state) where.push(eq(faultTickets.state, filter.state));
  if (filter.sellerId) where.push(eq(faultTickets.sellerId, filter.sellerId));
  if (filter.providerId) where.push(eq(faultTickets.providerId, filter.providerId));
  if (filter.customerId) where.push(eq(faultTickets.customerId, filter.customerId));
  if (filter.fiberCounts) where.push(inArray(faultTickets.fiberCount, [...filter.fiberCounts]));
  if (filter.openOnly) where.push(notInArray(faultTickets.state, DONE));
  if (filter.search) where.push(matching(filter.search));
  return where.length > 0 ? and(...where) : undefined;
}

function matching(search: string): SQL {
  const pattern = containsPattern(search);
  return or(
    ilike(faultTickets.id, pattern),
    ilike(sql`${faultTickets.report}->>'customerName'`, pattern),
    ilike(sql`${faultTickets.report}->>'description'`, pattern),
    eq(faultTickets.customerId, search),
    eq(faultTickets.serviceId, search),
  )!;
}

/**
 * The most urgent first by default: the open tickets with a running clock by their maximum, then
 * those without one (no clock, repaired, closed), the latest report first.
 */
function ordering(sort: FaultBoardSort, order: 'asc' | 'desc'): SQL[] {
  const direction = order === 'asc' ? asc : desc;
  // FLT-9 before FLT-10: by the number's length, then the text.
  const byId = [direction(sql`length(${faultTickets.id})`), direction(faultTickets.id)];
  switch (sort) {
    case 'maximumBy':
      return [
        asc(
          sql`case when ${faultTickets.state} in ('resolved', 'closed') then null else ${faultTickets.maximumBy} end is null`,
        ),
        sql`case when ${faultTickets.state} in ('resolved', 'closed') then null else ${faultTickets.maximumBy} end ${sql.raw(order)}`,
        desc(faultTickets.reportedAt),
        ...byId,
      ];
    case 'reportedAt':
      return [direction(faultTickets.reportedAt), ...byId];
    case 'state':
      return [direction(faultTickets.state), desc(faultTickets.reportedAt), ...byId];
    case 'customerName':
      return [direction(sql`lower(${faultTickets.report}->>'customerName')`), ...byId];
    case 'id':
      return byId;
  }
}
