import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { customers } from '../../customers/schema.ts';
import type { Context } from '../../platform/context.ts';
import type { OfferTerms } from '../rules/offer-terms.ts';
import { contracts, orders, quotes } from '../schema.ts';
import { containsPattern } from '../../platform/database/index.ts';

/*
 * Quotes and orders a page at a time for the sales work screens (issue 8): each with its customer's
 * name and where it stands, searchable by number, customer or description, newest first by default.
 */

export interface SalesPageQuery {
  readonly sellerId?: string | undefined;
  readonly search?: string | undefined;
  readonly status?: string | undefined;
  readonly sort?: string | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export const QUOTE_STATUSES = ['open', 'ordered', 'expired', 'withdrawn'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export const ORDER_STATUSES = ['open', 'refused', 'contract'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface QuoteItem {
  readonly id: string;
  readonly sellerId: string;
  readonly profileId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly terms: OfferTerms;
  readonly binding: boolean;
  readonly issuedOn: string;
  readonly validUntil: string;
  readonly withdrawnOn: string | null;
  readonly orderId: string | null;
  readonly status: QuoteStatus;
}

export interface OrderItem {
  readonly id: string;
  readonly quoteId: string | null;
  readonly sellerId: string;
  readonly profileId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly terms: OfferTerms;
  readonly receivedOn: string;
  readonly signedFormOn: string | null;
  readonly refusedOn: string | null;
  readonly confirmedOn: string | null;
  readonly executionStartedOn: string | null;
  readonly acceptedOn: string | null;
  readonly activatedOn: string | null;
  readonly contractId: string | null;
  readonly status: OrderStatus;
}

const byNumber = (column: PgColumn, order: 'asc' | 'desc') =>
  order === 'asc' ? [asc(sql`length(${column})`), asc(column)] : [desc(sql`length(${column})`), desc(column)];

function matching(search: string | undefined, id: PgColumn, terms: PgColumn): SQL | undefined {
  const text = search?.trim();
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return or(
    eq(id, text.toUpperCase()),
    ilike(customers.legalName, pattern),
    eq(customers.id, text.toUpperCase()),
    ilike(sql`${terms}->>'description'`, pattern),
  );
}

export async function listQuotePage(
  context: Context,
  query: SalesPageQuery,
): Promise<{ items: QuoteItem[]; total: number }> {
  const today = context.clock.today().toString();
  const status = query.status as QuoteStatus | undefined;
  const where = and(
    query.sellerId ? eq(quotes.sellerId, query.sellerId) : undefined,
    matching(query.search, quotes.id, quotes.terms),
    status === 'withdrawn' ? isNotNull(quotes.withdrawnOn) : undefined,
    status === 'ordered' ? and(isNull(quotes.withdrawnOn), isNotNull(orders.id)) : undefined,
    status === 'expired'
      ? and(isNull(quotes.withdrawnOn), isNull(orders.id), sql`${quotes.validUntil} < ${today}`)
      : undefined,
    status === 'open'
      ? and(isNull(quotes.withdrawnOn), isNull(orders.id), sql`${quotes.validUntil} >= ${today}`)
      : undefined,
  );
  const direction = query.order ?? (query.sort ? 'asc' : 'desc');
  const sort =
    query.sort === 'customer'
      ? [direction === 'asc' ? asc(customers.legalName) : desc(customers.legalName)]
      : query.sort === 'validUntil'
        ? [direction === 'asc' ? asc(quotes.validUntil) : desc(quotes.validUntil)]
        : query.sort === 'issuedOn'
          ? [direction === 'asc' ? asc(quotes.issuedOn) : desc(quotes.issuedOn)]
          : [];
  const base = () =>
    context.db
      .select({ quote: quotes, customerName: customers.legalName, orderId: orders.id })
      .from(quotes)
      .innerJoin(customers, eq(customers.id, quotes.customerId))
      .leftJoin(orders, eq(orders.quoteId, quotes.id));
  const [rows, [counted]] = await Promise.all([
    base()
      .where(where)
      .orderBy(...sort, ...byNumber(quotes.id, direction))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    context.db
      .select({ total: count() })
      .from(quotes)
      .innerJoin(customers, eq(customers.id, quotes.customerId))
      .leftJoin(orders, eq(orders.quoteId, quotes.id))
      .where(where),
  ]);
  return {
    total: Number(counted?.total ?? 0),
    items: rows.map(({ quote, customerName, orderId }) => ({
      id: quote.id,
      sellerId: quote.sellerId,
      profileId: quote.profileId,
      customerId: quote.customerId,
      customerName,
      terms: quote.terms,
      binding: quote.binding,
      issuedOn: quote.issuedOn,
      validUntil: quote.validUntil,
      withdrawnOn: quote.withdrawnOn,
      orderId,
      status: quote.withdrawnOn
        ? 'withdrawn'
        : orderId
          ? 'ordered'
          : quote.validUntil < today
            ? 'expired'
            : 'open',
    })),
  };
}

export async function listOrderPage(
  context: Context,
  query: SalesPageQuery,
): Promise<{ items: OrderItem[]; total: number }> {
  const status = query.status as OrderStatus | undefined;
  const where = and(
    query.sellerId ? eq(orders.sellerId, query.sellerId) : undefined,
    matching(query.search, orders.id, orders.terms),
    status === 'refused' ? isNotNull(orders.refusedOn) : undefined,
    status === 'contract' ? isNotNull(contracts.id) : undefined,
    status === 'open' ? and(isNull(orders.refusedOn), isNull(contracts.id)) : undefined,
  );
  const direction = query.order ?? (query.sort ? 'asc' : 'desc');
  const sort =
    query.sort === 'customer'
      ? [direction === 'asc' ? asc(customers.legalName) : desc(customers.legalName)]
      : query.sort === 'receivedOn'
        ? [direction === 'asc' ? asc(orders.receivedOn) : desc(orders.receivedOn)]
        : [];
  const [rows, [counted]] = await Promise.all([
    context.db
      .select({ order: orders, customerName: customers.legalName, contractId: contracts.id })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .leftJoin(contracts, eq(contracts.orderId, orders.id))
      .where(where)
      .orderBy(...sort, ...byNumber(orders.id, direction))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    context.db
      .select({ total: count() })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .leftJoin(contracts, eq(contracts.orderId, orders.id))
      .where(where),
  ]);
  return {
    total: Number(counted?.total ?? 0),
    items: rows.map(({ order, customerName, contractId }) => ({
      id: order.id,
      quoteId: order.quoteId,
      sellerId: order.sellerId,
      profileId: order.profileId,
      customerId: order.customerId,
      customerName,
      terms: order.terms,
      receivedOn: order.receivedOn,
      signedFormOn: order.signedFormOn,
      refusedOn: order.refusedOn,
      confirmedOn: order.confirmedOn,
      executionStartedOn: order.executionStartedOn,
      acceptedOn: order.acceptedOn,
      activatedOn: order.activatedOn,
      contractId,
      status: order.refusedOn ? 'refused' : contractId ? 'contract' : 'open',
    })),
  };
}
