import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { MAINTENANCE_SCOPES } from '../schema.ts';
import { findMaintenanceWindow, listMaintenanceWindows } from '../store/maintenance-windows.ts';
import { affectedView, maintenanceWindowView, servicesAffected } from './maintenance-view.ts';
import type { MaintenanceWindowDetail, MaintenanceWindowView } from './maintenance-view.ts';

/** One window, with the active or suspended services it reaches as the network stands now. */
export async function getMaintenance(
  context: Pick<Context, 'db'>,
  windowId: string,
): Promise<MaintenanceWindowDetail> {
  const row = await findMaintenanceWindow(context.db, windowId);
  if (!row) throw new NotFoundError('maintenance window', windowId);
  const services = await servicesAffected(context.db, row.scope, row.scopeId);
  return { ...maintenanceWindowView(row), affected: affectedView(services) };
}

export interface MaintenanceQuery {
  readonly sellerId?: string | undefined;
  readonly scope?: string | undefined;
  readonly scopeId?: string | undefined;
  /** Only windows not cancelled and not yet over, the next first; else all, the latest first. */
  readonly upcoming?: boolean | undefined;
}

/** Windows by seller and scope: the upcoming ones (default), or all of them. */
export async function listMaintenance(
  context: Pick<Context, 'db' | 'clock'>,
  query: MaintenanceQuery = {},
): Promise<MaintenanceWindowView[]> {
  const scope = query.scope === undefined ? undefined : MAINTENANCE_SCOPES.find((s) => s === query.scope);
  if (query.scope !== undefined && !scope)
    throw new InvalidInputError(
      'scope',
      `${quote(query.scope)} is not one of ${MAINTENANCE_SCOPES.join(', ')}`,
    );
  const rows = await listMaintenanceWindows(context.db, {
    sellerId: query.sellerId,
    scope,
    scopeId: query.scopeId,
    upcomingAt: query.upcoming === false ? undefined : context.clock.now().toString(),
  });
  return rows.map(maintenanceWindowView);
}
