import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import { contractTimeline } from '../rules/contract-timeline.ts';
import type { ContractFacts, ContractTimeline } from '../rules/contract-timeline.ts';
import { contractEventsOf, findContract, orderFactsOf } from '../store.ts';
import type { ContractRow, OrderRow } from '../store.ts';

export interface LoadedContract {
  readonly contract: ContractRow;
  readonly order: OrderRow;
  readonly profile: TermsProfile;
  readonly events: readonly ContractEvent[];
  readonly facts: ContractFacts;
  readonly timeline: ContractTimeline;
}

/** A contract with everything the rules need, and its timeline on `asOf`. */
export async function loadContract(db: Db, id: string, asOf: Temporal.PlainDate): Promise<LoadedContract> {
  const found = await findContract(db, id);
  if (!found) throw new NotFoundError('contract', id);
  const { contract, order } = found;
  const { profile } = await getProfile(db, order.profileId);
  const events = await contractEventsOf(db, id);
  const facts: ContractFacts = {
    profile,
    order: orderFactsOf(order),
    terms: order.terms,
    customerKind: order.customerKind,
    events,
  };
  return { contract, order, profile, events, facts, timeline: contractTimeline(facts, asOf) };
}
