import type { Temporal } from 'temporal-polyfill';
import type { DemoWorld } from '../../demo-world.ts';
import type { DemoCustomer } from '../../rules/demo-cast.ts';
import type { DemoRandom } from '../../rules/demo-random.ts';
import type { NetworkLookup, RunningService } from './running-services.ts';
import { contextAt } from './timed-actions.ts';
import type { TimedActions } from './timed-actions.ts';

/** What the parts of the operations strand share. */
export interface Strand {
  readonly world: DemoWorld;
  readonly random: DemoRandom;
  readonly agenda: TimedActions;
  readonly network: NetworkLookup;
  /** Services with an open ticket or held by force majeure or an abuse measure: new events pass them by. */
  readonly busy: Set<string>;
  /** The tickets whose repair came after the maximum, for the liability claims. */
  readonly breached: BreachedFault[];
}

export interface BreachedFault {
  readonly ticketId: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly reportedOn: Temporal.PlainDate;
  readonly closedAt: Temporal.Instant;
}

/**
 * The running services free for a new event at `at`: opened before that day, not busy; of customers
 * who stay and pay (an ending or the dunning ladder would close the service under the event).
 */
export async function freeServices(strand: Strand, at: Temporal.Instant): Promise<RunningService[]> {
  const context = contextAt(strand.world, strand.world.staff.noc, at);
  const today = context.clock.today().toString();
  const staying = new Set(steadyCustomers(strand.world.cast));
  return (await strand.network.runningServices(context)).filter(
    (service) =>
      !strand.busy.has(service.serviceId) &&
      staying.has(service.customerKey) &&
      service.openedOn !== null &&
      service.openedOn < today,
  );
}

/** The cast keys of the customers who neither leave within the year nor stop paying. */
export function steadyCustomers(cast: readonly DemoCustomer[]): string[] {
  return cast
    .filter((customer) => customer.leavesAfterDays === null && customer.habit !== 'defaulter')
    .map((customer) => customer.key);
}
