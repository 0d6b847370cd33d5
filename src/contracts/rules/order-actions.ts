import { Temporal } from 'temporal-polyfill';
import { ConflictError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { formation } from './formation.ts';
import { formationFactsOf } from './order-facts.ts';
import type { OrderFacts } from './order-facts.ts';

export const ORDER_ACTIONS = [
  'refuse',
  'confirm',
  'start-execution',
  'record-signed-form',
  'accept',
  'activate',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Which fact each action records. */
export const factOfAction: Record<OrderAction, keyof OrderFacts> = {
  refuse: 'refusedOn',
  confirm: 'confirmedOn',
  'start-execution': 'executionStartedOn',
  'record-signed-form': 'signedFormOn',
  accept: 'acceptedOn',
  activate: 'activatedOn',
};

/**
 * What may happen next to an order on `on`, by the profile's way of forming contracts, and why the
 * rest may not. bit:2.3 (refusal window): refuse only before the contract formed, confirm, start,
 * activate. vn:1.5.2 / 1.5.4 (signed acceptance): record the signed form, accept or activate only with
 * it (activation counts as acceptance), refuse until accepted (vn:1.5.5).
 */
export function orderActions(
  profile: TermsProfile,
  order: OrderFacts,
  on: Temporal.PlainDate,
): Map<OrderAction, string | null> {
  const reasons = new Map<OrderAction, string | null>();
  const refused = order.refusedOn !== null;
  const formed = formedBy(profile, order, on);
  const signedAcceptance = profile.formation.kind === 'signed-acceptance';
  const needsForm = profile.formation.kind === 'signed-acceptance' && profile.formation.requiresSignedForm;
  const rules = profile.formation.rules.join(', ');
  const done = (action: OrderAction) => order[factOfAction[action]] !== null;
  for (const action of ORDER_ACTIONS) {
    let why: string | null = null;
    if (done(action)) why = `already recorded on ${String(order[factOfAction[action]])}`;
    else if (refused) why = `the order was refused on ${order.refusedOn}`;
    else if (Temporal.PlainDate.compare(on, Temporal.PlainDate.from(order.receivedOn)) < 0) {
      why = `${on.toString()} is before the order was received (${order.receivedOn})`;
    } else if (signedAcceptance && (action === 'confirm' || action === 'start-execution')) {
      why = `${profile.id} forms contracts by signed acceptance (${rules}); record acceptance instead`;
    } else if (!signedAcceptance && (action === 'accept' || action === 'record-signed-form')) {
      why = `${profile.id} forms contracts by its refusal window (${rules}); confirm or start execution instead`;
    } else if ((action === 'accept' || action === 'activate') && needsForm && order.signedFormOn === null) {
      why = `a completed and signed form is needed first (${rules})`;
    } else if (action === 'refuse' && formed) {
      why = `the contract formed on ${formed.toString()}; ending it now is a cancellation or notice, not a refusal`;
    }
    reasons.set(action, why);
  }
  return reasons;
}

/** Throws a conflict that says what is allowed instead when `action` may not happen now. */
export function checkOrderAction(
  profile: TermsProfile,
  order: OrderFacts & { readonly id: string },
  action: OrderAction,
  on: Temporal.PlainDate,
): void {
  const reasons = orderActions(profile, order, on);
  const why = reasons.get(action);
  if (why === null || why === undefined) return;
  const allowed = [...reasons].filter(([, reason]) => reason === null).map(([name]) => name);
  throw new ConflictError(
    `cannot ${action} order ${order.id}: ${why}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing'}`,
  );
}

/** The formation date when the contract had formed by `on`, else undefined. */
export function formedBy(
  profile: TermsProfile,
  order: OrderFacts,
  on: Temporal.PlainDate,
): Temporal.PlainDate | undefined {
  const result = formation(profile, formationFactsOf(profile, order, on)).value;
  const date = result.formationDate;
  return result.formed && date && Temporal.PlainDate.compare(date, on) <= 0 ? date : undefined;
}
