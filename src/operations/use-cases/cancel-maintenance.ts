import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { maintenanceRules } from '../rules/maintenance-window.ts';
import { findMaintenanceWindow, markMaintenanceCancelled } from '../store/maintenance-windows.ts';
import { notifyMaintenance } from './maintenance-notices.ts';
import { affectedView, maintenanceWindowView, servicesAffected } from './maintenance-view.ts';
import type { MaintenanceWindowDetail } from './maintenance-view.ts';

/**
 * Cancels a planned window that has not ended, and tells the customers and providers of the services
 * it reaches now that it will not happen. A cancelled window no longer covers faults.
 */
export async function cancelMaintenance(
  context: Context,
  input: { readonly windowId: string; readonly reason?: string | undefined },
): Promise<MaintenanceWindowDetail & { notified: { customers: number; providers: number } }> {
  assertOperator(context.actor, 'cancel maintenance');
  return context.db.transaction(async (tx) => {
    const window = await findMaintenanceWindow(tx, input.windowId, { forUpdate: true });
    if (!window) throw new NotFoundError('maintenance window', input.windowId);
    if (window.cancelledAt !== null)
      throw new ConflictError(
        `maintenance window ${window.id} was already cancelled at ${window.cancelledAt}`,
      );
    const now = context.clock.now();
    if (Temporal.Instant.compare(Temporal.Instant.from(window.endsAt), now) <= 0)
      throw new ConflictError(`maintenance window ${window.id} is over: it ended at ${window.endsAt}`);
    const row = await markMaintenanceCancelled(tx, window.id, now.toString());
    if (!row) throw new ConflictError(`maintenance window ${window.id} was already cancelled`);
    const services = await servicesAffected(tx, row.scope, row.scopeId);
    const notified = await notifyMaintenance(tx, context, row, services, 'maintenance-cancelled');
    await auditChange(tx, context, {
      action: 'maintenance.cancelled',
      subject: { type: 'maintenance-window', id: row.id },
      ...(input.reason === undefined ? {} : { reason: input.reason }),
      details: {
        serviceIds: services.map((service) => service.id),
        notified,
        because: maintenanceRules(row.scope),
      },
    });
    return { ...maintenanceWindowView(row), affected: affectedView(services), notified };
  });
}
