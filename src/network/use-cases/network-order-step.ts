import { assertOperator } from '../../providers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { nextOrderState } from '../rules/index.ts';
import type { NetworkOrderAction, NetworkOrderState } from '../rules/index.ts';
import { appendNetworkOrderEvent, findNetworkOrder, updateNetworkOrder } from '../store/orders.ts';
import type { NetworkOrderRow } from '../store/orders.ts';
import { loadNetworkOrder } from './get-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { tellParties } from './network-order-notices.ts';

/** What a step changes besides the state, and what its event records. */
export interface StepOutcome {
  readonly changes?: Partial<
    Pick<NetworkOrderRow, 'rejectionReason' | 'plannedOn' | 'releasedOn' | 'activatedOn' | 'cancelledOn'>
  >;
  readonly payload: Record<string, unknown>;
  readonly reason?: string;
  readonly serviceId?: string | null;
  readonly previousPlannedOn?: string | null;
}

const PAST: Record<NetworkOrderAction, string> = {
  accept: 'accepted',
  reject: 'rejected',
  plan: 'planned',
  program: 'programmed',
  release: 'released',
  activate: 'activated',
  cancel: 'cancelled',
};

/**
 * One step of an order, in one transaction: the order is found within the actor's scope and locked,
 * the workflow says whether the step is allowed (a ConflictError naming what is allowed instead),
 * `apply` checks and writes what the step does beyond the state, and the event, the messages and the
 * audit record are written with it. Only the operator takes steps other than `cancel`.
 */
export async function takeOrderStep(
  context: Context,
  orderId: string,
  action: NetworkOrderAction,
  apply: (tx: Db, order: NetworkOrderRow, next: NetworkOrderState) => Promise<StepOutcome>,
): Promise<NetworkOrderView> {
  if (action !== 'cancel') assertOperator(context.actor, `${action} network orders`);
  return context.db.transaction(async (tx) => {
    const order = await findNetworkOrder(tx, orderId, context.actor, { forUpdate: true });
    if (!order) throw new NotFoundError('network order', orderId);
    const next = nextOrderState(order.state, action, order.id);
    const outcome = await apply(tx, order, next);
    const now = context.clock.now().toString();
    const updated = await updateNetworkOrder(tx, order.id, order.state, {
      ...outcome.changes,
      state: next,
      updatedAt: now,
    });
    if (!updated) throw new ConflictError(`network order ${order.id} changed meanwhile; look at it again`);
    await appendNetworkOrderEvent(tx, {
      orderId: order.id,
      kind: action,
      state: next,
      payload: outcome.payload,
      at: now,
      by: context.actor.id,
    });
    await tellParties(tx, context, action, updated, {
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      serviceId: outcome.serviceId ?? null,
      previousPlannedOn: outcome.previousPlannedOn ?? null,
    });
    await auditChange(tx, context, {
      action: `network-order.${PAST[action]}`,
      subject: { type: 'network-order', id: order.id },
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      details: { from: order.state, to: next, ...outcome.payload },
    });
    return loadNetworkOrder(context, tx, order.id);
  });
}

/** A reason is required text, trimmed and of reasonable length. */
export function requiredReason(text: unknown, what: string, field = 'reason'): string {
  const reason = typeof text === 'string' ? text.trim() : '';
  if (reason === '') throw new InvalidInputError(field, `is required: say why ${what}`);
  if (reason.length > 500) throw new InvalidInputError(field, 'is longer than 500 characters');
  return reason;
}
