import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../../platform/actor.ts';
import { operatorTimeZone } from '../../../platform/clock.ts';
import type { Context } from '../../../platform/context.ts';
import type { DemoDay, DemoWorld } from '../../demo-world.ts';

/** A step of the operations strand at its own instant: a report at night, a repair the next afternoon. */
export type TimedStep = (at: Temporal.Instant) => Promise<void>;

interface Pending {
  readonly at: Temporal.Instant;
  readonly order: number;
  readonly step: TimedStep;
}

/**
 * The strand's agenda: steps at instants, done on their own day in the order of their instants (a step
 * may put later ones on it). On the demo's last day nothing after `horizon` is done: the demo is loaded
 * that morning, and what lies after it is the future the worker and the staff will meet.
 */
export class TimedActions {
  private pending: Pending[] = [];
  private count = 0;

  at(at: Temporal.Instant, step: TimedStep): void {
    this.pending.push({ at, order: this.count++, step });
  }

  /** Does today's steps, up to the start of tomorrow or the horizon, whichever comes first. */
  async runDay(today: DemoDay, horizon: Temporal.Instant): Promise<void> {
    const tomorrow = startOf(today.day.add({ days: 1 }));
    const until = Temporal.Instant.compare(horizon, tomorrow) < 0 ? horizon : tomorrow;
    for (;;) {
      const due = this.pending
        .filter((item) => Temporal.Instant.compare(item.at, until) < 0)
        .sort((a, b) => Temporal.Instant.compare(a.at, b.at) || a.order - b.order)[0];
      if (!due) return;
      this.pending = this.pending.filter((item) => item !== due);
      await due.step(due.at);
    }
  }
}

/** The first instant of an operator-local day. */
export function startOf(day: Temporal.PlainDate): Temporal.Instant {
  return day.toZonedDateTime({ timeZone: operatorTimeZone }).toInstant();
}

/** An operator-local day and time ("HH:MM") as an instant. */
export function localInstant(day: Temporal.PlainDate, time: string): Temporal.Instant {
  return day.toZonedDateTime({ timeZone: operatorTimeZone, plainTime: time }).toInstant();
}

/** An operator-local day at a number of minutes after midnight, as an instant. */
export function minuteOf(day: Temporal.PlainDate, minutes: number): Temporal.Instant {
  return startOf(day).add({ minutes });
}

/** The operator-local day of an instant. */
export function dayOf(at: Temporal.Instant): Temporal.PlainDate {
  return at.toZonedDateTimeISO(operatorTimeZone).toPlainDate();
}

/** A context acting as `actor` at the instant (the step's own time, not the day's 10:00). */
export function contextAt(world: DemoWorld, actor: Actor, at: Temporal.Instant): Context {
  const today = dayOf(at);
  return { db: world.db, clock: { now: () => at, today: () => today }, actor };
}
