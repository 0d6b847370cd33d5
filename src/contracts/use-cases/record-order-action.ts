import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { dayOfRecord } from '../rules/day-of-record.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import { checkOrderAction, factOfAction, formedBy } from '../rules/order-actions.ts';
import type { OrderAction } from '../rules/order-actions.ts';
import { keepBillingInStep } from './keep-billing-in-step.ts';
import { ensureContract, findOrder, orderFactsOf, recordOrderFact } from '../store.ts';
import type { ContractRow, OrderRow } from '../store.ts';

export interface RecordOrderAction {
  readonly orderId: string;
  readonly action: OrderAction;
  /** Default: today. */
  readonly on?: Temporal.PlainDate;
  /** With `refuse`: why (bit:3.1 allows none, but a reason helps the customer). */
  readonly reason?: string;
}

export interface OrderOutcome {
  readonly order: OrderRow;
  /** The contract, once the order has formed one. */
  readonly contract: ContractRow | null;
}

/**
 * Records what happened to an order (refused, confirmed, execution started, signed form, accepted,
 * activated) when the terms allow it then, and creates the contract in the same transaction as the
 * event that forms it (bit:2.3, vn:1.5.2, vn:1.5.4).
 */
export async function recordOrderAction(context: Context, input: RecordOrderAction): Promise<OrderOutcome> {
  const on = dayOfRecord('on', input.on, context.clock.today());
  return context.db.transaction(async (tx) => {
    const order = await findOrder(tx, input.orderId);
    if (!order) throw new NotFoundError('order', input.orderId);
    const { profile } = await getProfile(tx, order.profileId);
    checkOrderAction(profile, order, input.action, on);
    const fact = factOfAction[input.action];
    if (fact === 'receivedOn' || !(await recordOrderFact(tx, order.id, fact, on.toString()))) {
      throw new ConflictError(
        `order ${order.id} changed meanwhile; look at it again before you ${input.action}`,
      );
    }
    // Delivering the service is executing the order (bit:2.3).
    if (input.action === 'activate' && profile.formation.kind === 'refusal-window') {
      await recordOrderFact(tx, order.id, 'executionStartedOn', on.toString());
    }
    const updated = (await findOrder(tx, order.id))!;
    const formedOn = input.action === 'refuse' ? undefined : formedBy(profile, orderFactsOf(updated), on);
    const contract = formedOn
      ? await ensureContract(tx, order.id, order.customerId, context.clock.now().toString())
      : null;
    if (contract) await keepBillingInStep(tx, context, contract.id, context.clock.today());
    await auditChange(tx, context, {
      action: `order.${input.action}`,
      subject: { type: 'order', id: order.id },
      ...(input.reason ? { reason: input.reason } : {}),
      details: {
        on: on.toString(),
        contractId: contract?.id ?? null,
        formedOn: formedOn?.toString() ?? null,
      },
    });
    return { order: updated, contract };
  });
}
