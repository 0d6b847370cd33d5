import { Temporal } from 'temporal-polyfill';
import { ConflictError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { ContractEvent } from './contract-events.ts';
import type { ContractTimeline } from './contract-timeline.ts';

export const CONTRACT_ACTIONS = [
  'give-notice',
  'cancel',
  'terminate',
  'send-notice-of-default',
  'dissolve',
  'transfer',
  'agree-deviation',
  'object-to-terms',
  'decide-terms-objection',
] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

/** What may happen to a contract on `on`, and for the rest why not, by its terms and its state. */
export function contractActions(
  profile: TermsProfile,
  timeline: ContractTimeline,
  events: readonly ContractEvent[],
  on: Temporal.PlainDate,
): Map<ContractAction, string | null> {
  const reasons = new Map<ContractAction, string | null>();
  const notice = events.find((event) => event.kind === 'notice-given');
  const defaultNotice = events.findLast((event) => event.kind === 'notice-of-default-sent');
  for (const action of CONTRACT_ACTIONS) {
    let why: string | null = null;
    if (timeline.status === 'ended') why = `the contract ended on ${timeline.effectiveEnd}`;
    else if (timeline.status === 'forming') why = 'the order has not formed a contract yet';
    else if (action === 'give-notice' && notice) {
      why = `notice was given on ${notice.on}; the contract ends on ${timeline.effectiveEnd}`;
    } else if (action === 'cancel' && !profile.cancellation) {
      why = `${profile.id} has no cancellation clause; give notice instead`;
    } else if (action === 'cancel' && timeline.startsOn) {
      why = `the service started on ${timeline.startsOn} (${profile.cancellation?.rules.join(', ')} is for orders not yet delivered); give notice instead`;
    } else if (action === 'send-notice-of-default' && !profile.dissolution.afterNoticeOfDefault) {
      why = `${profile.id} does not dissolve after a notice of default`;
    } else if (action === 'dissolve') why = dissolutionBlock(profile, defaultNotice, on);
    else if (action === 'agree-deviation' && !profile.deviations) {
      why = `${profile.id} has no clause for written deviations from its terms`;
    } else if (action === 'object-to-terms') why = objectionBlock(events);
    else if (action === 'decide-terms-objection' && !undecidedObjection(events)) {
      why = 'no objection to a new terms version awaits a decision';
    }
    reasons.set(action, why);
  }
  return reasons;
}

/** vn:1.1.4: an objection answers a notified new version, once per version. */
function objectionBlock(events: readonly ContractEvent[]): string | null {
  const notified = events.flatMap((e) => (e.kind === 'terms-change-notified' ? [e.versionId] : []));
  if (notified.length === 0) return 'no new version of the terms has been notified for this contract';
  const objected = new Set(
    events.flatMap((e) => (e.kind === 'terms-objection-received' ? [e.versionId] : [])),
  );
  return notified.every((versionId) => objected.has(versionId))
    ? 'every notified version has an objection recorded already'
    : null;
}

function undecidedObjection(events: readonly ContractEvent[]): boolean {
  return events.some(
    (e) =>
      e.kind === 'terms-objection-received' &&
      !events.some((d) => d.kind === 'terms-objection-decided' && d.versionId === e.versionId),
  );
}

/** vn:1.6.2: dissolution only once the customer stayed in default past the term a summons gave. */
function dissolutionBlock(
  profile: TermsProfile,
  defaultNotice: ContractEvent | undefined,
  on: Temporal.PlainDate,
): string | null {
  const rules = profile.dissolution.rules.join(', ');
  if (!profile.dissolution.afterNoticeOfDefault) return null;
  if (defaultNotice?.kind !== 'notice-of-default-sent')
    return `send a notice of default with a term first (${rules})`;
  const termEnds = Temporal.PlainDate.from(defaultNotice.on).add({ days: defaultNotice.termDays });
  if (Temporal.PlainDate.compare(on, termEnds) <= 0) {
    return `the notice of default of ${defaultNotice.on} gives the customer until ${termEnds.toString()} (${rules})`;
  }
  return null;
}

export function checkContractAction(
  reasons: Map<ContractAction, string | null>,
  contractId: string,
  action: ContractAction,
): void {
  const why = reasons.get(action);
  if (why === null || why === undefined) return;
  const allowed = [...reasons].filter(([, reason]) => reason === null).map(([name]) => name);
  throw new ConflictError(
    `cannot ${action} contract ${contractId}: ${why}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing'}`,
  );
}
