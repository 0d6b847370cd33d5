import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../platform/actor.ts';
import { operatorTimeZone } from '../platform/clock.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/database/index.ts';
import type { DemoCustomer } from './rules/demo-cast.ts';
import type { DemoUser } from './demo-users.ts';

/** A contract the demo made, for the episodes that act on contracts (faults, endings, usage). */
export interface DemoContract {
  readonly id: string;
  readonly customerKey: string;
  readonly sellerId: 'bit' | 'vitrumnet';
  readonly service: string;
  /** Its product, when the contract is for one (usage is rated with the seller's usage products). */
  readonly productId: string | null;
}

/** What the episodes have made so far, for the later days and the other episodes. */
export interface DemoWorld {
  readonly db: Db;
  readonly first: Temporal.PlainDate;
  readonly last: Temporal.PlainDate;
  readonly cast: readonly DemoCustomer[];
  /** Cast key → customer id, from the day the customer is won. */
  readonly customerIds: Map<string, string>;
  readonly contracts: DemoContract[];
  /** Product code → product id. */
  readonly products: Map<string, string>;
  /** The demo's staff, by role, as actors of their changes. */
  readonly staff: Readonly<Record<'admin' | 'billing' | 'noc' | 'sales', Actor>>;
}

/** One day of the demo, as the episodes see it. */
export interface DemoDay {
  readonly day: Temporal.PlainDate;
  /** Days since the demo's first day (0 on the first). */
  readonly daysIn: number;
  /** A context on this day at an operator-local time ("10:00" unless said), acting as `actor`. */
  as(actor: Actor, time?: string): Context;
}

/** A strand of the demo's history: called once on every day, before that day's cycle runs. */
export interface DemoEpisode {
  readonly name: string;
  run(today: DemoDay, world: DemoWorld): Promise<void>;
  /** After the last day: the portal users it made, to print with the staff. */
  finish?(world: DemoWorld): Promise<DemoUser[]>;
}

export function demoDay(world: Pick<DemoWorld, 'db' | 'first'>, day: Temporal.PlainDate): DemoDay {
  return {
    day,
    daysIn: world.first.until(day).days,
    as: (actor, time = '10:00') => {
      const instant = day.toZonedDateTime({ timeZone: operatorTimeZone, plainTime: time }).toInstant();
      return { db: world.db, clock: { now: () => instant, today: () => day }, actor };
    },
  };
}

/** The customers of the cast won on `day`, with their ids. */
export function castWonOn(world: DemoWorld, today: DemoDay): { customer: DemoCustomer; id: string }[] {
  return world.cast
    .filter((customer) => customer.joinsAfterDays === today.daysIn)
    .flatMap((customer) => {
      const id = world.customerIds.get(customer.key);
      return id ? [{ customer, id }] : [];
    });
}
