import { and, asc, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { customers } from '../../customers/schema.ts';
import type { Context } from '../../platform/context.ts';
import { providers } from '../../providers/schema.ts';
import { tmf622State } from '../rules/index.ts';
import type { NetworkOrderAction, NetworkOrderKind, NetworkOrderState, Tmf622State } from '../rules/index.ts';
import { networkOrders } from '../schema.ts';
import { actionsFor } from './get-network-order.ts';
import { containsPattern } from '../../platform/database/index.ts';

/*
 * Network orders a page at a time for the operator's work screen (issue 8): with the end user's and
 * provider's names, searchable by number or name, filterable by state; "waiting to be planned"
 * (accepted, no date) sorts by the day it was submitted, oldest first.
 */

export interface NetworkOrderPageQuery {
  readonly state?: NetworkOrderState | undefined;
  readonly kind?: NetworkOrderKind | undefined;
  readonly search?: string | undefined;
  readonly sort?: 'submittedAt' | 'plannedOn' | 'customer' | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface NetworkOrderItem {
  readonly id: string;
  readonly kind: NetworkOrderKind;
  readonly state: NetworkOrderState;
  readonly tmf622State: Tmf622State;
  readonly providerId: string | null;
  readonly providerName: string | null;
  readonly customerId: string;
  readonly customerName: string;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly requestedOn: string | null;
  readonly plannedOn: string | null;
  readonly releasedOn: string | null;
  readonly activatedOn: string | null;
  readonly cancelledOn: string | null;
  readonly rejectionReason: string | null;
  readonly contractId: string | null;
  readonly submittedAt: string;
  readonly allowedActions: NetworkOrderAction[];
}

export async function listNetworkOrderPage(
  context: Context,
  query: NetworkOrderPageQuery,
): Promise<{ items: NetworkOrderItem[]; total: number }> {
  const text = query.search?.trim();
  const pattern = text ? containsPattern(text) : undefined;
  const where = and(
    context.actor.providerId === undefined
      ? undefined
      : eq(networkOrders.providerId, context.actor.providerId),
    query.state ? eq(networkOrders.state, query.state) : undefined,
    query.kind ? eq(networkOrders.kind, query.kind) : undefined,
    pattern
      ? or(
          eq(networkOrders.id, text!.toUpperCase()),
          eq(networkOrders.customerId, text!.toUpperCase()),
          ilike(customers.legalName, pattern),
          ilike(providers.name, pattern),
        )
      : undefined,
  );
  const direction = query.order ?? 'asc';
  const by = (column: Parameters<typeof asc>[0]): SQL => (direction === 'asc' ? asc(column) : desc(column));
  const sort =
    query.sort === 'plannedOn'
      ? [by(networkOrders.plannedOn)]
      : query.sort === 'customer'
        ? [by(customers.legalName)]
        : query.sort === 'submittedAt'
          ? [by(networkOrders.submittedAt)]
          : [];
  const numbered =
    direction === 'asc'
      ? [asc(sql`length(${networkOrders.id})`), asc(networkOrders.id)]
      : [desc(sql`length(${networkOrders.id})`), desc(networkOrders.id)];
  const [rows, [counted]] = await Promise.all([
    context.db
      .select({ order: networkOrders, customerName: customers.legalName, providerName: providers.name })
      .from(networkOrders)
      .innerJoin(customers, eq(customers.id, networkOrders.customerId))
      .leftJoin(providers, eq(providers.id, networkOrders.providerId))
      .where(where)
      .orderBy(...sort, ...numbered)
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    context.db
      .select({ total: count() })
      .from(networkOrders)
      .innerJoin(customers, eq(customers.id, networkOrders.customerId))
      .leftJoin(providers, eq(providers.id, networkOrders.providerId))
      .where(where),
  ]);
  return {
    total: Number(counted?.total ?? 0),
    items: rows.map(({ order, customerName, providerName }) => ({
      id: order.id,
      kind: order.kind,
      state: order.state,
      tmf622State: tmf622State(order.state),
      providerId: order.providerId,
      providerName,
      customerId: order.customerId,
      customerName,
      productId: order.productId,
      napId: order.napId,
      requestedOn: order.requestedOn,
      plannedOn: order.plannedOn,
      releasedOn: order.releasedOn,
      activatedOn: order.activatedOn,
      cancelledOn: order.cancelledOn,
      rejectionReason: order.rejectionReason,
      contractId: order.contractId,
      submittedAt: order.submittedAt,
      allowedActions: actionsFor(context.actor, order.state),
    })),
  };
}
