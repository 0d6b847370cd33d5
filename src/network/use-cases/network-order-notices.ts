import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { notifyCustomer, notifyProvider } from '../../notifications/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { formatPhoneNumber } from '../../shared/identifiers/index.ts';
import { ACTIVATION_RULES, partiesTold, tmf622State } from '../rules/index.ts';
import type { NetworkOrderAction } from '../rules/index.ts';
import { findOrderingProvider } from '../store/orders.ts';
import type { NetworkOrderRow } from '../store/orders.ts';

/*
 * Who hears of a step of a network order. vn:2.3.3: the provider and the end user are told the
 * planned date (again when it is re-planned) and told again when the service is released; the
 * operator's own orders (vn:2.4) tell the customer only (partiesTold). Besides that, the provider's
 * systems hear of every other step of its order that the operator takes (a webhook per TMF622 state
 * change), and an end user who was given a planned date hears when the order is cancelled.
 */

const NOTICE_KIND: Record<NetworkOrderAction, string> = {
  accept: 'order-accepted',
  reject: 'order-rejected',
  plan: 'order-planned',
  program: 'order-programmed',
  release: 'service-released',
  activate: 'service-activated',
  cancel: 'order-cancelled',
};

export async function tellParties(
  db: Db,
  context: Pick<Context, 'clock' | 'actor'>,
  action: NetworkOrderAction,
  order: NetworkOrderRow,
  details: {
    readonly reason?: string;
    readonly serviceId?: string | null;
    readonly previousPlannedOn?: string | null;
  },
): Promise<void> {
  const thirdParty = order.providerId !== null;
  const told = partiesTold(action, { thirdParty });
  const because: RuleId[] =
    action === 'activate' ? [...ACTIVATION_RULES] : [thirdParty ? 'vn:2.3.3' : 'vn:2.4'];
  if (action === 'plan') because.push('vn:6.1');
  const notice = {
    kind: NOTICE_KIND[action],
    about: `network-order:${order.id}`,
    because,
    payload: {
      orderId: order.id,
      state: order.state,
      tmf622State: tmf622State(order.state),
      customerId: order.customerId,
      productId: order.productId,
      plannedOn: order.plannedOn,
      releasedOn: order.releasedOn,
      activatedOn: order.activatedOn,
      cancelledOn: order.cancelledOn,
      ...(details.reason === undefined ? {} : { reason: details.reason }),
      ...(details.serviceId ? { serviceId: details.serviceId } : {}),
    },
  };
  const providerActed = context.actor.providerId !== undefined;
  if (order.providerId !== null && (told.includes('provider') || !providerActed)) {
    const text = providerText(action, order, details);
    await notifyProvider(db, context, order.providerId, order.customerId, { ...notice, ...text });
  }
  const endUserLosesDate = action === 'cancel' && order.plannedOn !== null;
  if (told.includes('end-user') || endUserLosesDate) {
    const helpdesk = order.providerId === null ? null : await helpdeskLine(db, order.providerId);
    const text = endUserText(action, order, details, helpdesk);
    await notifyCustomer(db, context, order.customerId, ['technical', 'primary'], { ...notice, ...text });
  }
}

function providerText(
  action: NetworkOrderAction,
  order: NetworkOrderRow,
  details: { readonly reason?: string; readonly previousPlannedOn?: string | null },
): { subject: string; body: string } {
  const what = `network order ${order.id} (${order.kind} for end user ${order.customerId}${order.napId ? ` at ${order.napId}` : ''})`;
  switch (action) {
    case 'accept':
      return {
        subject: `Order ${order.id} accepted`,
        body: `We accepted ${what}. You and the end user will be told the planned date (vn:2.3.3).`,
      };
    case 'reject':
      return { subject: `Order ${order.id} rejected`, body: `We rejected ${what}: ${details.reason ?? ''}` };
    case 'plan':
      return {
        subject: `Order ${order.id} planned for ${order.plannedOn}`,
        body: planned(what, order, details),
      };
    case 'program':
      return {
        subject: `Order ${order.id} programmed`,
        body: `The network is programmed for ${what}; we tell you when the service is released.`,
      };
    case 'release':
      return {
        subject: `Order ${order.id}: service released on ${order.releasedOn}`,
        body: `The service of ${what} is released on ${order.releasedOn} (vn:2.3.3). It is activated once the first invoice and the one-time charges are paid (vn:2.1.4, vn:6.2.1).`,
      };
    case 'activate':
      return {
        subject: `Order ${order.id}: service active`,
        body: `The service of ${what} is active from ${order.activatedOn}.`,
      };
    case 'cancel':
      return {
        subject: `Order ${order.id} cancelled`,
        body: `${capital(what)} is cancelled: ${details.reason ?? ''}`,
      };
  }
}

function endUserText(
  action: NetworkOrderAction,
  order: NetworkOrderRow,
  details: { readonly reason?: string; readonly previousPlannedOn?: string | null },
  helpdesk: string | null,
): { subject: string; body: string } {
  const what = order.kind === 'third-party-service' ? 'your ordered service' : `the ${order.kind} work`;
  const support = helpdesk ? `\n\nFor questions about the service, contact ${helpdesk} (vn:2.3.3).` : '';
  if (action === 'plan')
    return {
      subject: `Planned: ${what} on ${order.plannedOn}`,
      body: `${planned(`${what} (order ${order.id})`, order, details)}${support}`,
    };
  if (action === 'release')
    return {
      subject: `Released: ${what} (order ${order.id})`,
      body: `The network is programmed and ${what} (order ${order.id}) is released on ${order.releasedOn} (vn:2.3.3).${support}`,
    };
  return {
    subject: `Cancelled: ${what} (order ${order.id})`,
    body: `Order ${order.id} is cancelled, so the planned date ${order.plannedOn} no longer stands.${support}`,
  };
}

function planned(
  what: string,
  order: NetworkOrderRow,
  details: { readonly previousPlannedOn?: string | null },
) {
  const change = details.previousPlannedOn ? ` (moved from ${details.previousPlannedOn})` : '';
  return (
    `${capital(what)} is planned for ${order.plannedOn}${change} (vn:2.3.3). ` +
    'A planned date is a target we work to, not a deadline (vn:6.1).'
  );
}

async function helpdeskLine(db: Db, providerId: string): Promise<string | null> {
  const provider = await findOrderingProvider(db, providerId);
  if (!provider) return null;
  const ways = [
    provider.helpdeskPhone ? formatPhoneNumber(provider.helpdeskPhone) : null,
    provider.helpdeskEmail,
  ].filter((way): way is string => way !== null);
  return `the helpdesk of ${provider.name}${ways.length > 0 ? ` (${ways.join(', ')})` : ''}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
