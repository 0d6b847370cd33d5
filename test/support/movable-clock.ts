import { Temporal } from 'temporal-polyfill';
import type { Clock } from '../../src/platform/clock.ts';
import { operatorTimeZone } from '../../src/platform/clock.ts';

/** A clock the test moves (the browser tests' server, the fault board's countdowns, token use). */
export interface MovableClock extends Clock {
  set(instant: string): void;
}

export function movableClock(start: string): MovableClock {
  let now = Temporal.Instant.from(start);
  return {
    now: () => now,
    today: () => now.toZonedDateTimeISO(operatorTimeZone).toPlainDate(),
    set: (instant) => {
      now = Temporal.Instant.from(instant);
    },
  };
}
