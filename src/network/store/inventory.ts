import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { contracts } from '../../contracts/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import type { CpeState, NapState } from '../rules/index.ts';
import { cables, cpeDevices, links, naps, premises, vlanPools } from '../schema.ts';

/* The network's inventory: premises, cables, termination points, switches, links and VLAN pools. */

export type PremisesRow = typeof premises.$inferSelect;
export type CableRow = typeof cables.$inferSelect;
export type NapRow = typeof naps.$inferSelect;
export type CpeRow = typeof cpeDevices.$inferSelect;
export type LinkRow = typeof links.$inferSelect;
export type VlanPoolRow = typeof vlanPools.$inferSelect;
/** A NAP with the fiber count of its cable (the SLA class, vn:6.4.10). */
export type NapWithCable = NapRow & { readonly fiberCount: number };

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Numbered ids (`PR-2` before `PR-10`) in the order they were made. */
const byNumber = (column: PgColumn) => [asc(sql`length(${column})`), asc(column)];

async function paged<Row>(
  rows: Promise<Row[]>,
  counted: Promise<{ total: number }[]>,
): Promise<{ rows: Row[]; total: number }> {
  const [list, [total]] = await Promise.all([rows, counted]);
  return { rows: list, total: Number(total?.total ?? 0) };
}

// Premises

export async function insertPremises(db: Db, row: Omit<typeof premises.$inferInsert, 'id'>) {
  const [inserted] = await db.insert(premises).values(row).returning();
  return inserted!;
}

export async function findPremises(db: Db, id: string): Promise<PremisesRow | undefined> {
  const [row] = await db.select().from(premises).where(eq(premises.id, id));
  return row;
}

