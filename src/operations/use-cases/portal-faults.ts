import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { faultBoardRows } from '../store/fault-board.ts';
import type { FaultBoardSort } from '../store/fault-board.ts';
import { linkReach, serviceReach } from '../store/fault-tickets.ts';
import { faultTicketView } from './fault-ticket-view.ts';
import type { FaultTicketView } from './fault-ticket-view.ts';
import { reportFault } from './report-fault.ts';
import type { ReportFault } from './report-fault.ts';

/*
 * The faults of the portals (issue 8): a customer reports on its own services and links and follows
 * its own tickets; a provider follows its own services' tickets. Anything else is "not found".
 */

export interface FaultTicketPortalPage {
  readonly items: FaultTicketView[];
  readonly total: number;
}

/**
 * Tickets newest first (or as the fault board sorts them), a page at a time with the total: a
 * customer's own (`customerId`), or, when the actor is a provider, its own services' only.
 */
export async function listPortalFaults(
  context: Context,
  filter: {
    readonly customerId?: string;
    readonly search?: string | undefined;
    readonly sort?: FaultBoardSort | undefined;
    readonly order?: 'asc' | 'desc' | undefined;
    readonly limit: number;
    readonly offset: number;
  },
): Promise<FaultTicketPortalPage> {
  // Scoped to the caller: a provider's own services' tickets, a customer's own.
  const { rows, total } = await faultBoardRows(context.db, {
    customerId: filter.customerId,
    providerId: context.actor.providerId,
    search: filter.search?.trim() || undefined,
    sort: filter.sort ?? 'reportedAt',
    order: filter.order ?? (filter.sort ? 'asc' : 'desc'),
    limit: filter.limit,
    offset: filter.offset,
  });
  const now = context.clock.now();
  return { items: rows.map((row) => faultTicketView(row, now)), total };
}

/** A customer reports a fault on one of its own services (or links), by the customer portal. */
export async function reportCustomerFault(
  context: Context,
  customerId: string,
  input: Omit<ReportFault, 'customerId' | 'sellerId' | 'channel'>,
): Promise<FaultTicketView> {
  if (typeof input.serviceId === 'string' && input.serviceId !== '') {
    const reach = await serviceReach(context.db, input.serviceId);
    if (!reach || reach.customerId !== customerId)
      throw new NotFoundError('network service', input.serviceId);
  } else if (typeof input.linkId === 'string' && input.linkId !== '') {
    const reach = await linkReach(context.db, input.linkId);
    if (!reach || reach.customerId !== customerId) throw new NotFoundError('link', input.linkId);
  }
  return reportFault(context, { ...input, customerId, channel: 'customer-portal' });
}
