import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { findProvider, markProviderSuspended } from '../store.ts';
import { loadProvider } from './get-provider.ts';
import type { Provider } from './get-provider.ts';
import { assertOperator } from './operator-only.ts';

export interface SuspendProvider {
  readonly providerId: string;
  readonly reason: string;
  /** Default: today. */
  readonly on?: Temporal.PlainDate;
}

/**
 * Suspends a provider's admission (vn:3.1): from then on its tokens are refused, so its systems can
 * neither read nor order. Its orders and its end users' services stay as they are.
 */
export async function suspendProvider(context: Context, input: SuspendProvider): Promise<Provider> {
  assertOperator(context.actor, 'suspend providers');
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason === '') throw new InvalidInputError('reason', 'is required: say why the provider is suspended');
  const on = dayOfRecord('on', input.on, context.clock.today());
  await context.db.transaction(async (tx) => {
    const provider = await findProvider(tx, input.providerId);
    if (!provider) throw new NotFoundError('provider', input.providerId);
    if (!(await markProviderSuspended(tx, provider.id, on.toString())))
      throw new ConflictError(
        `provider ${provider.id} is suspended already (since ${provider.suspendedOn ?? on.toString()})`,
      );
    await auditChange(tx, context, {
      action: 'provider.suspended',
      subject: { type: 'provider', id: provider.id },
      reason,
      details: { on: on.toString() },
    });
  });
  return loadProvider(context.db, input.providerId);
}
