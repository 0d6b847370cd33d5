import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { termsLineage } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import type { ContractFacts, ContractTimeline } from '../rules/contract-timeline.ts';
import { governedTimeline } from '../rules/governed-timeline.ts';
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
  const { termsVersion, profile, facts, timeline } = governedTimeline(
    { lineage, order: orderFactsOf(order), terms: order.terms, customerKind: order.customerKind, events },
    asOf,
  );
  return { contract, order, lineage, termsVersion, profile, events, facts, timeline };
}
