import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { products } from '../../catalog/schema.ts';
import { contracts, orders } from '../../contracts/schema.ts';
import { links, naps, networkOrders, networkServices } from '../../network/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import { forceMajeureEvents, forceMajeureServices } from '../schema.ts';

export type ForceMajeureEventRow = typeof forceMajeureEvents.$inferSelect;
export type ForceMajeureServiceRow = typeof forceMajeureServices.$inferSelect;
export type ForceMajeureScope = 'nap' | 'cable' | 'link';

/** A service on the network as force majeure sees it: whose it is, under which contract and seller. */
export interface AffectedService {
  readonly serviceId: string;
  readonly customerId: string;
  readonly providerId: string | null;
  readonly contractId: string | null;
  readonly sellerId: string | null;
  readonly state: string;
}

// The seller of a service: the seller of its contract, else the seller of the product ordered.
const sellerOfService = sql<string | null>`coalesce(${orders.sellerId}, ${products.sellerId})`;
const contractOfService = sql<
  string | null
>`coalesce(${networkServices.contractId}, ${networkOrders.contractId})`;

function selectServices(db: Db, where: SQL | undefined) {
  return db
    .select({
      serviceId: networkServices.id,
      customerId: networkServices.customerId,
      providerId: networkServices.providerId,
      contractId: contractOfService,
      sellerId: sellerOfService,
      state: networkServices.state,
    })
    .from(networkServices)
    .innerJoin(networkOrders, eq(networkOrders.id, networkServices.orderId))
    .leftJoin(products, eq(products.id, networkOrders.productId))
    .leftJoin(contracts, eq(contracts.id, contractOfService))
    .leftJoin(orders, eq(orders.id, contracts.orderId))
    .where(where)
    .orderBy(asc(networkServices.id));
}

/** These services, as far as they exist. */
export function servicesByIds(db: Db, serviceIds: readonly string[]): Promise<AffectedService[]> {
  return selectServices(db, inArray(networkServices.id, [...serviceIds]));
}

/**
 * The seller's running (active, or suspended for non-payment) services on a NAP, a cable or a link:
 * on a NAP or cable also the links that end on it.
 */
export function runningServicesInScope(
  db: Db,
  sellerId: string,
  scope: ForceMajeureScope,
  scopeId: string,
): Promise<AffectedService[]> {
  const napIds =
    scope === 'nap'
      ? sql`select ${scopeId}::text`
      : db.select({ id: naps.id }).from(naps).where(eq(naps.cableId, scopeId));
  const onScope =
    scope === 'link'
      ? eq(networkServices.linkId, scopeId)
      : or(
          sql`${networkServices.napId} in (${napIds})`,
          inArray(
            networkServices.linkId,
            db
              .select({ id: links.id })
              .from(links)
              .where(or(sql`${links.aNapId} in (${napIds})`, sql`${links.zNapId} in (${napIds})`)),
          ),
        );
  return selectServices(
    db,
    and(
      onScope,
      inArray(networkServices.state, ['active', 'suspended']),
      sql`${sellerOfService} = ${sellerId}`,
    ),
  );
}

export async function findSeller(db: Db, sellerId: string) {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  return row;
}

export async function insertForceMajeureEvent(
  db: Db,
  values: typeof forceMajeureEvents.$inferInsert,
): Promise<ForceMajeureEventRow> {
  const [row] = await db.insert(forceMajeureEvents).values(values).returning();
  return row!;
}

export async function findForceMajeureEvent(
  db: Db,
  eventId: string,
  options: { readonly forUpdate?: boolean } = {},
): Promise<ForceMajeureEventRow | undefined> {
  const query = db.select().from(forceMajeureEvents).where(eq(forceMajeureEvents.id, eventId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export function listForceMajeureEventRows(
  db: Db,
  filter: { readonly sellerId?: string; readonly open?: boolean },
): Promise<ForceMajeureEventRow[]> {
  return db
    .select()
    .from(forceMajeureEvents)
    .where(
      and(
        filter.sellerId ? eq(forceMajeureEvents.sellerId, filter.sellerId) : undefined,
        filter.open ? isNull(forceMajeureEvents.endedOn) : undefined,
      ),
    )
    .orderBy(desc(forceMajeureEvents.startedOn), desc(forceMajeureEvents.declaredAt));
}

export async function setForceMajeureEnded(
  db: Db,
  eventId: string,
  endedOn: string,
): Promise<ForceMajeureEventRow> {
  const [row] = await db
    .update(forceMajeureEvents)
    .set({ endedOn })
    .where(eq(forceMajeureEvents.id, eventId))
    .returning();
  return row!;
}

export async function insertForceMajeureServices(
  db: Db,
  rows: readonly (typeof forceMajeureServices.$inferInsert)[],
): Promise<ForceMajeureServiceRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(forceMajeureServices)
    .values([...rows])
    .returning();
}

/** The services of one event, or of the events a contract is in; by event, then service. */
export function forceMajeureServiceRows(
  db: Db,
  by: { readonly eventId: string } | { readonly contractId: string },
): Promise<ForceMajeureServiceRow[]> {
  return db
    .select()
    .from(forceMajeureServices)
    .where(
      'eventId' in by
        ? eq(forceMajeureServices.eventId, by.eventId)
        : eq(forceMajeureServices.contractId, by.contractId),
    )
    .orderBy(asc(forceMajeureServices.eventId), asc(forceMajeureServices.serviceId));
}

/** The events behind these ids, in the order given. */
export async function forceMajeureEventsByIds(
  db: Db,
  eventIds: readonly string[],
): Promise<ForceMajeureEventRow[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .select()
    .from(forceMajeureEvents)
    .where(inArray(forceMajeureEvents.id, [...eventIds]));
  return eventIds.flatMap((id) => rows.filter((row) => row.id === id));
}

/** Marks a contract's services of the event as ended under the event's rights. */
export function markContractEnded(
  db: Db,
  at: {
    readonly eventId: string;
    readonly contractId: string;
    readonly on: string;
    readonly by: 'customer' | 'seller';
  },
): Promise<ForceMajeureServiceRow[]> {
  return db
    .update(forceMajeureServices)
    .set({ endedOn: at.on, endedBy: at.by })
    .where(
      and(
        eq(forceMajeureServices.eventId, at.eventId),
        eq(forceMajeureServices.contractId, at.contractId),
        isNull(forceMajeureServices.endedOn),
      ),
    )
    .returning();
}
