import { and, eq, inArray } from 'drizzle-orm';
import { contracts, orders } from '../../contracts/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import type { NetworkServiceState } from '../rules/index.ts';
import { networkServices } from '../schema.ts';

/** Moves a customer's services under one seller's contracts from one state to another, answering them. */
export function switchServicesOfCustomer(
  db: Db,
  at: { customerId: string; sellerId: string },
  from: NetworkServiceState,
  to: NetworkServiceState,
) {
  const ofSeller = db
    .select({ id: contracts.id })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(and(eq(contracts.customerId, at.customerId), eq(orders.sellerId, at.sellerId)));
  return db
    .update(networkServices)
    .set({ state: to })
    .where(
      and(
        eq(networkServices.customerId, at.customerId),
        eq(networkServices.state, from),
        inArray(networkServices.contractId, ofSeller),
      ),
    )
    .returning();
}
