import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { applyDeviations } from '../rules/deviations.ts';
import { recordContractEvent } from './record-contract-event.ts';

export interface AgreeDeviation {
  readonly contractId: string;
  /** A profile parameter by its path, e.g. `contracts.fixedTerm.notice.months`. */
  readonly parameter: string;
  readonly value: unknown;
  /** bit:1.1: who agreed to it in writing. */
  readonly agreedBy: string;
  readonly on?: Temporal.PlainDate;
}

/** bit:1.1: a written deviation from the terms for this one contract; checked against the profile first. */
export function agreeDeviation(context: Context, input: AgreeDeviation): Promise<ContractTimeline> {
  return recordContractEvent(
    context,
    input.contractId,
    'agree-deviation',
    input.on,
    ({ profile, events }, on) => {
      if (input.agreedBy.trim() === '')
        throw new InvalidInputError('agreedBy', 'must say who agreed in writing');
      const earlier = events.flatMap((e) => (e.kind === 'deviation-agreed' ? [e] : []));
      applyDeviations(profile, [...earlier, { parameter: input.parameter, value: input.value }]);
      return {
        kind: 'deviation-agreed',
        on: on.toString(),
        parameter: input.parameter,
        value: input.value,
        agreedBy: input.agreedBy,
      };
    },
  );
}
