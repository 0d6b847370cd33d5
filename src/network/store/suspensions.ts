import { and, eq, inArray } from 'drizzle-orm';
import { contracts, orders } from '../../contracts/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import type { NetworkServiceState } from '../rules/index.ts';
import { networkServices } from '../schema.ts';

type ServiceRow = typeof networkServices.$inferSelect;

/** A customer's services in one state under one seller's contracts, locked for the change. */
export function servicesOfCustomer(
  db: Db,
  at: { customerId: string; sellerId: string },
  state: NetworkServiceState,
): Promise<ServiceRow[]> {
  const ofSeller = db
    .select({ id: contracts.id })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(and(eq(contracts.customerId, at.customerId), eq(orders.sellerId, at.sellerId)));
  return db
    .select()
    .from(networkServices)
    .where(
      and(
        eq(networkServices.customerId, at.customerId),
        eq(networkServices.state, state),
        inArray(networkServices.contractId, ofSeller),
      ),
    )
    .orderBy(networkServices.id)
    .for('update');
}

/** Moves services to a state. */
export async function setServiceState(
  db: Db,
  services: readonly ServiceRow[],
  to: NetworkServiceState,
): Promise<void> {
  if (services.length === 0) return;
  await db
    .update(networkServices)
    .set({ state: to })
    .where(
      inArray(
        networkServices.id,
        services.map((service) => service.id),
      ),
    );
}
