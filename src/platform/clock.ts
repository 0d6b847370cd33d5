import { Temporal } from 'temporal-polyfill';

/** Where calendar dates are read off instants: the operator's (and the terms') local time. */
export const operatorTimeZone = 'Europe/Amsterdam';

/**
 * The one place the platform reads the time. Rules never do: use cases pass `today()` or `now()`
 * down, so `--as-of`, simulations and tests can move the clock.
 */
export interface Clock {
  now(): Temporal.Instant;
  today(): Temporal.PlainDate;
}

export function systemClock(): Clock {
  return {
    now: () => Temporal.Now.instant(),
    today: () => Temporal.Now.plainDateISO(operatorTimeZone),
  };
}

/** A clock standing still on one operator-local day (at noon, so the day never slips across zones). */
export function fixedClock(date: Temporal.PlainDate): Clock {
  const instant = date.toZonedDateTime({ timeZone: operatorTimeZone, plainTime: '12:00' }).toInstant();
  return { now: () => instant, today: () => date };
}
