import { and, desc, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { products } from '../../catalog/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { cables, links, naps, networkOrders, networkServices } from '../../network/schema.ts';
import { faultTicketEvents, faultTickets } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';

export type FaultTicketRow = typeof faultTickets.$inferSelect;
export type FaultTicketEventRow = typeof faultTicketEvents.$inferSelect;
export type NewFaultTicket = typeof faultTickets.$inferInsert;
export type NewFaultTicketEvent = Omit<typeof faultTicketEvents.$inferInsert, 'id'>;

/** What a fault touches on the network, and whose it is. */
export interface FaultReach {
  readonly customerId: string;
  readonly providerId: string | null;
  readonly contractId: string | null;
  readonly serviceId: string | null;
  readonly linkId: string | null;
  readonly napIds: readonly string[];
  readonly cableIds: readonly string[];
}

export async function serviceReach(db: Db, serviceId: string): Promise<FaultReach | undefined> {
  const [service] = await db.select().from(networkServices).where(eq(networkServices.id, serviceId));
  if (!service) return undefined;
  const link = service.linkId ? await findLink(db, service.linkId) : undefined;
  const napIds = unique([service.napId, link?.aNapId ?? null, link?.zNapId ?? null]);
  return {
    customerId: service.customerId,
    providerId: service.providerId,
    contractId: service.contractId ?? link?.contractId ?? null,
    serviceId: service.id,
    linkId: service.linkId,
    napIds,
    cableIds: await cablesOfNaps(db, napIds),
  };
}

export async function linkReach(db: Db, linkId: string): Promise<FaultReach | undefined> {
  const link = await findLink(db, linkId);
  if (!link) return undefined;
  const napIds = unique([link.aNapId, link.zNapId]);
  return {
    customerId: link.customerId,
    providerId: null,
    contractId: link.contractId,
    serviceId: null,
    linkId: link.id,
    napIds,
    cableIds: await cablesOfNaps(db, napIds),
  };
}

async function findLink(db: Db, linkId: string) {
  const [link] = await db.select().from(links).where(eq(links.id, linkId));
  return link;
}

async function cablesOfNaps(db: Db, napIds: readonly string[]): Promise<string[]> {
  if (napIds.length === 0) return [];
  const rows = await db
    .select({ cableId: naps.cableId })
    .from(naps)
    .where(inArray(naps.id, [...napIds]));
  return unique(rows.map((row) => row.cableId));
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))].sort();
}

export async function cableFiberCount(db: Db, cableId: string): Promise<number | undefined> {
  const [row] = await db.select({ fiberCount: cables.fiberCount }).from(cables).where(eq(cables.id, cableId));
  return row?.fiberCount;
}

/** The seller of the product a service was ordered with (a third-party service's network operator). */
export async function sellerOfServiceProduct(db: Db, serviceId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sellerId: products.sellerId })
    .from(networkServices)
    .innerJoin(networkOrders, eq(networkOrders.id, networkServices.orderId))
    .innerJoin(products, eq(products.id, networkOrders.productId))
    .where(eq(networkServices.id, serviceId));
  return row?.sellerId;
}

export async function insertFaultTicket(db: Db, values: NewFaultTicket): Promise<FaultTicketRow> {
  const [row] = await db.insert(faultTickets).values(values).returning();
  return row!;
}

export async function insertFaultTicketEvent(db: Db, event: NewFaultTicketEvent): Promise<void> {
  await db.insert(faultTicketEvents).values(event);
}

/** The ticket, locked for the rest of the transaction. */
export async function lockFaultTicket(db: Db, ticketId: string): Promise<FaultTicketRow | undefined> {
  const [row] = await db.select().from(faultTickets).where(eq(faultTickets.id, ticketId)).for('update');
  return row;
}

export async function findFaultTicket(db: Db, ticketId: string): Promise<FaultTicketRow | undefined> {
  const [row] = await db.select().from(faultTickets).where(eq(faultTickets.id, ticketId));
  return row;
}

export async function updateFaultTicket(
  db: Db,
  ticketId: string,
  changes: Partial<NewFaultTicket>,
): Promise<FaultTicketRow> {
  const [row] = await db.update(faultTickets).set(changes).where(eq(faultTickets.id, ticketId)).returning();
  return row!;
}

/**
 * Sets `column` to `at` only when it is still null: the one writer that wins answers the row, any
 * other (a second scheduler run at the same moment) answers undefined.
 */
export async function markOnce(
  db: Db,
  ticketId: string,
  column: 'warnedAt' | 'breachedAt',
  at: string,
): Promise<FaultTicketRow | undefined> {
  const [row] = await db
    .update(faultTickets)
    .set({ [column]: at })
    .where(and(eq(faultTickets.id, ticketId), isNull(faultTickets[column])))
    .returning();
  return row;
}

export async function eventsOfTicket(db: Db, ticketId: string): Promise<FaultTicketEventRow[]> {
  return db
    .select()
    .from(faultTicketEvents)
    .where(eq(faultTicketEvents.ticketId, ticketId))
    .orderBy(faultTicketEvents.id);
}

const DONE: FaultTicketState[] = ['resolved', 'closed'];

/**
 * Open tickets with a running clock whose maximum is at or before `horizon` (now + the warning
 * lead): the tickets whose warning or breach may be due.
 */
export async function ticketsToWatch(db: Db, horizon: string): Promise<FaultTicketRow[]> {
  return db
    .select()
    .from(faultTickets)
    .where(
      and(
        notInArray(faultTickets.state, DONE),
        isNull(faultTickets.repairReportedAt),
        isNull(faultTickets.breachedAt),
        lte(faultTickets.maximumBy, horizon),
      ),
    )
    .orderBy(faultTickets.maximumBy, faultTickets.id);
}

export interface FaultTicketFilter {
  readonly state?: FaultTicketState;
  readonly customerId?: string;
  readonly sellerId?: string;
  readonly providerId?: string;
  readonly openOnly?: boolean;
  readonly limit: number;
  readonly offset: number;
}

/** Newest reported first. */
export async function listFaultTickets(db: Db, filter: FaultTicketFilter): Promise<FaultTicketRow[]> {
  const where: SQL[] = [];
  if (filter.state) where.push(eq(faultTickets.state, filter.state));
  if (filter.customerId) where.push(eq(faultTickets.customerId, filter.customerId));
  if (filter.sellerId) where.push(eq(faultTickets.sellerId, filter.sellerId));
  if (filter.providerId) where.push(eq(faultTickets.providerId, filter.providerId));
  if (filter.openOnly) where.push(notInArray(faultTickets.state, DONE));
  return db
    .select()
    .from(faultTickets)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(faultTickets.reportedAt), desc(sql`length(${faultTickets.id})`), desc(faultTickets.id))
    .limit(filter.limit)
    .offset(filter.offset);
}
