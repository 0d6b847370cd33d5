import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { remainingTermChargeOf } from './remaining-term.ts';
import { recordContractEvent } from './record-contract-event.ts';

/**
 * vn:1.6.2: dissolution once the customer stayed in default past the term of the notice of default;
 * the fees for the remaining term fall due at once (vn:1.6.4).
 */
export function dissolveContract(
  context: Context,
  input: { readonly contractId: string; readonly on?: Temporal.PlainDate },
): Promise<ContractTimeline> {
  return recordContractEvent(context, input.contractId, 'dissolve', input.on, (loaded, on) => ({
    kind: 'dissolved',
    on: on.toString(),
    remainingTermChargeCents: remainingTermChargeOf(loaded, on),
  }));
}