export function listPremisesRows(db: Db, filter: { customerId?: string | undefined }, page: Page) {
  const where = filter.customerId === undefined ? undefined : eq(premises.customerId, filter.customerId);
  return paged(
    db
      .select()
      .from(premises)
      .where(where)
      .orderBy(...byNumber(premises.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(premises).where(where),
  );
}

// Cables

export async function insertCable(db: Db, row: typeof cables.$inferInsert): Promise<CableRow> {
  const [inserted] = await db.insert(cables).values(row).returning();
  return inserted!;
}

export async function findCable(db: Db, id: string): Promise<CableRow | undefined> {
  const [row] = await db.select().from(cables).where(eq(cables.id, id));
  return row;
}

export function listCableRows(db: Db, page: Page) {
  return paged(
    db.select().from(cables).orderBy(asc(cables.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(cables),
  );
}

// Termination points

const napWithCable = {
  id: naps.id,
  premisesId: naps.premisesId,
  cableId: naps.cableId,
  fiber: naps.fiber,
  state: naps.state,
  activatedOn: naps.activatedOn,
  createdAt: naps.createdAt,
  fiberCount: cables.fiberCount,
};

export async function insertNap(db: Db, row: Omit<typeof naps.$inferInsert, 'id'>): Promise<NapRow> {
  const [inserted] = await db.insert(naps).values(row).returning();
  return inserted!;
}

/**
 * The NAP with its cable's fiber count. `lock` holds the NAP row for the transaction: `update` to
 * change its state, `share` to build on it (a link), so a state change waits for the link and sees it.
 */
export async function findNap(
  db: Db,
  id: string,
  options: { lock?: 'update' | 'share' } = {},
): Promise<NapWithCable | undefined> {
  const query = db
    .select(napWithCable)
    .from(naps)
    .innerJoin(cables, eq(cables.id, naps.cableId))
    .where(eq(naps.id, id));
  const [row] = options.lock ? await query.for(options.lock, { of: naps }) : await query;
  return row;
}

export function napsOfPremises(db: Db, premisesIds: readonly string[]): Promise<NapWithCable[]> {
  if (premisesIds.length === 0) return Promise.resolve([]);
  return db
    .select(napWithCable)
    .from(naps)
    .innerJoin(cables, eq(cables.id, naps.cableId))
    .where(inArray(naps.premisesId, [...premisesIds]))
    .orderBy(...byNumber(naps.id));
}

export function napsOnCable(db: Db, cableId: string): Promise<NapWithCable[]> {
  return db
    .select(napWithCable)
    .from(naps)
    .innerJoin(cables, eq(cables.id, naps.cableId))
    .where(eq(naps.cableId, cableId))
    .orderBy(asc(naps.fiber), ...byNumber(naps.id));
}

/** The NAP (not removed) that uses this fiber of the cable, if any. */
export async function napOnFiber(db: Db, cableId: string, fiber: number): Promise<NapRow | undefined> {
  const [row] = await db
    .select()
    .from(naps)
    .where(and(eq(naps.cableId, cableId), eq(naps.fiber, fiber), sql`${naps.state} <> 'removed'`));
  return row;
}

export async function updateNap(
  db: Db,
  id: string,
  from: NapState,
  changes: { state: NapState; activatedOn?: string | null },
): Promise<NapRow | undefined> {
  const [row] = await db
    .update(naps)
    .set(changes)
    .where(and(eq(naps.id, id), eq(naps.state, from)))
    .returning();
  return row;
}

// Switches (CPE)

export async function insertCpe(db: Db, row: Omit<typeof cpeDevices.$inferInsert, 'id'>): Promise<CpeRow> {
  const [inserted] = await db.insert(cpeDevices).values(row).returning();
  return inserted!;
}

export async function findCpe(db: Db, id: string): Promise<CpeRow | undefined> {
  const [row] = await db.select().from(cpeDevices).where(eq(cpeDevices.id, id));
  return row;
}

export async function findCpeBySerial(db: Db, serialNumber: string): Promise<CpeRow | undefined> {
  const [row] = await db.select().from(cpeDevices).where(eq(cpeDevices.serialNumber, serialNumber));
  return row;
}

/** The switches at these premises (installed, or installed and due back). */
export function cpeAtPremises(db: Db, premisesIds: readonly string[]): Promise<CpeRow[]> {
  if (premisesIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(cpeDevices)
    .where(inArray(cpeDevices.premisesId, [...premisesIds]))
    .orderBy(...byNumber(cpeDevices.id));
}

export interface CpeFilter {
  readonly state?: CpeState | undefined;
  readonly customerId?: string | undefined;
  readonly premisesId?: string | undefined;
  readonly serialNumber?: string | undefined;
}

export function listCpeRows(db: Db, filter: CpeFilter, page: Page) {
  const where = and(
    filter.state === undefined ? undefined : eq(cpeDevices.state, filter.state),
    filter.customerId === undefined ? undefined : eq(cpeDevices.customerId, filter.customerId),
    filter.premisesId === undefined ? undefined : eq(cpeDevices.premisesId, filter.premisesId),
    filter.serialNumber === undefined ? undefined : eq(cpeDevices.serialNumber, filter.serialNumber),
  );
  return paged(
    db
      .select()
      .from(cpeDevices)
      .where(where)
      .orderBy(...byNumber(cpeDevices.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(cpeDevices).where(where),
  );
}

/**
 * Changes the switch only while it is still in `from`: of two transactions moving the same switch,
 * the second finds no row (PostgreSQL re-checks the condition after the first commits) and gets
 * undefined.
 */
export async function updateCpe(
  db: Db,
  id: string,
  from: readonly CpeState[],
  changes: Partial<Omit<typeof cpeDevices.$inferInsert, 'id'>>,
): Promise<CpeRow | undefined> {
  const [row] = await db
    .update(cpeDevices)
    .set(changes)
    .where(and(eq(cpeDevices.id, id), inArray(cpeDevices.state, [...from])))
    .returning();
  return row;
}

// Links and VLANs

/**
 * The pool, locked until the transaction ends: VLAN choices in the same pool take turns, so the
 * second reads the VLANs the first has taken (PostgreSQL; PGlite runs one transaction at a time).
 */
export async function lockVlanPool(db: Db, id: string): Promise<VlanPoolRow | undefined> {
  const [row] = await db.select().from(vlanPools).where(eq(vlanPools.id, id)).for('update');
  return row;
}

/** The VLANs of the pool carried by links that have not ended. */
export async function takenVlans(db: Db, poolId: string): Promise<number[]> {
  const rows = await db
    .select({ vlan: links.vlan })
    .from(links)
    .where(and(eq(links.poolId, poolId), isNull(links.endedOn)));
  return rows.map((row) => row.vlan);
}

export async function insertLink(db: Db, row: Omit<typeof links.$inferInsert, 'id'>): Promise<LinkRow> {
  const [inserted] = await db.insert(links).values(row).returning();
  return inserted!;
}

export async function findLink(db: Db, id: string): Promise<LinkRow | undefined> {
  const [row] = await db.select().from(links).where(eq(links.id, id));
  return row;
}

/** Ends the link if it has not ended yet; undefined when it had. */
export async function endLinkRow(db: Db, id: string, endedOn: string): Promise<LinkRow | undefined> {
  const [row] = await db
    .update(links)
    .set({ endedOn })
    .where(and(eq(links.id, id), isNull(links.endedOn)))
    .returning();
  return row;
}

/** The links still running that end at this NAP (A or Z). */
export async function activeLinksAtNap(db: Db, napId: string): Promise<LinkRow[]> {
  return db
    .select()
    .from(links)
    .where(and(isNull(links.endedOn), sql`(${links.aNapId} = ${napId} OR ${links.zNapId} = ${napId})`))
    .orderBy(...byNumber(links.id));
}

export interface LinkFilter {
  readonly customerId?: string | undefined;
  /** Links with this NAP at either end. */
  readonly napId?: string | undefined;
  /** true: running links only; false: ended links only. */
  readonly active?: boolean | undefined;
}

export function listLinkRows(db: Db, filter: LinkFilter, page: Page) {
  const conditions: (SQL | undefined)[] = [
    filter.customerId === undefined ? undefined : eq(links.customerId, filter.customerId),
    filter.napId === undefined
      ? undefined
      : sql`(${links.aNapId} = ${filter.napId} OR ${links.zNapId} = ${filter.napId})`,
    filter.active === undefined
      ? undefined
      : filter.active
        ? isNull(links.endedOn)
        : sql`${links.endedOn} IS NOT NULL`,
  ];
  const where = and(...conditions);
  return paged(
    db
      .select()
      .from(links)
      .where(where)
      .orderBy(...byNumber(links.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(links).where(where),
  );
}

/** Every pool with the number of its VLANs that running links carry. */
export function vlanPoolUsage(db: Db) {
  return queryRows<{ id: string; first: number; last: number; used: number | string }>(
    db,
    sql`
    SELECT p.id, p.first, p.last,
      (SELECT count(*) FROM ${links} l
        WHERE l.pool_id = p.id AND l.ended_on IS NULL AND l.vlan BETWEEN p.first AND p.last) AS used
    FROM ${vlanPools} p
    ORDER BY p.id`,
  );
}

// Rows of other contexts an inventory change names

export async function findContractHolder(db: Db, id: string) {
  const [row] = await db
    .select({ id: contracts.id, customerId: contracts.customerId })
    .from(contracts)
    .where(eq(contracts.id, id));
  return row;
}
