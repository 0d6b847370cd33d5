import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { remainingTermChargeOf } from './remaining-term.ts';
import { recordContractEvent } from './record-contract-event.ts';

/**
 * A dissolution for force majeure: the caller (operations) has checked the right under bit:6.4,
 * bit:6.5 or vn:1.10.4 and names it here.
 */
export interface ForceMajeureCause {
  readonly cause: 'force-majeure';
  readonly by: 'customer' | 'seller';
  /** The event, e.g. `FM-3`. */
  readonly reference: string;
  readonly because: readonly RuleId[];
}

/**
 * vn:1.6.2: dissolution once the customer stayed in default past the term of the notice of default;
 * the fees for the remaining term fall due at once (vn:1.6.4).
 *
 * With a force-majeure cause (bit:6.4, bit:6.5, vn:1.10.4) the contract ends for the future on `on`:
 * no damages either way, so no remaining-term charge, and nothing is undone for the past — invoices
 * stand, and billing runs to the day of the end like any other ending.
 */
export function dissolveContract(
  context: Context,
  input: {
    readonly contractId: string;
    readonly on?: Temporal.PlainDate;
    readonly forceMajeure?: ForceMajeureCause;
  },
): Promise<ContractTimeline> {
  const { forceMajeure } = input;
  // The `dissolve` action carries the precondition of dissolution for default (a notice of default
  // whose term has passed, vn:1.6.2), which force majeure does not have: for it only the checks every
  // action shares apply (a formed contract that has not ended), which is what `terminate` checks.
  const action = forceMajeure ? 'terminate' : 'dissolve';
  return recordContractEvent(context, input.contractId, action, input.on, (loaded, on) =>
    forceMajeure
      ? {
          kind: 'dissolved',
          on: on.toString(),
          remainingTermChargeCents: null,
          cause: forceMajeure.cause,
          by: forceMajeure.by,
          reference: forceMajeure.reference,
          because: [...forceMajeure.because],
        }
      : {
          kind: 'dissolved',
          on: on.toString(),
          remainingTermChargeCents: remainingTermChargeOf(loaded, on),
        },
  );
}
