import type { Context } from '../../platform/context.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import { FAULT_TICKET_STATES } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';
import { FAULT_BOARD_SORTS, faultBoardRows } from '../store/fault-board.ts';
import type { FaultBoardSort } from '../store/fault-board.ts';
import { faultTicketView } from './fault-ticket-view.ts';
import type { FaultTicketView } from './fault-ticket-view.ts';

export interface FaultBoardQuery {
  readonly state?: string | undefined;
  readonly sellerId?: string | undefined;
  /** A cable class as the repair-time table names it: `12/24`, `48`, `96`, … */
  readonly cableClass?: string | undefined;
  readonly open?: boolean | undefined;
  readonly search?: string | undefined;
  readonly sort?: string | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface FaultBoard {
  readonly items: FaultTicketView[];
  readonly total: number;
  /** The server's clock when the page was read (UTC): the countdowns tick from it. */
  readonly now: string;
}

export const MAX_FAULT_BOARD_PAGE = 200;

/**
 * The fault board: tickets with their SLA deadlines and where each clock stands (running, warning,
 * breached …), filtered, searched, sorted (the most urgent maximum first by default) and paged.
 * A provider's token sees its own services' tickets only.
 */
export async function listFaultBoard(context: Context, query: FaultBoardQuery = {}): Promise<FaultBoard> {
  const limit = query.limit ?? 25;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FAULT_BOARD_PAGE)
    throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_FAULT_BOARD_PAGE}`);
  if (!Number.isInteger(offset) || offset < 0)
    throw new InvalidInputError('offset', 'must be a whole number, 0 or more');
  const search = query.search?.trim();
  const { rows, total } = await faultBoardRows(context.db, {
    state: stateOf(query.state),
    sellerId: query.sellerId,
    fiberCounts: query.cableClass === undefined ? undefined : fiberCountsOf(query.cableClass),
    openOnly: query.open,
    search: search === '' ? undefined : search,
    providerId: context.actor.providerId,
    sort: sortOf(query.sort),
    order: query.order ?? 'asc',
    limit,
    offset,
  });
  const now = context.clock.now();
  return { items: rows.map((row) => faultTicketView(row, now)), total, now: now.toString() };
}

function stateOf(state: string | undefined): FaultTicketState | undefined {
  if (state === undefined) return undefined;
  const known = FAULT_TICKET_STATES.find((s) => s === state);
  if (!known)
    throw new InvalidInputError('state', `${quote(state)} is not one of ${FAULT_TICKET_STATES.join(', ')}`);
  return known;
}

function sortOf(sort: string | undefined): FaultBoardSort {
  if (sort === undefined) return 'maximumBy';
  const known = FAULT_BOARD_SORTS.find((s) => s === sort);
  if (!known)
    throw new InvalidInputError('sort', `${quote(sort)} is not one of ${FAULT_BOARD_SORTS.join(', ')}`);
  return known;
}

/** `12/24` → [12, 24]: the fiber counts of one class of the repair-time table (vn:6.4.10). */
export function fiberCountsOf(cableClass: string): number[] {
  const parts = cableClass.split('/').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !/^[1-9]\d{0,3}$/.test(part)))
    throw new InvalidInputError(
      'cableClass',
      `${quote(cableClass)} is no cable class: fiber counts such as 12/24, 48, 96, 144 or 192 (vn:6.4.10)`,
    );
  return parts.map(Number);
}
