import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { isUserTokenText } from '../rules/user-token-format.ts';
import { findApiTokenByHash, touchApiToken } from '../store.ts';
import { secretHash } from '../token-secret.ts';
import { userView } from './user-view.ts';
import type { UserView } from './user-view.ts';

export interface ApiTokenCredential {
  readonly user: UserView;
  readonly tokenId: string;
}

/**
 * The user a `vzu_` token speaks for, or undefined when it is unknown, revoked, or its user is
 * inactive: entry points answer all alike. Records when the token was last used (once a minute).
 */
export async function authenticateApiToken(
  context: Pick<Context, 'db' | 'clock'>,
  token: string,
): Promise<ApiTokenCredential | undefined> {
  if (!isUserTokenText(token)) return undefined;
  const found = await findApiTokenByHash(context.db, secretHash(token));
  if (!found || found.token.revokedAt !== null || !found.user.active) return undefined;
  const now = context.clock.now();
  const aMinuteAgo = now.subtract({ minutes: 1 });
  // Most requests of a busy machine come within the minute: no write for them (the update checks again).
  const lastUsed = found.token.lastUsedAt === null ? null : Temporal.Instant.from(found.token.lastUsedAt);
  if (lastUsed === null || Temporal.Instant.compare(lastUsed, aMinuteAgo) < 0) {
    await touchApiToken(context.db, found.token.id, now.toString(), aMinuteAgo.toString());
  }
  return { user: userView(found.user), tokenId: found.token.id };
}
