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
  await touchApiToken(context.db, found.token.id, now.toString(), now.subtract({ minutes: 1 }).toString());
  return { user: userView(found.user), tokenId: found.token.id };
}
