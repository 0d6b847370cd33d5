import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findNetworkService, listNetworkServiceRows } from '../store/orders.ts';
import type { NetworkServiceRow } from '../store/orders.ts';

/** What the network carries for a customer, as the API shows it. */
export type NetworkServiceView = Pick<
  NetworkServiceRow,
  | 'id'
  | 'orderId'
  | 'customerId'
  | 'providerId'
  | 'napId'
  | 'linkId'
  | 'cpeId'
  | 'contractId'
  | 'state'
  | 'openedOn'
  | 'closedOn'
  | 'createdAt'
>;

/** One service; to a provider, only the services of its own end users' orders exist. */
export async function getNetworkService(context: Context, id: string): Promise<NetworkServiceView> {
  const row = await findNetworkService(context.db, id, context.actor);
  if (!row) throw new NotFoundError('network service', id);
  return serviceView(row);
}

export async function listNetworkServices(
  context: Context,
  filter: { readonly customerId?: string } = {},
): Promise<NetworkServiceView[]> {
  const rows = await listNetworkServiceRows(context.db, context.actor, filter);
  return rows.map(serviceView);
}

function serviceView(row: NetworkServiceRow): NetworkServiceView {
  return {
    id: row.id,
    orderId: row.orderId,
    customerId: row.customerId,
    providerId: row.providerId,
    napId: row.napId,
    linkId: row.linkId,
    cpeId: row.cpeId,
    contractId: row.contractId,
    state: row.state,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    createdAt: row.createdAt,
  };
}
