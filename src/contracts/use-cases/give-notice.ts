import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import type { ContractEvent, NoticeChannel } from '../rules/contract-events.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { recordContractEvent } from './record-contract-event.ts';

export interface GiveNotice {
  readonly contractId: string;
  readonly by: 'customer' | 'seller';
  /** bit:12.1 asks for writing; vn:1.6.1 allows post or e-mail. */
  readonly channel: NoticeChannel;
  /** The day the notice was received. Default: today. */
  readonly on?: Temporal.PlainDate;
}

/** Notice to end the contract; the timeline then shows the effective end the terms give it. */
export function giveNotice(context: Context, input: GiveNotice): Promise<ContractTimeline> {
  return recordContractEvent(
    context,
    input.contractId,
    'give-notice',
    input.on,
    (_loaded, on): ContractEvent => ({
      kind: 'notice-given',
      on: on.toString(),
      by: input.by,
      channel: input.channel,
    }),
  );
}
