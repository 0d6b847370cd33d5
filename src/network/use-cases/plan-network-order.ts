import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { plannedDate } from '../rules/index.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { takeOrderStep } from './network-order-step.ts';

export interface PlanNetworkOrder {
  readonly orderId: string;
  /** The day the service is planned to be delivered: today or later. */
  readonly plannedOn: Temporal.PlainDate;
}

/**
 * Plans an accepted order for a day, or re-plans a planned one; the provider and the end user are
 * told the date (vn:2.3.3). The date is a target, not a deadline (vn:6.1).
 */
export async function planNetworkOrder(context: Context, input: PlanNetworkOrder): Promise<NetworkOrderView> {
  if (input.plannedOn === undefined) throw new InvalidInputError('plannedOn', 'is required: the planned day');
  const plannedOn = plannedDate(input.plannedOn, context.clock.today()).toString();
  return takeOrderStep(context, input.orderId, 'plan', async (_tx, order) => ({
    changes: { plannedOn },
    payload: { plannedOn, ...(order.plannedOn === null ? {} : { previousPlannedOn: order.plannedOn }) },
    previousPlannedOn: order.plannedOn,
  }));
}
