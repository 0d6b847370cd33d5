import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { remainingTermChargeOf } from './remaining-term.ts';
import { recordContractEvent } from './record-contract-event.ts';

/**
 * vn:1.6.4 charges the remaining term for an end "caused by the customer"; of the vn:1.6.3 grounds,
 * the seller or the third party discontinuing the service is not the customer's doing.
 */
const SELLER_SIDE_GROUNDS: readonly string[] = ['service-discontinued'];

/**
 * Immediate termination on one of the closed grounds of the terms (vn:1.6.3: the customer moves,
 * insolvency, the service is discontinued, death, debt restructuring; bit:11.5), with the fees for the
 * remaining term where the terms ask them (vn:1.6.4).
 */
export function terminateContract(
  context: Context,
  input: { readonly contractId: string; readonly ground: string; readonly on?: Temporal.PlainDate },
): Promise<ContractTimeline> {
  return recordContractEvent(context, input.contractId, 'terminate', input.on, (loaded, on) => {
    const { grounds, rules } = loaded.profile.immediateTermination;
    if (!grounds.includes(input.ground)) {
      throw new InvalidInputError(
        'ground',
        `'${input.ground}' is not a ground of ${rules.join(', ')}; it knows ${grounds.join(', ')}`,
      );
    }
    return {
      kind: 'terminated',
      on: on.toString(),
      ground: input.ground,
      remainingTermChargeCents: SELLER_SIDE_GROUNDS.includes(input.ground)
        ? null
        : remainingTermChargeOf(loaded, on),
    };
  });
}
