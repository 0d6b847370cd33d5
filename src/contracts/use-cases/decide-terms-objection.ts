import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { recordContractEvent } from './record-contract-event.ts';

/**
 * vn:1.1.4: the operator's decision on an objection: the new version applies after all (from the
 * decision, never before the window closed), or the customer keeps the old version.
 */
export function decideTermsObjection(
  context: Context,
  input: {
    readonly contractId: string;
    readonly versionId: string;
    readonly outcome: 'new-version-applies' | 'old-version-kept';
    readonly on?: Temporal.PlainDate;
  },
): Promise<ContractTimeline> {
  return recordContractEvent(
    context,
    input.contractId,
    'decide-terms-objection',
    input.on,
    ({ events }, on) => {
      const objected = events.some(
        (e) => e.kind === 'terms-objection-received' && e.versionId === input.versionId,
      );
      const decided = events.some(
        (e) => e.kind === 'terms-objection-decided' && e.versionId === input.versionId,
      );
      if (!objected || decided) {
        throw new InvalidInputError(
          'versionId',
          `no objection to '${input.versionId}' awaits a decision on this contract`,
        );
      }
      return {
        kind: 'terms-objection-decided',
        on: on.toString(),
        versionId: input.versionId,
        outcome: input.outcome,
      };
    },
  );
}
