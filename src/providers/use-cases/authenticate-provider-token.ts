import type { Context } from '../../platform/context.ts';
import { isProviderTokenText } from '../rules/provider-token-format.ts';
import { findTokenByHash, touchToken } from '../store.ts';
import { tokenHash } from '../token-secret.ts';

/** Who a valid token speaks for. */
export interface ProviderCredential {
  readonly providerId: string;
  readonly tokenId: string;
}

/**
 * The provider a token belongs to, or undefined when the token is unknown, revoked, or its provider
 * is suspended (on or before today). Entry points answer all three alike, so a caller learns
 * nothing about which. Records when the token was last used.
 */
export async function authenticateProviderToken(
  context: Pick<Context, 'db' | 'clock'>,
  token: string,
): Promise<ProviderCredential | undefined> {
  if (!isProviderTokenText(token)) return undefined;
  const found = await findTokenByHash(context.db, tokenHash(token));
  if (!found || found.token.revokedAt !== null) return undefined;
  const { suspendedOn } = found.provider;
  if (suspendedOn !== null && suspendedOn <= context.clock.today().toString()) return undefined;
  await touchToken(context.db, found.token.id, context.clock.now().toString());
  return { providerId: found.provider.id, tokenId: found.token.id };
}
