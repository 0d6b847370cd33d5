import { Temporal } from 'temporal-polyfill';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';

/*
 * The workflow of an order on the open network. vn:2.3.3 describes it for a provider's order for an
 * end user: the provider hands in the operator's form, signed by the end user; the operator accepts or
 * rejects it, tells provider and end user the planned date, programs the network and tells both again
 * when the service is released. vn:2.4 (the operator's own access, link and switch orders) follows the
 * same path, without a provider to tell. `active` is the right of use starting, which the activation
 * gate holds back until payment (vn:2.1.4, vn:2.2.6, vn:6.2.1; see activation-gate.ts).
 */

export const NETWORK_ORDER_STATES = [
  'submitted',
  'accepted',
  'rejected',
  'planned',
  'programmed',
  'released',
  'active',
  'cancelled',
] as const;
export type NetworkOrderState = (typeof NETWORK_ORDER_STATES)[number];

export const NETWORK_ORDER_ACTIONS = [
  'accept',
  'reject',
  'plan',
  'program',
  'release',
  'activate',
  'cancel',
] as const;
export type NetworkOrderAction = (typeof NETWORK_ORDER_ACTIONS)[number];

/**
 * Where each action leads from each state; an action missing from a state is not allowed there.
 * `plan` on a planned order re-plans it to another date. `cancel` is open until the order is active;
 * a rejected order is closed already, so there is nothing left to cancel.
 */
export const NETWORK_ORDER_TRANSITIONS: {
  readonly [S in NetworkOrderState]: Readonly<Partial<Record<NetworkOrderAction, NetworkOrderState>>>;
} = {
  submitted: { accept: 'accepted', reject: 'rejected', cancel: 'cancelled' },
  accepted: { plan: 'planned', cancel: 'cancelled' },
  planned: { plan: 'planned', program: 'programmed', cancel: 'cancelled' },
  programmed: { release: 'released', cancel: 'cancelled' },
  released: { activate: 'active', cancel: 'cancelled' },
  active: {},
  rejected: {},
  cancelled: {},
};

/** The actions allowed in a state, in workflow order. */
export function allowedOrderActions(state: NetworkOrderState): NetworkOrderAction[] {
  const allowed = NETWORK_ORDER_TRANSITIONS[state];
  return NETWORK_ORDER_ACTIONS.filter((action) => allowed[action] !== undefined);
}

/** The state `action` leads to, or a ConflictError saying what is allowed in the order's state. */
export function nextOrderState(
  state: NetworkOrderState,
  action: NetworkOrderAction,
  orderId: string,
): NetworkOrderState {
  const next = NETWORK_ORDER_TRANSITIONS[state][action];
  if (next !== undefined) return next;
  const allowed = allowedOrderActions(state);
  throw new ConflictError(
    `cannot ${action} network order ${orderId}: it is ${state}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : `nothing (${state} is final)`}`,
  );
}

/** True when no action leads out of the state. */
export function isFinalOrderState(state: NetworkOrderState): boolean {
  return allowedOrderActions(state).length === 0;
}

/** The ProductOrder state values of TM Forum TMF622 (v4/v5), the names providers' systems know. */
export const TMF622_STATES = [
  'acknowledged',
  'rejected',
  'pending',
  'held',
  'inProgress',
  'cancelled',
  'completed',
  'failed',
  'partial',
  'assessingCancellation',
  'pendingCancellation',
] as const;
export type Tmf622State = (typeof TMF622_STATES)[number];

/*
 * TMF622 says `acknowledged` for an order received and checked for form but not yet taken on, which is
 * our `submitted`; `inProgress` for an order taken on and being delivered: accepted, planned,
 * programmed and released are all steps inside it (TMF622 has no planning states of its own; the
 * planned date travels as the order's completion date). `completed` is the service active. We cancel at
 * once, so `assessingCancellation` and `pendingCancellation` are never used; nor are `pending`, `held`,
 * `failed` and `partial` (one order is one service).
 */
const TMF622_OF: { readonly [S in NetworkOrderState]: Tmf622State } = {
  submitted: 'acknowledged',
  accepted: 'inProgress',
  planned: 'inProgress',
  programmed: 'inProgress',
  released: 'inProgress',
  active: 'completed',
  rejected: 'rejected',
  cancelled: 'cancelled',
};

export function tmf622State(state: NetworkOrderState): Tmf622State {
  return TMF622_OF[state];
}

export const ORDER_PARTIES = ['provider', 'end-user'] as const;
export type OrderParty = (typeof ORDER_PARTIES)[number];

/**
 * vn:2.3.3: the operator tells the provider and the end user the planned date (also a new one when it
 * re-plans) and tells both again when the service is released. The operator's own orders (vn:2.4)
 * have no provider: only the end user is told.
 */
export function partiesTold(
  action: NetworkOrderAction,
  order: { readonly thirdParty: boolean },
): OrderParty[] {
  if (action !== 'plan' && action !== 'release') return [];
  return order.thirdParty ? ['provider', 'end-user'] : ['end-user'];
}

const MAX_REASON_LENGTH = 500;

/** A rejection says why, so the provider and the end user can act on it; returns it trimmed. */
export function rejectionReason(text: string, field = 'reason'): string {
  const reason = typeof text === 'string' ? text.trim() : '';
  if (reason === '') throw new InvalidInputError(field, 'is required: say why the order is rejected');
  if (reason.length > MAX_REASON_LENGTH) {
    throw new InvalidInputError(field, `is longer than ${MAX_REASON_LENGTH} characters`);
  }
  return reason;
}

/**
 * A planned date lies on or after the day it is planned on. It is a target, never a deadline
 * (vn:6.1): re-planning to a later date is allowed and costs nothing.
 */
export function plannedDate(
  plannedOn: Temporal.PlainDate,
  on: Temporal.PlainDate,
  field = 'plannedOn',
): Temporal.PlainDate {
  if (Temporal.PlainDate.compare(plannedOn, on) < 0) {
    throw new InvalidInputError(field, `${plannedOn.toString()} is before today (${on.toString()})`);
  }
  return plannedOn;
}
