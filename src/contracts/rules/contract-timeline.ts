import { Temporal } from 'temporal-polyfill';
import type { Figures, RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { contractTermsOf, endsAtTermEnd } from './contract-kinds.ts';
import type { ContractEvent } from './contract-events.ts';
import { applyDeviations } from './deviations.ts';
import { formation } from './formation.ts';
import type { OfferTerms } from './offer-terms.ts';
import { formationFactsOf } from './order-facts.ts';
import type { OrderFacts } from './order-facts.ts';
import { renewalTerm } from './renewal.ts';
import { termAt, termOn } from './term-ends.ts';
import type { Term } from './term-ends.ts';
import { termination } from './termination.ts';
import type { CustomerKind } from './termination.ts';

export interface ContractFacts {
  /** The profile of the terms version that governs the contract. */
  readonly profile: TermsProfile;
  readonly order: OrderFacts;
  readonly terms: OfferTerms;
  readonly customerKind: CustomerKind;
  /** Oldest first. */
  readonly events: readonly ContractEvent[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly event: string;
  readonly because: RuleId[];
  readonly figures: Figures;
}

export interface ContractTimeline {
  readonly status: 'forming' | 'formed' | 'running' | 'ending' | 'ended';
  readonly formedOn: string | null;
  readonly startsOn: string | null;
  readonly currentTerm: { readonly index: number; readonly start: string; readonly end: string } | null;
  /** The last day notice can be given to end at the current term (or period) end; null once ending. */
  readonly noticeDeadline: string | null;
  readonly effectiveEnd: string | null;
  readonly endedBy: 'notice' | ContractEvent['kind'] | null;
  readonly entries: TimelineEntry[];
}

const cmp = Temporal.PlainDate.compare;
/** Events shown on the timeline as they happened, with the rule that gives them meaning. */
const shownAsIs: readonly ContractEvent['kind'][] = [
  'transferred',
  'notice-of-default-sent',
  'terms-change-notified',
  'terms-objection-received',
  'terms-objection-decided',
];
const date = (text: string) => Temporal.PlainDate.from(text);

/**
 * A contract's whole timeline on `asOf`, computed from its facts by the rules — formation, start,
 * terms and renewals, the notice deadline, notice given, the effective end — each entry with the rule
 * ids and figures that produced it. Nothing here is stored, so nothing can drift.
 */
export function contractTimeline(facts: ContractFacts, asOf: Temporal.PlainDate): ContractTimeline {
  const known = facts.events.filter((event) => cmp(date(event.on), asOf) <= 0);
  const deviations = known.flatMap((e) => (e.kind === 'deviation-agreed' ? [e] : []));
  const profile = applyDeviations(facts.profile, deviations);
  const entries: TimelineEntry[] = [
    { date: facts.order.receivedOn, event: 'order-received', because: [], figures: {} },
  ];
  const formed = formation(profile, formationFactsOf(profile, facts.order, asOf));
  const formedOn = formed.value.formed && formed.value.formationDate ? formed.value.formationDate : null;
  if (!formedOn || cmp(formedOn, asOf) > 0) {
    return empty('forming', entries, formedOn);
  }
  entries.push({
    date: formedOn.toString(),
    event: 'formed',
    because: [...formed.because],
    figures: formed.figures,
  });
  for (const deviation of deviations) {
    entries.push({
      date: deviation.on,
      event: 'deviation-agreed',
      because: [...(profile.deviations?.rules ?? [])],
      figures: {
        parameter: deviation.parameter,
        value: JSON.stringify(deviation.value),
        agreedBy: deviation.agreedBy,
      },
    });
  }
  const startsOn = facts.order.activatedOn;
  if (startsOn)
    entries.push({
      date: startsOn,
      event: 'started',
      because: [...profile.billing.recurring.rules],
      figures: {},
    });
  const anchor = date(startsOn ?? formedOn.toString());
  const ending = endingOf(profile, facts, known, anchor);
  const lastDay = ending && cmp(ending.date, asOf) < 0 ? ending.date : asOf;
  const terms = termsUpTo(profile, facts.terms, anchor, lastDay, ending === undefined);
  for (const term of terms.list) {
    if (term.index > 0) {
      entries.push({
        date: term.start.toString(),
        event: 'renewed',
        because: [...terms.because],
        figures: { term: term.index },
      });
    }
    if (ending && cmp(term.end, ending.date) > 0) break;
    entries.push({
      date: term.end.toString(),
      event: 'term-end',
      because: [...terms.because],
      figures: { term: term.index },
    });
  }
  for (const event of known) {
    if (shownAsIs.includes(event.kind)) {
      entries.push({
        date: event.on,
        event: event.kind,
        because: [...ruleOf(profile, event.kind)],
        // Event payloads are plain JSON data, as figures are.
        figures: { ...event } as Figures,
      });
    }
  }
  const current =
    terms.list.find((term) => cmp(term.start, lastDay) <= 0 && cmp(lastDay, term.end) <= 0) ?? null;
  let noticeDeadline: string | null = null;
  if (ending) {
    entries.push({
      date: ending.date.toString(),
      event: ending.event,
      because: [...ending.because],
      figures: ending.figures,
    });
  } else {
    const ifToday = termination(profile, noticeFacts(facts, known, anchor, later(asOf, anchor)));
    noticeDeadline = ifToday.figures.noticeDeadline;
    entries.push({
      date: noticeDeadline,
      event: 'notice-deadline',
      because: [...ifToday.because],
      figures: ifToday.figures,
    });
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  const ended = ending !== undefined && cmp(ending.date, asOf) <= 0;
  return {
    status: ended ? 'ended' : ending ? 'ending' : startsOn ? 'running' : 'formed',
    formedOn: formedOn.toString(),
    startsOn,
    currentTerm: current && {
      index: current.index,
      start: current.start.toString(),
      end: current.end.toString(),
    },
    noticeDeadline,
    effectiveEnd: ending ? ending.date.toString() : null,
    endedBy: ending ? ending.endedBy : null,
    entries,
  };
}

interface Ending {
  readonly date: Temporal.PlainDate;
  readonly event: string;
  readonly endedBy: ContractTimeline['endedBy'];
  readonly because: readonly RuleId[];
  readonly figures: Figures;
}

/** The first way the contract ends: on the effective date of a notice, or on a cancellation, termination or dissolution. */
function endingOf(
  profile: TermsProfile,
  facts: ContractFacts,
  known: readonly ContractEvent[],
  anchor: Temporal.PlainDate,
): Ending | undefined {
  const candidates: Ending[] = [];
  const notice = known.find((event) => event.kind === 'notice-given');
  if (notice) {
    const ended = termination(profile, noticeFacts(facts, known, anchor, date(notice.on)));
    candidates.push({
      date: ended.value,
      event: 'effective-end',
      endedBy: 'notice',
      because: ended.because,
      figures: { ...ended.figures, noticeBy: notice.by, channel: notice.channel },
    });
  }
  for (const event of known) {
    if (event.kind === 'cancelled' || event.kind === 'terminated' || event.kind === 'dissolved') {
      candidates.push({
        date: date(event.on),
        event: event.kind,
        endedBy: event.kind,
        // A dissolution for force majeure cites its own rules (bit:6.4, bit:6.5, vn:1.10.4).
        because: (event.kind === 'dissolved' ? event.because : undefined) ?? ruleOf(profile, event.kind),
        figures: { ...event },
      });
    }
  }
  return candidates.sort((a, b) => cmp(a.date, b.date))[0];
}

function termsUpTo(
  profile: TermsProfile,
  offer: OfferTerms,
  anchor: Temporal.PlainDate,
  until: Temporal.PlainDate,
  showNext: boolean,
) {
  const contract = contractTermsOf(profile, offer.contractKind);
  if (!endsAtTermEnd(contract)) return { list: [] as Term[], because: contract.rules };
  const renewal = renewalTerm(contract, anchor, lengthsOf(offer));
  const term = renewal.value;
  const last = termOn(term, until) ?? termAt(term, 0);
  const count = last.index + (showNext && term.renewalMonths !== null ? 2 : 1);
  return { list: Array.from({ length: count }, (_, index) => termAt(term, index)), because: renewal.because };
}

function noticeFacts(
  facts: ContractFacts,
  known: readonly ContractEvent[],
  start: Temporal.PlainDate,
  noticeDate: Temporal.PlainDate,
) {
  // The customer's kind when notice is given: a transfer may have changed it.
  const transfers = known.filter((e) => e.kind === 'transferred' && cmp(date(e.on), noticeDate) <= 0);
  const last = transfers.at(-1);
  const customer = last?.kind === 'transferred' ? last.toCustomerKind : facts.customerKind;
  return {
    kind: facts.terms.contractKind,
    start,
    customer,
    service: facts.terms.service,
    noticeDate,
    ...lengthsOf(facts.terms),
  };
}

function lengthsOf(offer: OfferTerms) {
  return {
    ...(offer.termMonths === null ? {} : { termMonths: offer.termMonths }),
    ...(offer.paymentTermMonths === null ? {} : { paymentTermMonths: offer.paymentTermMonths }),
  };
}

function ruleOf(profile: TermsProfile, kind: ContractEvent['kind']): readonly RuleId[] {
  switch (kind) {
    case 'cancelled':
      return profile.cancellation?.rules ?? [];
    case 'terminated':
      return profile.immediateTermination.rules;
    case 'dissolved':
    case 'notice-of-default-sent':
      return profile.dissolution.rules;
    case 'transferred':
      return profile.transfer?.rules ?? [];
    case 'terms-change-notified':
    case 'terms-objection-received':
    case 'terms-objection-decided':
      return profile.termsChanges?.rules ?? [];
    default:
      return [];
  }
}

function later(a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate {
  return cmp(a, b) < 0 ? b : a;
}

function empty(
  status: ContractTimeline['status'],
  entries: TimelineEntry[],
  formedOn: Temporal.PlainDate | null,
): ContractTimeline {
  return {
    status,
    formedOn: formedOn?.toString() ?? null,
    startsOn: null,
    currentTerm: null,
    noticeDeadline: null,
    effectiveEnd: null,
    endedBy: null,
    entries,
  };
}
