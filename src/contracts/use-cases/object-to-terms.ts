import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { recordContractEvent } from './record-contract-event.ts';

export interface ObjectToTerms {
  readonly contractId: string;
  readonly versionId: string;
  /** vn:1.1.4: the objection is written and gives its reasons. */
  readonly reasons: string;
  /** The day the objection was received. Default: today. */
  readonly on?: Temporal.PlainDate;
}

/**
 * vn:1.1.4: the customer objects to a new version within the window (published + 30 days); the
 * contract then stays on the old version until the operator decides. A late objection has no effect
 * under the terms, so it is refused here, naming the day the window closed.
 */
export function objectToTerms(context: Context, input: ObjectToTerms): Promise<ContractTimeline> {
  return recordContractEvent(
    context,
    input.contractId,
    'object-to-terms',
    input.on,
    ({ lineage, events }, on) => {
      if (input.reasons.trim() === '')
        throw new InvalidInputError('reasons', 'an objection must give its reasons (vn:1.1.4)');
      const notified = events.some(
        (e) => e.kind === 'terms-change-notified' && e.versionId === input.versionId,
      );
      const index = lineage.findIndex((version) => version.id === input.versionId);
      if (!notified || index < 1) {
        throw new InvalidInputError(
          'versionId',
          `'${input.versionId}' is not a new version notified for this contract`,
        );
      }
      const version = lineage[index]!;
      const days = lineage[index - 1]!.termsChanges?.objectionDays;
      if (days === undefined) {
        throw new InvalidInputError(
          'versionId',
          `the terms '${lineage[index - 1]!.id}' give no right to object to a change`,
        );
      }
      const windowEnd = Temporal.PlainDate.from(version.publishedOn).add({ days });
      if (Temporal.PlainDate.compare(on, windowEnd) > 0) {
        throw new InvalidInputError(
          'on',
          `the objection window for ${version.id} closed on ${windowEnd.toString()} (vn:1.1.4)`,
        );
      }
      return {
        kind: 'terms-objection-received',
        on: on.toString(),
        versionId: input.versionId,
        reasons: input.reasons,
      };
    },
  );
}
