import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { termsLineage } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import { contractTermsVersion } from '../rules/contract-terms-version.ts';
import { contractTimeline } from '../rules/contract-timeline.ts';
import type { ContractFacts, ContractTimeline } from '../rules/contract-timeline.ts';
import { contractEventsOf, findContract, orderFactsOf } from '../store.ts';
import type { ContractRow, OrderRow } from '../store.ts';

export interface LoadedContract {
  readonly contract: ContractRow;
  readonly order: OrderRow;
  /** The contract's first profile and the versions that followed it (vn:1.1.4). */
  readonly lineage: readonly TermsProfile[];
  /** The version governing the contract on the day asked, with its explanation. */
  readonly termsVersion: Explanation<string>;
  readonly profile: TermsProfile;
  readonly events: readonly ContractEvent[];
  readonly facts: ContractFacts;
  readonly timeline: ContractTimeline;
}

/**
 * A contract with everything the rules need, and its timeline on `asOf` under the version of the
 * terms that governs it then. Formation and renewals are read under the first version: a later
 * version cannot change when the contract was formed or renewed before it applied.
 */
export async function loadContract(db: Db, id: string, asOf: Temporal.PlainDate): Promise<LoadedContract> {
  const found = await findContract(db, id);
  if (!found) throw new NotFoundError('contract', id);
  const { contract, order } = found;
  const lineage = await termsLineage(db, order.profileId);
  const events = await contractEventsOf(db, id);
  const facts = (profile: TermsProfile): ContractFacts => ({
    profile,
    order: orderFactsOf(order),
    terms: order.terms,
    customerKind: order.customerKind,
    events,
  });
  const first = contractTimeline(facts(lineage[0]!), asOf);
  const termsVersion = contractTermsVersion(
    {
      lineage,
      formedOn: Temporal.PlainDate.from(first.formedOn ?? order.receivedOn),
      renewalStarts: first.entries
        .filter((e) => e.event === 'renewed')
        .map((e) => Temporal.PlainDate.from(e.date)),
      events,
    },
    asOf,
  );
  const profile = lineage.find((version) => version.id === termsVersion.value) ?? lineage[0]!;
  const timeline = profile === lineage[0] ? first : contractTimeline(facts(profile), asOf);
  return { contract, order, lineage, termsVersion, profile, events, facts: facts(profile), timeline };
}
