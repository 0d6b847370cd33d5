import type { Temporal } from 'temporal-polyfill';
import { syncContractBilling } from '../../billing/index.ts';
import type { ContractCharge } from '../../billing/index.ts';
import type { Context } from '../../platform/context.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import { loadContract } from './load-contract.ts';

/**
 * Hands billing the contract's facts after every change, in the same transaction: the fee from the
 * day the service starts (vn:7.1.3), its last day when the contract ends, the one-time charges once
 * the order is accepted (vn:7.3.1), the cancellation fee (bit:4.1) and the remaining-term charge
 * (vn:1.6.4).
 */
export async function keepBillingInStep(
  tx: Context['db'],
  context: Context,
  contractId: string,
  today: Temporal.PlainDate,
): Promise<void> {
  const { contract, order, profile, events, timeline } = await loadContract(tx, contractId, today);
  await syncContractBilling(tx, context, {
    contractId: contract.id,
    sellerId: order.sellerId,
    customerId: contract.customerId,
    productId: order.terms.productId ?? null,
    description: order.terms.description,
    domain: order.terms.service === 'domain',
    recurringCents: order.terms.recurringCents,
    oneTimeCents: order.terms.oneTimeCents,
    startsOn: timeline.startsOn,
    endsOn: timeline.effectiveEnd,
    acceptedOn: order.acceptedOn ?? order.confirmedOn ?? null,
    oneTimeRules: profile.billing.oneTimeCharges.rules,
    charges: events.flatMap((event) => chargeOf(event, order.terms.description)),
  });
}

function chargeOf(event: ContractEvent, description: string): ContractCharge[] {
  if (event.kind === 'cancelled' && event.feeCents > 0)
    return [
      {
        key: 'cancellation',
        description: `${description}: cancellation costs`,
        amountCents: event.feeCents,
        raisedOn: event.on,
        because: ['bit:4.1'],
      },
    ];
  if ((event.kind === 'terminated' || event.kind === 'dissolved') && event.remainingTermChargeCents)
    return [
      {
        key: 'remaining-term',
        description: `${description}: fees for the remaining term`,
        amountCents: event.remainingTermChargeCents,
        raisedOn: event.on,
        because: ['vn:1.6.4'],
      },
    ];
  return [];
}
