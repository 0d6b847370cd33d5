import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import { findServiceOfOrder } from '../store/orders.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface ReleaseNetworkOrder {
  readonly orderId: string;
  readonly on?: Temporal.PlainDate;
}

/**
 * The operator releases a programmed service and tells the provider and the end user (vn:2.3.3).
 *
 * Released is not yet in use: the service stays `programmed` until the order is activated, because
 * the right of use starts only once the first invoice and the one-time charges are paid, or the
 * operator waived that (vn:2.1.4, vn:2.2.6, vn:6.2.1). Activation makes it `active`, from that day.
 */
export async function releaseNetworkOrder(
  context: Context,
  input: ReleaseNetworkOrder,
): Promise<NetworkOrderView> {
  const on = dayOfRecord('on', input.on, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'release', async (tx, order) => {
    const service = await findServiceOfOrder(tx, order.id);
    return {
      changes: { releasedOn: on },
      payload: { releasedOn: on, serviceId: service?.id ?? null },
      serviceId: service?.id ?? null,
    };
  });
}
