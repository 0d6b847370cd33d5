import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { NetworkOrderAction } from '../rules/index.ts';
import { acceptNetworkOrder } from './accept-network-order.ts';
import { activateNetworkOrder } from './activate-network-order.ts';
import { cancelNetworkOrder } from './cancel-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { planNetworkOrder } from './plan-network-order.ts';
import { programNetworkOrder } from './program-network-order.ts';
import { rejectNetworkOrder } from './reject-network-order.ts';
import { releaseNetworkOrder } from './release-network-order.ts';

/** Any step by name, as the API and the CLI take them. */
export interface RecordNetworkOrderStep {
  readonly orderId: string;
  readonly action: NetworkOrderAction;
  /** The day of record (default today); not with `plan`. */
  readonly on?: Temporal.PlainDate;
  /** With `plan`: the planned day. */
  readonly plannedOn?: Temporal.PlainDate;
  /** With `reject` and `cancel`: why. */
  readonly reason?: string;
}

export async function recordNetworkOrderStep(
  context: Context,
  input: RecordNetworkOrderStep,
): Promise<NetworkOrderView> {
  const { orderId, on, reason = '' } = input;
  const unused = (field: 'on' | 'plannedOn' | 'reason', allowed: boolean) => {
    if (!allowed && input[field] !== undefined)
      throw new InvalidInputError(field, `is not taken by ${input.action}`);
  };
  unused('plannedOn', input.action === 'plan');
  unused('on', input.action !== 'plan');
  unused('reason', input.action === 'reject' || input.action === 'cancel');
  const day = on === undefined ? {} : { on };
  switch (input.action) {
    case 'accept':
      return acceptNetworkOrder(context, { orderId, ...day });
    case 'reject':
      return rejectNetworkOrder(context, { orderId, reason, ...day });
    case 'plan':
      return planNetworkOrder(context, { orderId, plannedOn: input.plannedOn! });
    case 'program':
      return programNetworkOrder(context, { orderId, ...day });
    case 'release':
      return releaseNetworkOrder(context, { orderId, ...day });
    case 'activate':
      return activateNetworkOrder(context, { orderId, ...day });
    case 'cancel':
      return cancelNetworkOrder(context, { orderId, reason, ...day });
    default:
      throw new InvalidInputError('action', `'${String(input.action)}' is not a step of a network order`);
  }
}
