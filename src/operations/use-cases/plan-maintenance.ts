import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { FieldChecks, InvalidInputError, isBlank, quote } from '../../shared/errors/index.ts';
import { maintenanceRules, maintenanceWindowProblems } from '../rules/maintenance-window.ts';
import { MAINTENANCE_SCOPES } from '../schema.ts';
import {
  insertMaintenanceWindow,
  markMaintenanceNotified,
  scopeReach,
  sellerExists,
} from '../store/maintenance-windows.ts';
import { instantField } from './fault-input.ts';
import { notifyMaintenance } from './maintenance-notices.ts';
import { affectedView, maintenanceWindowView, servicesAffected } from './maintenance-view.ts';
import type { MaintenanceWindowDetail } from './maintenance-view.ts';

export interface PlanMaintenance {
  readonly sellerId: string;
  readonly scope: string;
  /** The NAP, cable or link id. */
  readonly scopeId: string;
  /** ISO instants with an offset or Z. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly description: string;
}

/**
 * Plans maintenance on a NAP, a cable or a link (vn:2.1.3, vn:2.2.5) and, in the same transaction,
 * tells every customer and third-party provider whose active or suspended services it reaches.
 * A fault reported inside the window runs no SLA clock (see maintenanceWindowCovering).
 */
export async function planMaintenance(
  context: Context,
  input: PlanMaintenance,
): Promise<MaintenanceWindowDetail & { notified: { customers: number; providers: number } }> {
  assertOperator(context.actor, 'plan maintenance');
  const { scope, scopeId, startsAt, endsAt, description } = checked(input, context.clock.now());
  if (!(await sellerExists(context.db, input.sellerId)))
    throw new InvalidInputError('sellerId', `no seller ${quote(input.sellerId)}`);
  return context.db.transaction(async (tx) => {
    if (!(await scopeReach(tx, scope, scopeId)))
      throw new InvalidInputError('scopeId', `no ${scope} ${quote(scopeId)}`);
    const now = context.clock.now().toString();
    const planned = await insertMaintenanceWindow(tx, {
      sellerId: input.sellerId,
      scope,
      scopeId,
      startsAt: startsAt.toString(),
      endsAt: endsAt.toString(),
      description,
      plannedAt: now,
      plannedBy: context.actor.id,
    });
    const services = await servicesAffected(tx, scope, scopeId);
    const notified = await notifyMaintenance(tx, context, planned, services, 'maintenance-planned');
    const row = await markMaintenanceNotified(tx, planned.id, now);
    await auditChange(tx, context, {
      action: 'maintenance.planned',
      subject: { type: 'maintenance-window', id: row.id },
      details: {
        scope,
        scopeId,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        serviceIds: services.map((service) => service.id),
        notified,
        because: maintenanceRules(scope),
      },
    });
    return { ...maintenanceWindowView(row), affected: affectedView(services), notified };
  });
}

function checked(input: PlanMaintenance, now: Temporal.Instant) {
  const checks = new FieldChecks();
  const scope = MAINTENANCE_SCOPES.find((known) => known === input.scope);
  if (!scope) checks.add('scope', `${quote(input.scope)} is not one of ${MAINTENANCE_SCOPES.join(', ')}`);
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  if (isBlank(input.scopeId)) checks.add('scopeId', 'is required');
  if (isBlank(input.description)) checks.add('description', 'is required: what the work is');
  const startsAt = instant(checks, 'startsAt', input.startsAt);
  const endsAt = instant(checks, 'endsAt', input.endsAt);
  if (startsAt && endsAt)
    for (const { field, problem } of maintenanceWindowProblems({ startsAt, endsAt, now }))
      checks.add(field, problem);
  checks.throwIfAny();
  return {
    scope: scope!,
    scopeId: input.scopeId.trim(),
    startsAt: startsAt!,
    endsAt: endsAt!,
    description: input.description.trim(),
  };
}

function instant(checks: FieldChecks, field: string, text: string): Temporal.Instant | undefined {
  if (isBlank(text)) checks.add(field, 'is required: an ISO instant with an offset or Z');
  return instantField(checks, field, text);
}
