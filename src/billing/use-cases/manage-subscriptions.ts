import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { findSubscription, listSubscriptionRows, updateSubscription } from '../store/subscriptions.ts';
import type { SubscriptionRow } from '../store/subscriptions.ts';
import { addSubscription } from './add-subscription.ts';
import type { AddSubscription } from './add-subscription.ts';

export type SubscriptionView = SubscriptionRow;

/** A recurring fee of its own, outside a contract (an import, a service sold by the hour of the CLI). */
export function createSubscription(context: Context, input: AddSubscription): Promise<SubscriptionView> {
  return context.db.transaction((tx) => addSubscription(tx, context, input));
}

export interface EndSubscription {
  readonly subscriptionId: string;
  /** The last day of service, inclusive. Days after it that were billed in advance are credited. */
  readonly endsOn: Temporal.PlainDate;
}

export async function endSubscription(context: Context, input: EndSubscription): Promise<SubscriptionView> {
  if (!(input.endsOn instanceof Temporal.PlainDate))
    throw new InvalidInputError('endsOn', 'is required (YYYY-MM-DD)');
  return context.db.transaction(async (tx) => {
    const sub = await findSubscription(tx, input.subscriptionId);
    if (!sub) throw new NotFoundError('subscription', input.subscriptionId);
    if (sub.contractId)
      throw new InvalidInputError(
        'subscriptionId',
        `${sub.id} follows contract ${sub.contractId}: end the contract (notice, termination) instead`,
      );
    if (Temporal.PlainDate.compare(input.endsOn, Temporal.PlainDate.from(sub.startsOn)) < 0)
      throw new InvalidInputError('endsOn', `must not be before the start ${sub.startsOn}`);
    const ended = await updateSubscription(tx, sub.id, { endsOn: input.endsOn.toString() });
    await auditChange(tx, context, {
      action: 'subscription.ended',
      subject: { type: 'subscription', id: sub.id },
      details: { endsOn: ended.endsOn, billedThrough: ended.billedThrough },
    });
    return ended;
  });
}

export async function getSubscription(db: Db, id: string): Promise<SubscriptionView> {
  const sub = await findSubscription(db, id);
  if (!sub) throw new NotFoundError('subscription', id);
  return sub;
}

export function listSubscriptions(
  db: Db,
  filter: { readonly customerId?: string; readonly sellerId?: string },
): Promise<SubscriptionView[]> {
  return listSubscriptionRows(db, filter);
}
