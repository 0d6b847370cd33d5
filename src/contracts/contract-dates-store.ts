import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';
import type { ContractEvent } from './rules/contract-events.ts';
import type { ContractDatesProjection } from './rules/contract-dates.ts';
import { contractEvents, contracts, orders } from './schema.ts';
import type { ContractRow, OrderRow } from './store.ts';

/*
 * The contract_dates cache (schema.ts, migration 0017): which rows are stale on a day, and writing
 * their recomputed dates. The database itself adds the rows and marks them stale.
 */

export interface StaleRow {
  readonly contractId: string;
  /** As read before the facts: a write only lands while the row is still at it. */
  readonly generation: number;
}

/**
 * Rows not fresh on `today`, by contract id after `after`: never computed or marked stale, computed
 * for a later day (the clock went back), or past their valid_until.
 */
export async function staleContractDates(
  db: Db,
  today: string,
  options: { sellerId: string | undefined; after: string | null; limit: number },
): Promise<StaleRow[]> {
  const seller = options.sellerId === undefined ? sql`` : sql` AND seller_id = ${options.sellerId}`;
  const after = options.after === null ? sql`` : sql` AND contract_id > ${options.after}`;
  const rows = await queryRows<{ contract_id: string; generation: string | number }>(
    db,
    sql`SELECT contract_id, generation FROM contract_dates
         WHERE (computed_for IS NULL OR computed_for > ${today}::date OR valid_until <= ${today}::date)${seller}${after}
         ORDER BY contract_id
         LIMIT ${options.limit}`,
  );
  return rows.map((row) => ({ contractId: row.contract_id, generation: Number(row.generation) }));
}

/** The contracts with their orders and events, in two queries. */
export async function contractsWithEvents(
  db: Db,
  ids: readonly string[],
): Promise<{ contract: ContractRow; order: OrderRow; events: ContractEvent[] }[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ contract: contracts, order: orders })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(inArray(contracts.id, [...ids]));
  const events = await db
    .select()
    .from(contractEvents)
    .where(inArray(contractEvents.contractId, [...ids]))
    .orderBy(asc(contractEvents.contractId), asc(contractEvents.id));
  const byContract = new Map<string, ContractEvent[]>();
  for (const row of events) {
    const event = { ...row.payload, kind: row.kind, on: row.occurredOn } as ContractEvent;
    byContract.set(row.contractId, [...(byContract.get(row.contractId) ?? []), event]);
  }
  return found.map((row) => ({ ...row, events: byContract.get(row.contract.id) ?? [] }));
}

export interface ComputedRow extends ContractDatesProjection, StaleRow {}

/**
 * Writes the computed dates in one statement; a row whose generation moved on since it was read (an
 * event, an order fact or a terms version came in meanwhile) is left stale. Answers how many landed.
 */
export async function writeContractDates(db: Db, rows: readonly ComputedRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const values = rows.map((row) => ({
    contract_id: row.contractId,
    generation: row.generation,
    status: row.status,
    notice_deadline: row.noticeDeadline,
    renewal_on: row.renewalOn,
    effective_end: row.effectiveEnd,
    computed_for: row.computedFor,
    valid_until: row.validUntil,
  }));
  const written = await queryRows<{ contract_id: string }>(
    db,
    sql`UPDATE contract_dates AS d
           SET status = v.status, notice_deadline = v.notice_deadline, renewal_on = v.renewal_on,
               effective_end = v.effective_end, computed_for = v.computed_for, valid_until = v.valid_until
          FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(
                 contract_id text, generation bigint, status text, notice_deadline date, renewal_on date,
                 effective_end date, computed_for date, valid_until date)
         WHERE d.contract_id = v.contract_id AND d.generation = v.generation
     RETURNING d.contract_id`,
  );
  return written.length;
}
