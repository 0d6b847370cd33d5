import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { termsLineage } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { contractsWithEvents, staleContractDates, writeContractDates } from '../contract-dates-store.ts';
import type { ComputedRow } from '../contract-dates-store.ts';
import { contractDates } from '../rules/contract-dates.ts';
import { orderFactsOf } from '../store.ts';

/** Contracts loaded, computed and written per round: two reads and one write each. */
export const REFRESH_BATCH = 500;

export interface RefreshReport {
  /** Stale rows found (in scope). */
  readonly stale: number;
  /** Rows written; a row changed meanwhile stays stale for the next refresh. */
  readonly refreshed: number;
  /** With `skipRefused`: contracts whose facts the rules refuse on the day, left stale. */
  readonly refused: string[];
}

export interface RefreshOptions {
  readonly sellerId?: string | undefined;
  /** Contracts per round (default REFRESH_BATCH). */
  readonly batch?: number;
  /**
   * Leave a contract whose facts the rules refuse on the day stale and go on (the daily cycle),
   * instead of failing as its timeline does (the home page, as it did before the cache).
   */
  readonly skipRefused?: boolean;
}

/**
 * Recomputes the contract_dates rows that are not fresh on `today` (all sellers, or one), a batch at
 * a time in contract id order, so memory and the database's work stay bounded whatever the number of
 * contracts. A cache refresh: idempotent, and safe beside another refresh or any writer (a write
 * lands only on the generation it read, and the facts are read after it).
 */
export async function refreshContractDates(
  db: Db,
  today: Temporal.PlainDate,
  options: RefreshOptions = {},
): Promise<RefreshReport> {
  const { sellerId, batch = REFRESH_BATCH, skipRefused = false } = options;
  const day = today.toString();
  let stale = 0;
  let refreshed = 0;
  const refused: string[] = [];
  for (let after: string | null = null; ;) {
    const rows = await staleContractDates(db, day, { sellerId, after, limit: batch });
    if (rows.length === 0) return { stale, refreshed, refused };
    stale += rows.length;
    const computed = await computeBatch(db, rows, today, skipRefused ? refused : undefined);
    refreshed += await writeContractDates(db, computed);
    after = rows.at(-1)!.contractId;
  }
}

async function computeBatch(
  db: Db,
  rows: readonly { contractId: string; generation: number }[],
  today: Temporal.PlainDate,
  refused: string[] | undefined,
): Promise<ComputedRow[]> {
  const generations = new Map(rows.map((row) => [row.contractId, row.generation]));
  const loaded = await contractsWithEvents(db, [...generations.keys()]);
  // Read after the generations, like the events: a new version bumps them all (migration 0017).
  const lineages = new Map<string, readonly TermsProfile[]>();
  for (const profileId of new Set(loaded.map(({ order }) => order.profileId))) {
    lineages.set(profileId, await termsLineage(db, profileId));
  }
  return loaded.flatMap(({ contract, order, events }) => {
    const facts = {
      lineage: lineages.get(order.profileId)!,
      order: orderFactsOf(order),
      terms: order.terms,
      customerKind: order.customerKind,
      events,
    };
    try {
      return [
        {
          contractId: contract.id,
          generation: generations.get(contract.id)!,
          ...contractDates(facts, today),
        },
      ];
    } catch (error) {
      if (!refused || !(error instanceof InvalidInputError)) throw error;
      refused.push(contract.id);
      return [];
    }
  });
}
