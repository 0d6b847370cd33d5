import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import { rejectionReason } from '../rules/index.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface RejectNetworkOrder {
  readonly orderId: string;
  /** Why: the provider and the end user must be able to act on it. */
  readonly reason: string;
  readonly on?: Temporal.PlainDate;
}

/** The operator refuses a submitted order, saying why; the provider is told (vn:2.3.3, vn:3.1). */
export async function rejectNetworkOrder(
  context: Context,
  input: RejectNetworkOrder,
): Promise<NetworkOrderView> {
  const reason = rejectionReason(input.reason);
  const on = dayOfRecord('on', input.on, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'reject', async () => ({
    changes: { rejectionReason: reason },
    payload: { on, reason },
    reason,
  }));
}
