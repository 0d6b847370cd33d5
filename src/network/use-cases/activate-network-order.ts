import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import { activationCleared, assertActivationCleared } from '../rules/index.ts';
import { findServiceOfOrder, updateNetworkService } from '../store/orders.ts';
import { activationFacts } from './get-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface ActivateNetworkOrder {
  readonly orderId: string;
  /** The day the right of use starts; default today. */
  readonly on?: Temporal.PlainDate;
}

/**
 * Starts the right of use of a released service: only once the first invoice and the one-time
 * charges are paid by that day, or the operator waived that, recorded (vn:2.1.4, vn:2.2.6, vn:6.2.1).
 * The service becomes active from that day.
 */
export async function activateNetworkOrder(
  context: Context,
  input: ActivateNetworkOrder,
): Promise<NetworkOrderView> {
  const on = dayOfRecord('on', input.on, context.clock.today());
  return takeOrderStep(context, input.orderId, 'activate', async (tx, order) => {
    const facts = activationFacts(order);
    assertActivationCleared(facts, on, order.id);
    const gate = activationCleared(facts, on);
    const service = await findServiceOfOrder(tx, order.id);
    if (service) await updateNetworkService(tx, service.id, { state: 'active', openedOn: on.toString() });
    return {
      changes: { activatedOn: on.toString() },
      payload: {
        activatedOn: on.toString(),
        serviceId: service?.id ?? null,
        unpaid: gate.figures.missing,
        waived: gate.figures.waiver !== null,
        because: [...gate.because],
      },
      serviceId: service?.id ?? null,
    };
  });
}
