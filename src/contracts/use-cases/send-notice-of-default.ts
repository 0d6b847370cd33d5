import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { recordContractEvent } from './record-contract-event.ts';

/** vn:1.6.2: a written summons naming the breach and giving a reasonable term to put it right. */
export function sendNoticeOfDefault(
  context: Context,
  input: {
    readonly contractId: string;
    readonly breach: string;
    readonly termDays: number;
    readonly on?: Temporal.PlainDate;
  },
): Promise<ContractTimeline> {
  return recordContractEvent(context, input.contractId, 'send-notice-of-default', input.on, (_loaded, on) => {
    if (!Number.isInteger(input.termDays) || input.termDays < 1 || input.termDays > 365) {
      throw new InvalidInputError(
        'termDays',
        `must be a reasonable term of 1 to 365 days, not ${input.termDays}`,
      );
    }
    if (input.breach.trim() === '')
      throw new InvalidInputError('breach', 'must say what the customer failed to do');
    return {
      kind: 'notice-of-default-sent',
      on: on.toString(),
      termDays: input.termDays,
      breach: input.breach,
    };
  });
}
