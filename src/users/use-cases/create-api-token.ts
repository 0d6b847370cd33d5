import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { tokenPrefixOf } from '../rules/user-token-format.ts';
import { findUser, insertApiToken } from '../store.ts';
import { newUserToken, secretHash } from '../token-secret.ts';
import { apiTokenView } from './user-view.ts';
import type { UserApiTokenView } from './user-view.ts';

export interface CreateApiToken {
  readonly userId: string;
  /** What the token is for, e.g. `usage import`, so a revocation hits the right one. */
  readonly name: string;
}

export interface CreatedApiToken {
  readonly token: UserApiTokenView;
  /** The token itself, shown this once: only its hash is kept. */
  readonly secret: string;
}

const MAX_NAME_LENGTH = 100;

/** Gives an active user an API token (`vzu_…`): a machine acting as that user, with its role. */
export async function createApiToken(context: Context, input: CreateApiToken): Promise<CreatedApiToken> {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') throw new InvalidInputError('name', 'is required: say what the token is for');
  if (name.length > MAX_NAME_LENGTH)
    throw new InvalidInputError('name', `is longer than ${MAX_NAME_LENGTH} characters`);
  const secret = newUserToken();
  return context.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) throw new NotFoundError('user', input.userId);
    if (!user.active) throw new ConflictError(`user ${user.id} is not active; no tokens are made for it`);
    const row = await insertApiToken(tx, {
      userId: user.id,
      name,
      prefix: tokenPrefixOf(secret),
      tokenHash: secretHash(secret),
      createdAt: context.clock.now().toString(),
      createdBy: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'user.token-created',
      subject: { type: 'user', id: user.id },
      details: { tokenId: row.id, name, prefix: row.prefix },
    });
    return { token: apiTokenView(row), secret };
  });
}
