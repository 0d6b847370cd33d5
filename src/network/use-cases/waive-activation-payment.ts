import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { assertOperator } from '../../providers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { ACTIVATION_RULES, activationCleared } from '../rules/index.ts';
import { appendNetworkOrderEvent, findNetworkOrder, updateNetworkOrder } from '../store/orders.ts';
import { activationFacts, loadNetworkOrder } from './get-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { requiredReason } from './network-order-step.ts';

export interface WaiveActivationPayment {
  readonly orderId: string;
  readonly reason: string;
  /** Default: today. */
  readonly on?: Temporal.PlainDate;
}

/**
 * vn:6.2.1 lets the operator perform before it is paid: a waiver lets the order be activated with
 * the first invoice or the one-time charges still unpaid. They stay owed; the waiver records who
 * gave it, on which day and why.
 */
export async function waiveActivationPayment(
  context: Context,
  input: WaiveActivationPayment,
): Promise<NetworkOrderView> {
  assertOperator(context.actor, 'waive the activation payment');
  const reason = requiredReason(input.reason, 'the service may start before it is paid');
  const on = dayOfRecord('on', input.on, context.clock.today());
  return context.db.transaction(async (tx) => {
    const order = await findNetworkOrder(tx, input.orderId, context.actor, { forUpdate: true });
    if (!order) throw new NotFoundError('network order', input.orderId);
    if (order.state === 'active' || order.state === 'rejected' || order.state === 'cancelled')
      throw new ConflictError(
        `network order ${order.id} is ${order.state}: there is no activation left to waive`,
      );
    if (order.activationWaiver !== null)
      throw new ConflictError(
        `the activation payment of network order ${order.id} was waived already, on ${order.activationWaiver.on} by ${order.activationWaiver.by}`,
      );
    const gate = activationCleared(activationFacts(order), on);
    if (gate.figures.missing.length === 0)
      throw new ConflictError(
        `nothing to waive: the first invoice and the one-time charges of ${order.id} are paid`,
      );
    const waiver = { by: context.actor.id, on: on.toString(), reason };
    const now = context.clock.now().toString();
    await updateNetworkOrder(tx, order.id, order.state, { activationWaiver: waiver, updatedAt: now });
    await appendNetworkOrderEvent(tx, {
      orderId: order.id,
      kind: 'activation-waived',
      state: order.state,
      payload: { ...waiver, unpaid: gate.figures.missing },
      at: now,
      by: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'network-order.activation-waived',
      subject: { type: 'network-order', id: order.id },
      reason,
      details: { on: waiver.on, unpaid: gate.figures.missing, because: [...ACTIVATION_RULES] },
    });
    return loadNetworkOrder(context, tx, order.id);
  });
}
