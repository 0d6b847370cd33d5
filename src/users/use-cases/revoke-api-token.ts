import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { findApiToken, markApiTokenRevoked } from '../store.ts';
import { apiTokenView } from './user-view.ts';
import type { UserApiTokenView } from './user-view.ts';

export interface RevokeApiToken {
  readonly userId: string;
  readonly tokenId: string;
}

/** Revokes a user's token at once: the next request with it is refused. */
export async function revokeApiToken(context: Context, input: RevokeApiToken): Promise<UserApiTokenView> {
  return context.db.transaction(async (tx) => {
    const token = await findApiToken(tx, input.userId, input.tokenId);
    if (!token) throw new NotFoundError(`token of user ${input.userId}`, input.tokenId);
    const at = context.clock.now().toString();
    if (!(await markApiTokenRevoked(tx, token.id, at)))
      throw new ConflictError(`token ${token.id} was revoked already, at ${token.revokedAt ?? at}`);
    await auditChange(tx, context, {
      action: 'user.token-revoked',
      subject: { type: 'user', id: token.userId },
      details: { tokenId: token.id, name: token.name },
    });
    return apiTokenView({ ...token, revokedAt: at });
  });
}
