import type { Actor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { activationCleared, allowedOrderActions, tmf622State } from '../rules/index.ts';
import type {
  ActivationCharge,
  NetworkOrderAction,
  NetworkOrderKind,
  NetworkOrderState,
  Tmf622State,
} from '../rules/index.ts';
import {
  findNetworkOrder,
  findServiceOfOrder,
  listNetworkOrderEvents,
  listNetworkOrderRows,
} from '../store/orders.ts';
import type { NetworkOrderFilter, NetworkOrderRow } from '../store/orders.ts';

/** Whether the right of use may start today (vn:2.1.4, vn:2.2.6, vn:6.2.1), and what is missing. */
export interface ActivationStatus {
  readonly cleared: boolean;
  readonly missing: ActivationCharge[];
  readonly firstInvoicePaidOn: string | null;
  readonly oneTimeChargesPaidOn: string | null;
  readonly waiver: { readonly by: string; readonly on: string; readonly reason: string } | null;
  readonly because: string[];
}

/** A network order as the API shows it, with its TMF622 state and what the caller may do next. */
export interface NetworkOrderSummary {
  readonly id: string;
  readonly kind: NetworkOrderKind;
  readonly providerId: string | null;
  readonly customerId: string;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly spec: Record<string, unknown>;
  readonly signedForm: Record<string, unknown> | null;
  readonly requestedOn: string | null;
  readonly state: NetworkOrderState;
  readonly tmf622State: Tmf622State;
  readonly rejectionReason: string | null;
  readonly plannedOn: string | null;
  readonly releasedOn: string | null;
  readonly activatedOn: string | null;
  readonly cancelledOn: string | null;
  readonly activation: ActivationStatus;
  readonly contractId: string | null;
  readonly submittedAt: string;
  readonly updatedAt: string;
  /** The steps the caller may take now: the operator every allowed one, a provider only `cancel`. */
  readonly allowedActions: NetworkOrderAction[];
}

export interface NetworkOrderEventView {
  readonly kind: string;
  readonly state: NetworkOrderState;
  readonly payload: Record<string, unknown>;
  readonly at: string;
  readonly by: string;
}

export interface NetworkOrderView extends NetworkOrderSummary {
  readonly serviceId: string | null;
  /** Every step, oldest first. */
  readonly events: NetworkOrderEventView[];
}

/** One order with its history; another provider's order, or the operator's own, is "not found" to a provider. */
export async function getNetworkOrder(context: Context, id: string): Promise<NetworkOrderView> {
  return loadNetworkOrder(context, context.db, id);
}

export async function listNetworkOrders(
  context: Context,
  filter: NetworkOrderFilter = {},
): Promise<NetworkOrderSummary[]> {
  const rows = await listNetworkOrderRows(context.db, context.actor, filter);
  return rows.map((row) => orderSummary(context, row));
}

/** The view as `db` (a use case's transaction, or the store) sees it. */
export async function loadNetworkOrder(
  context: Pick<Context, 'actor' | 'clock'>,
  db: Db,
  id: string,
): Promise<NetworkOrderView> {
  const row = await findNetworkOrder(db, id, context.actor);
  if (!row) throw new NotFoundError('network order', id);
  const [events, service] = await Promise.all([listNetworkOrderEvents(db, id), findServiceOfOrder(db, id)]);
  return {
    ...orderSummary(context, row),
    serviceId: service?.id ?? null,
    events: events.map((event) => ({
      kind: event.kind,
      state: event.state,
      payload: event.payload,
      at: event.at,
      by: event.by,
    })),
  };
}

function orderSummary(context: Pick<Context, 'actor' | 'clock'>, row: NetworkOrderRow): NetworkOrderSummary {
  return {
    id: row.id,
    kind: row.kind,
    providerId: row.providerId,
    customerId: row.customerId,
    productId: row.productId,
    napId: row.napId,
    spec: row.spec,
    signedForm: row.signedForm,
    requestedOn: row.requestedOn,
    state: row.state,
    tmf622State: tmf622State(row.state),
    rejectionReason: row.rejectionReason,
    plannedOn: row.plannedOn,
    releasedOn: row.releasedOn,
    activatedOn: row.activatedOn,
    cancelledOn: row.cancelledOn,
    activation: activationStatus(context, row),
    contractId: row.contractId,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    allowedActions: actionsFor(context.actor, row.state),
  };
}

function activationStatus(context: Pick<Context, 'clock'>, row: NetworkOrderRow): ActivationStatus {
  const gate = activationCleared(activationFacts(row), context.clock.today());
  return {
    cleared: gate.value,
    missing: gate.figures.missing,
    firstInvoicePaidOn: row.firstInvoicePaidOn,
    oneTimeChargesPaidOn: row.oneTimeChargesPaidOn,
    waiver: row.activationWaiver,
    because: [...gate.because],
  };
}

/** The order's facts as the activation gate reads them. */
export function activationFacts(row: NetworkOrderRow) {
  return {
    firstInvoicePaidOn: row.firstInvoicePaidOn,
    oneTimeChargesPaidOn: row.oneTimeChargesPaidOn,
    waiver: row.activationWaiver,
  };
}

/** A provider may only cancel its own orders; every other step is the operator's. */
export function actionsFor(actor: Actor, state: NetworkOrderState): NetworkOrderAction[] {
  const allowed = allowedOrderActions(state);
  return actor.providerId === undefined ? allowed : allowed.filter((action) => action === 'cancel');
}
