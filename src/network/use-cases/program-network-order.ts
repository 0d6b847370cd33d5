import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { insertNetworkService } from '../store/orders.ts';
import type { NetworkOrderRow } from '../store/orders.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { createLink } from './create-link.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import type { LinkSpec } from './network-order-input.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface ProgramNetworkOrder {
  readonly orderId: string;
  readonly on?: Temporal.PlainDate;
}

/**
 * The operator programs the network for a planned order (vn:2.3.3): the service is recorded as
 * `programmed` and the network automation is asked to open it (`service.open`, delivered after the
 * commit). A link order makes its link here, which checks vn:2.2.1 and takes a VLAN.
 */
export async function programNetworkOrder(
  context: Context,
  input: ProgramNetworkOrder,
): Promise<NetworkOrderView> {
  const on = dayOfRecord('on', input.on, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'program', async (tx, order) => {
    const linkId = order.kind === 'link' ? await makeLink(tx, context, order) : null;
    const cpeId = typeof order.spec.cpeId === 'string' ? order.spec.cpeId : null;
    const service = await insertNetworkService(tx, {
      orderId: order.id,
      customerId: order.customerId,
      providerId: order.providerId,
      napId: order.napId,
      linkId,
      cpeId,
      contractId: order.contractId,
      state: 'programmed',
      createdAt: context.clock.now().toString(),
    });
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `service:${service.id}`,
      action: 'service.open',
      payload: {
        serviceId: service.id,
        orderId: order.id,
        kind: order.kind,
        customerId: order.customerId,
        providerId: order.providerId,
        productId: order.productId,
        napId: order.napId,
        linkId,
        cpeId,
      },
    });
    return { payload: { on, serviceId: service.id, linkId }, serviceId: service.id };
  });
}

/** The link the order asked for (its spec was checked at submission); createLink checks vn:2.2.1. */
async function makeLink(tx: Db, context: Context, order: NetworkOrderRow): Promise<string> {
  const spec = order.spec as unknown as LinkSpec;
  const link = await createLink(tx, context, {
    customerId: order.customerId,
    aNapId: spec.aNapId,
    z: spec.z,
    bandwidthMbps: spec.bandwidthMbps,
    ...(spec.vlan === undefined ? {} : { vlan: spec.vlan }),
    contractId: order.contractId,
  });
  return link.id;
}
