import { placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { installCpe } from '../../network/use-cases/install-cpe.ts';
import { aSwitch, connectedPremises } from '../../network/use-cases/inventory-test-support.ts';
import { markCpeLost } from '../../network/use-cases/mark-cpe-lost.ts';
import { recordCpeReturn } from '../../network/use-cases/record-cpe-return.ts';
import { settleDeposit } from '../../network/use-cases/settle-deposit.ts';
import type { Context } from '../../platform/context.ts';

/* For the tests of refunds only: a switch deposit of a contract, settled by the network. */

const access: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'access',
  description: 'Glasvezel 1 Gbit/s',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 4_900,
  oneTimeCents: 0,
  orderTotalInclVatCents: 5_929,
};

/**
 * A VitrumNet contract of the customer with a lent switch and a deposit of € 150, returned with a
 * quarter damaged (refund € 112,50) or lost (refund 0), and settled.
 */
export async function settledDeposit(
  context: Context,
  customerId: string,
  outcome: 'returned' | 'lost' = 'returned',
): Promise<{ cpeId: string; refundCents: number }> {
  const order = await placeOrder(context, { sellerId: 'vitrumnet', customerId, terms: access });
  await recordOrderAction(context, { orderId: order.id, action: 'record-signed-form' });
  const { contract } = await recordOrderAction(context, { orderId: order.id, action: 'accept' });
  const { premises } = await connectedPremises(context, customerId, { withSwitch: false });
  const device = await installCpe(context, {
    cpeId: (await aSwitch(context)).id,
    customerId,
    contractId: contract!.id,
    premisesId: premises.id,
    ownership: 'lent',
    depositCents: 15_000,
  });
  if (outcome === 'lost')
    await markCpeLost(context, { cpeId: device.id, reason: 'Stolen from the meter cupboard' });
  else await recordCpeReturn(context, { cpeId: device.id, damageShare: '0.25', sticker: device.sticker });
  const settlement = await settleDeposit(context, { cpeId: device.id });
  return { cpeId: device.id, refundCents: settlement.refundCents };
}
