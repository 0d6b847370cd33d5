import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { customers } from '../customers/schema.ts';
import type { Db, SortOrder } from '../platform/database/index.ts';
import { orderedBy } from '../platform/database/index.ts';
import { NotFoundError } from '../shared/errors/index.ts';
import type { CustomerKind } from './rules/termination.ts';
import { ENDING_EVENT_KINDS } from './rules/contract-events.ts';
import type { ContractEvent } from './rules/contract-events.ts';
import type { OrderFacts } from './rules/order-facts.ts';
import { contractEvents, contracts, orders, quotes } from './schema.ts';

export type QuoteRow = typeof quotes.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;

export async function insertQuote(db: Db, quote: Omit<typeof quotes.$inferInsert, 'id'>): Promise<QuoteRow> {
  const [row] = await db.insert(quotes).values(quote).returning();
  return row!;
}

export async function findQuote(db: Db, id: string): Promise<QuoteRow | undefined> {
  const [row] = await db.select().from(quotes).where(eq(quotes.id, id));
  return row;
}

export async function insertOrder(db: Db, order: Omit<typeof orders.$inferInsert, 'id'>): Promise<OrderRow> {
  const [row] = await db.insert(orders).values(order).returning();
  return row!;
}

export async function findOrder(db: Db, id: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row;
}

/** An order placed on this quote, if any: a quote becomes one order at most. */
export async function findOrderOfQuote(db: Db, quoteId: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.quoteId, quoteId));
  return row;
}

const factColumns = {
  signedFormOn: orders.signedFormOn,
  refusedOn: orders.refusedOn,
  confirmedOn: orders.confirmedOn,
  executionStartedOn: orders.executionStartedOn,
  acceptedOn: orders.acceptedOn,
  activatedOn: orders.activatedOn,
} as const;

export type OrderFact = keyof typeof factColumns;

/**
 * Records a fact once: the update only applies while the fact is still empty, so two clerks
 * recording it at the same time cannot both succeed. Answers whether this call recorded it.
 */
export async function recordOrderFact(db: Db, id: string, fact: OrderFact, on: string): Promise<boolean> {
  const updated = await db
    .update(orders)
    .set({ [fact]: on })
    .where(and(eq(orders.id, id), isNull(factColumns[fact])))
    .returning({ id: orders.id });
  return updated.length === 1;
}

/** Orders that are neither refused nor a contract yet: the ones whose refusal window may close. */
export async function listOpenOrders(db: Db): Promise<OrderRow[]> {
  const rows = await db
    .select({ order: orders })
    .from(orders)
    .leftJoin(contracts, eq(contracts.orderId, orders.id))
    .where(and(isNull(orders.refusedOn), isNull(contracts.id)))
    .orderBy(asc(orders.receivedOn), asc(orders.id));
  return rows.map((row) => row.order);
}

/** Creates the contract of a formed order, once: a second call finds it already there. */
export async function ensureContract(
  db: Db,
  orderId: string,
  customerId: string,
  createdAt: string,
): Promise<ContractRow> {
  await db
    .insert(contracts)
    .values({ orderId, customerId, createdAt })
    .onConflictDoNothing({ target: contracts.orderId });
  const [row] = await db.select().from(contracts).where(eq(contracts.orderId, orderId));
  return row!;
}

export async function findContract(
  db: Db,
  id: string,
): Promise<{ contract: ContractRow; order: OrderRow } | undefined> {
  const [row] = await db
    .select({ contract: contracts, order: orders })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(eq(contracts.id, id));
  return row;
}

/** Contracts by number (CT-9 before CT-10), or by the description of the order's terms, then number. */
export async function listContracts(
  db: Db,
  customerId?: string,
  sort: { readonly by: 'id' | 'description'; readonly order: SortOrder } = { by: 'id', order: 'asc' },
): Promise<{ contract: ContractRow; order: OrderRow }[]> {
  const byNumber = [sql`length(${contracts.id})`, contracts.id];
  return db
    .select({ contract: contracts, order: orders })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(customerId === undefined ? undefined : eq(contracts.customerId, customerId))
    .orderBy(
      ...orderedBy(
        sort.order,
        ...(sort.by === 'description' ? [sql`lower(${orders.terms}->>'description')`] : []),
        ...byNumber,
      ),
    );
}

export async function contractEventsOf(db: Db, contractId: string): Promise<ContractEvent[]> {
  const rows = await db
    .select()
    .from(contractEvents)
    .where(eq(contractEvents.contractId, contractId))
    .orderBy(asc(contractEvents.id));
  return rows.map((row) => ({ ...row.payload, kind: row.kind, on: row.occurredOn }) as ContractEvent);
}

/** Of the given contracts, those with an event that ends a contract (a notice, an ending). */
export async function contractsWithEndingEvents(db: Db, contractIds: readonly string[]): Promise<string[]> {
  if (contractIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ contractId: contractEvents.contractId })
    .from(contractEvents)
    .where(
      and(
        inArray(contractEvents.contractId, [...contractIds]),
        inArray(contractEvents.kind, [...ENDING_EVENT_KINDS]),
      ),
    )
    .orderBy(asc(contractEvents.contractId));
  return rows.map((row) => row.contractId);
}

export async function appendContractEvent(
  db: Db,
  contractId: string,
  event: ContractEvent,
  recorded: { at: string; by: string },
): Promise<void> {
  const { kind, on, ...payload } = event;
  await db.insert(contractEvents).values({
    contractId,
    kind,
    occurredOn: on,
    payload,
    recordedAt: recorded.at,
    recordedBy: recorded.by,
  });
}

export async function setContractHolder(db: Db, contractId: string, customerId: string): Promise<void> {
  await db.update(contracts).set({ customerId }).where(eq(contracts.id, contractId));
}

/** The order's facts as the rules read them. */
export function orderFactsOf(order: OrderRow): OrderFacts {
  return {
    receivedOn: order.receivedOn,
    signedFormOn: order.signedFormOn,
    refusedOn: order.refusedOn,
    confirmedOn: order.confirmedOn,
    executionStartedOn: order.executionStartedOn,
    acceptedOn: order.acceptedOn,
    activatedOn: order.activatedOn,
  };
}

/** The kind of an existing customer; a contract only ever belongs to one. */
export async function findCustomerKind(db: Db, customerId: string): Promise<CustomerKind> {
  const [row] = await db.select({ kind: customers.kind }).from(customers).where(eq(customers.id, customerId));
  if (!row) throw new NotFoundError('customer', customerId);
  return row.kind;
}
