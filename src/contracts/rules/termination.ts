import { Temporal } from 'temporal-polyfill';
import { endOfPeriod, firstPeriodEndAfterNotice } from '../../shared/calendar/index.ts';
import type { PeriodKind } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain, explainFrom } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { contractTermsOf, endsAtTermEnd } from './contract-kinds.ts';
import type { ContractKind, ContractTerms, PeriodEndContract, TermEndContract } from './contract-kinds.ts';
import { lastNoticeDate } from './notice-deadline.ts';
import { renewalTerm } from './renewal.ts';
import type { ContractTerm, TermLengths } from './renewal.ts';
import { termEndAt, termEndsOf, termOn } from './term-ends.ts';

export const CUSTOMER_KINDS = ['business', 'consumer'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** The services a contract can be for; the profile's `telecomServices` names those nl:tw7.2a protects. */
export const SERVICE_KINDS = ['access', 'link', 'colocation', 'hosting', 'domain', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The laws that shorten notice after a tacit renewal. */
export type ProtectionLaw = 'nl:6:236j' | 'nl:tw7.2a';

export interface NoticeFacts extends TermLengths {
  readonly kind: ContractKind;
  readonly start: Temporal.PlainDate;
  readonly customer: CustomerKind;
  readonly service: ServiceKind;
  /** The day the notice was given (received). */
  readonly noticeDate: Temporal.PlainDate;
}

export type TerminationFigures = {
  readonly effectiveDate: string;
  /** The term end (or calendar period end) current on the notice date. */
  readonly currentTermEnd: string;
  /** The last day notice could be given to end on `currentTermEnd`. */
  readonly noticeDeadline: string;
  readonly protection: ProtectionLaw | null;
  readonly noticeDate: string;
  readonly notice: { readonly months: number; readonly days: number };
  readonly endsAt: 'term-end' | PeriodKind;
  /** Notice date + the contractual notice. */
  readonly earliestEnd: string;
  readonly contractualEnd: string;
  /** Notice date + the statutory notice, when a law protects the customer. */
  readonly protectedEnd: string | null;
  readonly firstTermEnd: string | null;
  readonly firstTermMonths: number | null;
  readonly renewalMonths: number | null;
};

type Ending = Explanation<Temporal.PlainDate, TerminationFigures>;

/**
 * The day a contract ends after notice given on `noticeDate`:
 * - fixed-term and third-party contracts end at the first term end E with notice date + notice ≤ E
 *   (bit:12.1 one month, vn:1.6.1 four months), the terms renewing per bit:12.1 / vn:1.5.1;
 * - indefinite contracts at the end of a calendar quarter (bit:12.2), domains of a year (bit:12.3);
 * - once the contract was tacitly renewed, i.e. the notice is given after its first term ended,
 *   consumers (nl:6:236j) and end users of the profile's telecom services, businesses included
 *   (nl:tw7.2a), may end it on notice date + one month, on any day. The law only ever shortens: the
 *   effective date is the earlier of that and the contractual end, and both rules are cited.
 */
export function termination(profile: TermsProfile, facts: NoticeFacts): Ending {
  const terms = contractTermsOf(profile, facts.kind);
  if (Temporal.PlainDate.compare(facts.noticeDate, facts.start) < 0) {
    throw new InvalidInputError(
      'notice',
      `${facts.noticeDate.toString()} is before the contract start ${facts.start.toString()}`,
    );
  }
  return endsAtTermEnd(terms) ? atTermEnd(profile, terms, facts) : atPeriodEnd(terms, facts);
}

/** bit:12.2 (quarter), bit:12.3 (year): no term and no renewal, so no statutory shortening either. */
function atPeriodEnd(terms: PeriodEndContract, facts: NoticeFacts): Ending {
  const problems: FieldProblem[] = [];
  for (const field of ['termMonths', 'paymentTermMonths'] as const) {
    if (facts[field] !== undefined) {
      problems.push({
        field,
        problem: `applies only to fixed-term and third-party contracts, not ${facts.kind}`,
      });
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  const { noticeDate } = facts;
  const ending = firstPeriodEndAfterNotice({
    noticeDate,
    notice: terms.notice,
    periodEnds: terms.endsAt,
    because: terms.rules,
  });
  return explainFrom(ending.value, [ending], [], {
    ...figures(facts, terms, ending.value, endOfPeriod(noticeDate, terms.endsAt)),
    contractualEnd: ending.value.toString(),
    protectedEnd: null,
    protection: null,
    firstTermEnd: null,
    firstTermMonths: null,
    renewalMonths: null,
  });
}

/** bit:12.1, vn:1.5.1, vn:1.6.1, shortened after renewal by nl:6:236j or nl:tw7.2a. */
function atTermEnd(profile: TermsProfile, terms: TermEndContract, facts: NoticeFacts): Ending {
  const { noticeDate } = facts;
  const renewal = renewalTerm(terms, facts.start, facts);
  const term = renewal.value;
  const firstTermEnd = termEndAt(term, 0);
  const current = termOn(term, noticeDate);
  if (!current) {
    throw new InvalidInputError(
      'notice',
      `the contract does not renew and ended on ${firstTermEnd.toString()}, before ${noticeDate.toString()}`,
    );
  }
  const contractual = contractualEnd(terms, term, noticeDate);

  // "After the first tacit renewal": the notice is given after the first (minimum) term ended.
  const renewed = term.renewalMonths !== null && Temporal.PlainDate.compare(noticeDate, firstTermEnd) > 0;
  const laws = renewed ? protectionsFor(profile, facts) : [];
  const protectedEnd = laws.length > 0 ? noticeDate.add(profile.renewalProtection.notice) : null;
  const effectiveDate =
    protectedEnd && Temporal.PlainDate.compare(protectedEnd, contractual.value) < 0
      ? protectedEnd
      : contractual.value;

  return explainFrom(effectiveDate, [renewal, contractual], laws, {
    ...figures(facts, terms, effectiveDate, current.end),
    contractualEnd: contractual.value.toString(),
    protectedEnd: protectedEnd?.toString() ?? null,
    protection: laws[0] ?? null,
    firstTermEnd: firstTermEnd.toString(),
    firstTermMonths: term.firstTermMonths,
    renewalMonths: term.renewalMonths,
  });
}

/** The first term end at least the notice after the notice date; without renewal, the only term end. */
function contractualEnd(terms: TermEndContract, term: ContractTerm, noticeDate: Temporal.PlainDate) {
  if (term.renewalMonths === null) {
    // Notice too late for the end changes nothing: a contract that does not renew ends there anyway.
    return explain(termEndAt(term, 0), terms.rules);
  }
  return firstPeriodEndAfterNotice({
    noticeDate,
    notice: terms.notice,
    periodEnds: termEndsOf(term),
    because: terms.rules,
  });
}

/** The consumer law first: it protects a consumer whatever the service. */
function protectionsFor(profile: TermsProfile, facts: NoticeFacts): ProtectionLaw[] {
  const laws: ProtectionLaw[] = [];
  if (profile.renewalProtection.consumers && facts.customer === 'consumer') laws.push('nl:6:236j');
  if (profile.renewalProtection.telecomServices.includes(facts.service)) laws.push('nl:tw7.2a');
  return laws;
}

function figures(
  facts: NoticeFacts,
  terms: ContractTerms,
  effectiveDate: Temporal.PlainDate,
  currentTermEnd: Temporal.PlainDate,
) {
  const { months, days } = terms.notice;
  return {
    effectiveDate: effectiveDate.toString(),
    currentTermEnd: currentTermEnd.toString(),
    noticeDeadline: lastNoticeDate(currentTermEnd, terms.notice).toString(),
    noticeDate: facts.noticeDate.toString(),
    notice: { months, days },
    endsAt: terms.endsAt,
    earliestEnd: facts.noticeDate.add({ months, days }).toString(),
  };
}
