import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { findProvider, insertProviderToken } from '../store.ts';
import { newProviderToken, tokenHash } from '../token-secret.ts';
import { tokenView } from './get-provider.ts';
import type { ProviderTokenView } from './get-provider.ts';
import { assertOperator } from './operator-only.ts';

export interface IssueProviderToken {
  readonly providerId: string;
  /** What the token is for, e.g. `order system`, so a revocation hits the right one. */
  readonly name: string;
}

export interface IssuedProviderToken {
  readonly token: ProviderTokenView;
  /** The token itself, shown this once: only its hash is kept. */
  readonly secret: string;
}

const MAX_NAME_LENGTH = 100;

/** Issues an API token to an admitted, not suspended provider. */
export async function issueProviderToken(
  context: Context,
  input: IssueProviderToken,
): Promise<IssuedProviderToken> {
  assertOperator(context.actor, 'issue provider tokens');
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') throw new InvalidInputError('name', 'is required: say what the token is for');
  if (name.length > MAX_NAME_LENGTH)
    throw new InvalidInputError('name', `is longer than ${MAX_NAME_LENGTH} characters`);
  const secret = newProviderToken();
  return context.db.transaction(async (tx) => {
    const provider = await findProvider(tx, input.providerId);
    if (!provider) throw new NotFoundError('provider', input.providerId);
    if (provider.suspendedOn !== null)
      throw new ConflictError(
        `provider ${provider.id} is suspended since ${provider.suspendedOn}; no tokens are issued to it`,
      );
    const row = await insertProviderToken(tx, {
      providerId: provider.id,
      name,
      tokenHash: tokenHash(secret),
      createdAt: context.clock.now().toString(),
      createdBy: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'provider.token-issued',
      subject: { type: 'provider', id: provider.id },
      details: { tokenId: row.id, name },
    });
    return { token: tokenView(row), secret };
  });
}
