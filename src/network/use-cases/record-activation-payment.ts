import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { assertOperator } from '../../providers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { ACTIVATION_CHARGES, ACTIVATION_RULES } from '../rules/index.ts';
import type { ActivationCharge } from '../rules/index.ts';
import { appendNetworkOrderEvent, findNetworkOrder, updateNetworkOrder } from '../store/orders.ts';
import { loadNetworkOrder } from './get-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';

export interface RecordActivationPayment {
  readonly orderId: string;
  /** Which of the two the activation waits for is now paid in full. */
  readonly charge: ActivationCharge;
  /** The day it was paid in full; default today. */
  readonly paidOn?: Temporal.PlainDate;
}

const COLUMN = { 'first-invoice': 'firstInvoicePaidOn', 'one-time-charges': 'oneTimeChargesPaidOn' } as const;

/**
 * Records that the first invoice or the one-time charges of an order are paid in full, so the right
 * of use may start (vn:2.1.4, vn:2.2.6, vn:6.2.1). Billing and payments call this; recording the
 * same payment on the same day again changes nothing (a retried import), another day is a conflict.
 */
export async function recordActivationPayment(
  context: Context,
  input: RecordActivationPayment,
): Promise<NetworkOrderView> {
  assertOperator(context.actor, 'record payments');
  if (!ACTIVATION_CHARGES.includes(input.charge))
    throw new InvalidInputError('charge', `must be one of ${ACTIVATION_CHARGES.join(', ')}`);
  const paidOn = dayOfRecord('paidOn', input.paidOn, context.clock.today()).toString();
  const column = COLUMN[input.charge];
  return context.db.transaction(async (tx) => {
    const order = await findNetworkOrder(tx, input.orderId, context.actor, { forUpdate: true });
    if (!order) throw new NotFoundError('network order', input.orderId);
    if (order.state === 'rejected' || order.state === 'cancelled')
      throw new ConflictError(
        `network order ${order.id} is ${order.state}: there is no activation to pay for`,
      );
    const recorded = order[column];
    if (recorded === paidOn) return loadNetworkOrder(context, tx, order.id);
    if (recorded !== null)
      throw new ConflictError(
        `${input.charge} of network order ${order.id} is recorded as paid on ${recorded} already`,
      );
    const now = context.clock.now().toString();
    await updateNetworkOrder(tx, order.id, order.state, { [column]: paidOn, updatedAt: now });
    await appendNetworkOrderEvent(tx, {
      orderId: order.id,
      kind: 'payment-recorded',
      state: order.state,
      payload: { charge: input.charge, paidOn },
      at: now,
      by: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'network-order.payment-recorded',
      subject: { type: 'network-order', id: order.id },
      details: { charge: input.charge, paidOn, because: [...ACTIVATION_RULES] },
    });
    return loadNetworkOrder(context, tx, order.id);
  });
}
