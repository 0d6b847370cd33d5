import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface AcceptNetworkOrder {
  readonly orderId: string;
  /** Default: today. */
  readonly on?: Temporal.PlainDate;
}

/** The operator takes the order on (vn:2.3.3): TMF622 `acknowledged` becomes `inProgress`. */
export async function acceptNetworkOrder(
  context: Context,
  input: AcceptNetworkOrder,
): Promise<NetworkOrderView> {
  const on = dayOfRecord('on', input.on, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'accept', async () => ({ payload: { on } }));
}
