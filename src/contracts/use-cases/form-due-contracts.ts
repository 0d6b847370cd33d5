import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { getProfile } from '../../terms/index.ts';
import { formedBy } from '../rules/order-actions.ts';
import { ensureContract, listOpenOrders, orderFactsOf } from '../store.ts';

/**
 * bit:2.3: an order nobody refused within 14 days becomes a contract by itself. The daily cycle runs
 * this, so the contract exists from the day it formed even when no one touched the order. Safe to run
 * again: an order forms its contract once.
 */
export async function formDueContracts(context: Context): Promise<{ formed: string[] }> {
  const today = context.clock.today();
  const formed: string[] = [];
  for (const order of await listOpenOrders(context.db)) {
    const { profile } = await getProfile(context.db, order.profileId);
    const formedOn = formedBy(profile, orderFactsOf(order), today);
    if (!formedOn) continue;
    await context.db.transaction(async (tx) => {
      const contract = await ensureContract(tx, order.id, order.customerId, context.clock.now().toString());
      await auditChange(tx, context, {
        action: 'contract.formed',
        subject: { type: 'contract', id: contract.id },
        details: { orderId: order.id, formedOn: formedOn.toString(), because: profile.formation.rules },
      });
      formed.push(contract.id);
    });
  }
  return { formed };
}
