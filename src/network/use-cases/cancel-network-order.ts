import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { endLinkRow } from '../store/inventory.ts';
import { findServiceOfOrder, updateNetworkService } from '../store/orders.ts';
import { enqueueLinkTeardown, enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { requiredReason, takeOrderStep } from './network-order-step.ts';

export interface CancelNetworkOrder {
  readonly orderId: string;
  readonly reason: string;
  readonly on?: Temporal.PlainDate;
}

/**
 * Cancels an order before it is active: by the operator, or by the provider that submitted it. A
 * service already programmed is closed on the network again (and a link it made taken down).
 */
export async function cancelNetworkOrder(
  context: Context,
  input: CancelNetworkOrder,
): Promise<NetworkOrderView> {
  const reason = requiredReason(input.reason, 'the order is cancelled');
  const on = dayOfRecord('on', input.on, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'cancel', async (tx, order) => {
    const closed = await closeProgrammedService(tx, context, order.id, on);
    return {
      changes: { cancelledOn: on },
      payload: { cancelledOn: on, reason, closedServiceId: closed.serviceId, endedLinkId: closed.linkId },
      reason,
      serviceId: closed.serviceId,
    };
  });
}

async function closeProgrammedService(tx: Db, context: Context, orderId: string, on: string) {
  const service = await findServiceOfOrder(tx, orderId);
  if (!service || service.state === 'closed') return { serviceId: null, linkId: null };
  await updateNetworkService(tx, service.id, { state: 'closed', closedOn: on });
  await enqueueProvisioningJob(tx, context.clock, {
    subject: `service:${service.id}`,
    action: 'service.close',
    payload: { serviceId: service.id, orderId, napId: service.napId, linkId: service.linkId, closedOn: on },
  });
  // The link the order made goes down with it, and its VLAN is free again (as end-link does).
  const link = service.linkId === null ? undefined : await endLinkRow(tx, service.linkId, on);
  if (link) await enqueueLinkTeardown(tx, context.clock, link);
  return { serviceId: service.id, linkId: link?.id ?? null };
}
