import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { cancellationFee } from '../rules/cancellation-fee.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { recordContractEvent } from './record-contract-event.ts';

/**
 * bit:4.1: the customer cancels after formation and the seller agrees; the contract ends that day
 * and 15 % of the order price incl. VAT is due (billing invoices it).
 */
export function cancelContract(
  context: Context,
  input: { readonly contractId: string; readonly on?: Temporal.PlainDate },
): Promise<ContractTimeline> {
  return recordContractEvent(context, input.contractId, 'cancel', input.on, ({ profile, order }, on) => ({
    kind: 'cancelled',
    on: on.toString(),
    feeCents: cancellationFee(profile, order.terms.orderTotalInclVatCents).value,
  }));
}
