import type { Temporal } from 'temporal-polyfill';

/*
 * A session ends after 12 hours without a request (idle) and 7 days after sign-in (absolute),
 * whichever comes first. Its last-seen time slides at most once a minute, so a busy screen does not
 * write on every request.
 */
export const SESSION_IDLE_HOURS = 12;
export const SESSION_ABSOLUTE_DAYS = 7;
const SLIDE_SECONDS = 60;

export interface SessionTimes {
  readonly createdAt: Temporal.Instant;
  readonly lastSeenAt: Temporal.Instant;
  readonly expiresAt: Temporal.Instant;
}

/** When a session made at `createdAt` ends at the latest. */
export function absoluteExpiry(createdAt: Temporal.Instant): Temporal.Instant {
  return createdAt.add({ hours: SESSION_ABSOLUTE_DAYS * 24 });
}

/** True when the session still holds at `now`. */
export function sessionHolds(session: SessionTimes, now: Temporal.Instant): boolean {
  const idleUntil = session.lastSeenAt.add({ hours: SESSION_IDLE_HOURS });
  const at = now.epochMilliseconds;
  return (
    at < idleUntil.epochMilliseconds &&
    at < session.expiresAt.epochMilliseconds &&
    at >= session.createdAt.epochMilliseconds
  );
}

/** True when `now` is a minute or more past the last recorded request. */
export function shouldSlide(session: SessionTimes, now: Temporal.Instant): boolean {
  return now.since(session.lastSeenAt).total('seconds') >= SLIDE_SECONDS;
}
