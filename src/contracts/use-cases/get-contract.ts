import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { contractActions } from '../rules/contract-actions.ts';
import type { ContractAction } from '../rules/contract-actions.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { listContracts as listContractRows } from '../store.ts';
import { loadContract } from './load-contract.ts';

export interface ContractView {
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly sellerId: string;
  readonly profileId: string;
  readonly terms: OfferTerms;
  /** The version of the terms that governs the contract on the day asked (vn:1.1.4). */
  readonly termsVersion: {
    readonly id: string;
    readonly because: string[];
    readonly figures: Record<string, unknown>;
  };
  readonly timeline: ContractTimeline;
  readonly events: ContractEvent[];
  /** What may be done now, and why not for the rest. */
  readonly actions: Record<ContractAction, string | null>;
}

export async function getContract(db: Db, id: string, asOf: Temporal.PlainDate): Promise<ContractView> {
  const loaded = await loadContract(db, id, asOf);
  const { contract, order, events, timeline, profile, termsVersion } = loaded;
  return {
    id: contract.id,
    orderId: order.id,
    customerId: contract.customerId,
    sellerId: order.sellerId,
    profileId: order.profileId,
    terms: order.terms,
    termsVersion: {
      id: termsVersion.value,
      because: [...termsVersion.because],
      figures: { ...termsVersion.figures },
    },
    timeline,
    events: [...events],
    actions: Object.fromEntries(contractActions(profile, timeline, events, asOf)) as Record<
      ContractAction,
      string | null
    >,
  };
}

export async function listContracts(
  db: Db,
  asOf: Temporal.PlainDate,
  customerId?: string,
): Promise<ContractView[]> {
  const rows = await listContractRows(db, customerId);
  return Promise.all(rows.map((row) => getContract(db, row.contract.id, asOf)));
}
