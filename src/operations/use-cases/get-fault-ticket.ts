import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { FAULT_TICKET_STATES } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';
import { eventsOfTicket, findFaultTicket, listFaultTickets } from '../store/fault-tickets.ts';
import type { FaultTicketRow } from '../store/fault-tickets.ts';
import { faultTicketEventView, faultTicketView } from './fault-ticket-view.ts';
import type { FaultTicketDetail, FaultTicketView } from './fault-ticket-view.ts';

/**
 * One fault ticket with its history and where its SLA clock stands now. A provider's token sees
 * only the tickets of its own services; any other is "not found".
 */
export async function getFaultTicket(context: Context, ticketId: string): Promise<FaultTicketDetail> {
  const row = visibleTicket(context, await findFaultTicket(context.db, ticketId), ticketId);
  const events = await eventsOfTicket(context.db, row.id);
  return { ...faultTicketView(row, context.clock.now()), history: events.map(faultTicketEventView) };
}

/** The ticket if the actor may see it; NotFoundError otherwise (for a provider: not its service's). */
export function visibleTicket(
  context: Pick<Context, 'actor'>,
  row: FaultTicketRow | undefined,
  ticketId: string,
): FaultTicketRow {
  const providerId = context.actor.providerId;
  if (!row || (providerId !== undefined && row.providerId !== providerId))
    throw new NotFoundError('fault ticket', ticketId);
  return row;
}

export interface FaultTicketQuery {
  readonly state?: string;
  readonly customerId?: string;
  readonly sellerId?: string;
  readonly openOnly?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export const MAX_FAULT_PAGE = 500;

export interface FaultTicketPage {
  readonly tickets: FaultTicketView[];
  readonly limit: number;
  readonly offset: number;
}

/** Tickets newest first, filtered and paged; a provider's token lists its own services' only. */
export async function listFaultTicketViews(
  context: Context,
  query: FaultTicketQuery = {},
): Promise<FaultTicketPage> {
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FAULT_PAGE)
    throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_FAULT_PAGE}`);
  if (!Number.isInteger(offset) || offset < 0)
    throw new InvalidInputError('offset', 'must be a whole number, 0 or more');
  let state: FaultTicketState | undefined;
  if (query.state !== undefined) {
    state = FAULT_TICKET_STATES.find((known) => known === query.state);
    if (!state)
      throw new InvalidInputError(
        'state',
        `${quote(query.state)} is not one of ${FAULT_TICKET_STATES.join(', ')}`,
      );
  }
  const rows = await listFaultTickets(context.db, {
    state,
    customerId: query.customerId,
    sellerId: query.sellerId,
    providerId: context.actor.providerId,
    openOnly: query.openOnly,
    limit,
    offset,
  });
  const now = context.clock.now();
  return { tickets: rows.map((row) => faultTicketView(row, now)), limit, offset };
}
