import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { sessionHolds, shouldSlide } from '../rules/session-lifetime.ts';
import { deleteSession, findSession, touchSession } from '../store.ts';
import { secretHash } from '../token-secret.ts';
import { userView } from './user-view.ts';
import type { UserView } from './user-view.ts';

export interface SessionCredential {
  readonly user: UserView;
  /** The session's id (the hash of its token), e.g. to keep it when the password changes. */
  readonly sessionId: string;
  readonly csrfToken: string;
}

/**
 * The user a session cookie's token signs in, or undefined when the session is unknown, has ended
 * (12 h idle, 7 days after sign-in) or its user is inactive. Slides the last-seen time.
 */
export async function authenticateSession(
  context: Pick<Context, 'db' | 'clock'>,
  token: string,
): Promise<SessionCredential | undefined> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
  const id = secretHash(token);
  const found = await findSession(context.db, id);
  if (!found) return undefined;
  const now = context.clock.now();
  const times = {
    createdAt: Temporal.Instant.from(found.session.createdAt),
    lastSeenAt: Temporal.Instant.from(found.session.lastSeenAt),
    expiresAt: Temporal.Instant.from(found.session.expiresAt),
  };
  if (!sessionHolds(times, now)) {
    await deleteSession(context.db, id);
    return undefined;
  }
  if (!found.user.active) return undefined;
  if (shouldSlide(times, now)) await touchSession(context.db, id, now.toString());
  return { user: userView(found.user), sessionId: id, csrfToken: found.session.csrfToken };
}
