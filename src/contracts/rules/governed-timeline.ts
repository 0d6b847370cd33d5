import { Temporal } from 'temporal-polyfill';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { ContractEvent } from './contract-events.ts';
import { contractTermsVersion } from './contract-terms-version.ts';
import { contractTimeline } from './contract-timeline.ts';
import type { ContractFacts, ContractTimeline } from './contract-timeline.ts';
import type { OfferTerms } from './offer-terms.ts';
import type { OrderFacts } from './order-facts.ts';
import type { CustomerKind } from './termination.ts';

/** A contract's facts with every version of its terms, as the store holds them. */
export interface LineageFacts {
  /** The contract's first profile and the versions that followed it, oldest first (vn:1.1.4). */
  readonly lineage: readonly TermsProfile[];
  readonly order: OrderFacts;
  readonly terms: OfferTerms;
  readonly customerKind: CustomerKind;
  /** Oldest first. */
  readonly events: readonly ContractEvent[];
}

export interface GovernedTimeline {
  /** The timeline under the first version: formation and renewals are read under it. */
  readonly first: ContractTimeline;
  /** The version governing the contract on the day asked, with its explanation (vn:1.1.4, bit:12.1). */
  readonly termsVersion: Explanation<string>;
  readonly profile: TermsProfile;
  readonly facts: ContractFacts;
  readonly timeline: ContractTimeline;
}

/**
 * A contract's timeline on `asOf` under the version of the terms that governs it then. Formation and
 * renewals are read under the first version: a later version cannot change when the contract was
 * formed or renewed before it applied.
 */
export function governedTimeline(facts: LineageFacts, asOf: Temporal.PlainDate): GovernedTimeline {
  const { lineage, events } = facts;
  const factsUnder = (profile: TermsProfile): ContractFacts => ({
    profile,
    order: facts.order,
    terms: facts.terms,
    customerKind: facts.customerKind,
    events,
  });
  const first = contractTimeline(factsUnder(lineage[0]!), asOf);
  const termsVersion = contractTermsVersion(
    {
      lineage,
      formedOn: Temporal.PlainDate.from(first.formedOn ?? facts.order.receivedOn),
      renewalStarts: first.entries
        .filter((e) => e.event === 'renewed')
        .map((e) => Temporal.PlainDate.from(e.date)),
      events,
    },
    asOf,
  );
  const profile = lineage.find((version) => version.id === termsVersion.value) ?? lineage[0]!;
  const timeline = profile === lineage[0] ? first : contractTimeline(factsUnder(profile), asOf);
  return { first, termsVersion, profile, facts: factsUnder(profile), timeline };
}
