import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { RuleId, Figures } from '../../shared/explanation/index.ts';
import { contractActions } from '../rules/contract-actions.ts';
import type { ContractEvent, NoticeChannel } from '../rules/contract-events.ts';
import { contractTimeline } from '../rules/contract-timeline.ts';
import { loadContract } from './load-contract.ts';

export interface NoticePreview {
  readonly contractId: string;
  /** The day the notice would be received: today. */
  readonly noticeOn: string;
  /** Why notice cannot be given now (e.g. it was given already); null when it can. */
  readonly refusal: string | null;
  /** The day the contract would end, as the rules give it; null when notice cannot be given. */
  readonly effectiveEnd: string | null;
  /** The rule ids that give that day. */
  readonly because: RuleId[];
  readonly figures: Figures;
}

/**
 * A dry run of giving notice today: the effective end and the rules behind it, computed exactly as
 * giveNotice computes the timeline it records, but nothing is written. What the customer is shown
 * before confirming is therefore what notice then records (on the same day).
 */
export async function previewNotice(
  db: Db,
  contractId: string,
  today: Temporal.PlainDate,
  notice: { by: 'customer' | 'seller'; channel: NoticeChannel } = { by: 'customer', channel: 'portal' },
): Promise<NoticePreview> {
  const loaded = await loadContract(db, contractId, today);
  const refusal =
    contractActions(loaded.profile, loaded.timeline, loaded.events, today).get('give-notice') ?? null;
  const base = { contractId, noticeOn: today.toString() };
  if (refusal !== null) return { ...base, refusal, effectiveEnd: null, because: [], figures: {} };
  const event: ContractEvent = { kind: 'notice-given', on: today.toString(), ...notice };
  const timeline = contractTimeline({ ...loaded.facts, events: [...loaded.events, event] }, today);
  const end = timeline.entries.find((entry) => entry.event === 'effective-end');
  return {
    ...base,
    refusal: null,
    effectiveEnd: timeline.effectiveEnd,
    because: end ? [...end.because] : [],
    figures: end ? { ...end.figures } : {},
  };
}
