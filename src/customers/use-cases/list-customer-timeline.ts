import type { Db } from '../../platform/database/index.ts';
import { customerTimelineRows } from '../customer-timeline-store.ts';
import type { TimelineRow } from '../customer-timeline-store.ts';
import { requireCustomer } from './get-customer.ts';

export const MAX_TIMELINE_PAGE = 200;

export type CustomerTimelineEvent = TimelineRow;

export interface CustomerTimelinePage {
  readonly events: CustomerTimelineEvent[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  readonly next: string | null;
}

/**
 * Every event of a customer, newest first: the audit log of the customer itself (its changes,
 * contacts, dunning steps and letters) and of its contracts, quotes, orders, invoices, payments,
 * services' orders, tickets, switches, links, mandates and messages. An unknown customer is a 404.
 */
export async function listCustomerTimeline(
  db: Db,
  input: { readonly customerId: string; readonly limit: number; readonly before?: number | undefined },
): Promise<CustomerTimelinePage> {
  await requireCustomer(db, input.customerId);
  const rows = await customerTimelineRows(db, input.customerId, {
    limit: input.limit + 1,
    before: input.before,
  });
  const events = rows.slice(0, input.limit);
  const more = rows.length > input.limit;
  return { events, next: more ? String(events[events.length - 1]!.id) : null };
}
