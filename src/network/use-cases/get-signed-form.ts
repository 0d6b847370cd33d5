import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findNetworkOrderForm } from '../store/order-forms.ts';
import type { NetworkOrderFormRow } from '../store/order-forms.ts';
import { findNetworkOrder } from '../store/orders.ts';

/**
 * vn:2.3.3: the signed order form's file as the provider sent it, for the operator's staff and the
 * provider that sent it. Another provider's order, or one whose form was sent without its file (a
 * fingerprint only), is "not found".
 */
export async function getSignedForm(context: Context, orderId: string): Promise<NetworkOrderFormRow> {
  const order = await findNetworkOrder(context.db, orderId, context.actor);
  if (!order) throw new NotFoundError('network order', orderId);
  const form = await findNetworkOrderForm(context.db, order.id);
  if (!form) throw new NotFoundError('signed form of network order', orderId);
  return form;
}
