import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { findProviderToken, markTokenRevoked } from '../store.ts';
import { tokenView } from './get-provider.ts';
import type { ProviderTokenView } from './get-provider.ts';
import { assertOperator } from './operator-only.ts';

export interface RevokeProviderToken {
  readonly providerId: string;
  readonly tokenId: string;
  readonly reason?: string;
}

/** Revokes a token at once: the next request with it is refused. */
export async function revokeProviderToken(
  context: Context,
  input: RevokeProviderToken,
): Promise<ProviderTokenView> {
  assertOperator(context.actor, 'revoke provider tokens');
  return context.db.transaction(async (tx) => {
    const token = await findProviderToken(tx, input.providerId, input.tokenId);
    if (!token) throw new NotFoundError(`token of provider ${input.providerId}`, input.tokenId);
    const at = context.clock.now().toString();
    if (!(await markTokenRevoked(tx, token.id, at)))
      throw new ConflictError(`token ${token.id} was revoked already, at ${token.revokedAt ?? at}`);
    await auditChange(tx, context, {
      action: 'provider.token-revoked',
      subject: { type: 'provider', id: token.providerId },
      ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      details: { tokenId: token.id, name: token.name },
    });
    return tokenView({ ...token, revokedAt: at });
  });
}
