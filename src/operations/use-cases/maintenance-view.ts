import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { affectedBy, maintenanceRules } from '../rules/maintenance-window.ts';
import type { PlacedService } from '../rules/maintenance-window.ts';
import { slaLocalTime } from '../rules/sla-clock.ts';
import type { MaintenanceScope } from '../schema.ts';
import type { MaintenanceWindowRow } from '../store/maintenance-cover.ts';
import { scopeReach, servicesWithin } from '../store/maintenance-windows.ts';

export interface AffectedService {
  readonly serviceId: string;
  readonly customerId: string;
  readonly providerId: string | null;
  readonly state: string;
}

export interface MaintenanceWindowView {
  readonly id: string;
  readonly sellerId: string;
  readonly scope: MaintenanceScope;
  readonly scopeId: string;
  /** ISO instants (UTC). */
  readonly startsAt: string;
  readonly endsAt: string;
  /** The same, in Europe/Amsterdam with the offset, as the notices show them. */
  readonly startsAtLocal: string;
  readonly endsAtLocal: string;
  readonly description: string;
  readonly plannedAt: string;
  readonly plannedBy: string;
  readonly notifiedAt: string | null;
  readonly cancelledAt: string | null;
  readonly because: RuleId[];
}

export interface MaintenanceWindowDetail extends MaintenanceWindowView {
  /** The active or suspended services the window reaches, as the network stands now. */
  readonly affected: AffectedService[];
}

const iso = (text: string): string => Temporal.Instant.from(text).toString();
const isoOrNull = (text: string | null): string | null => (text === null ? null : iso(text));

/** An instant in the terms' local time: `2027-03-28T01:00:00+01:00`. */
export function localTime(text: string): string {
  return slaLocalTime(Temporal.Instant.from(text));
}

export function maintenanceWindowView(row: MaintenanceWindowRow): MaintenanceWindowView {
  return {
    id: row.id,
    sellerId: row.sellerId,
    scope: row.scope,
    scopeId: row.scopeId,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    startsAtLocal: localTime(row.startsAt),
    endsAtLocal: localTime(row.endsAt),
    description: row.description,
    plannedAt: iso(row.plannedAt),
    plannedBy: row.plannedBy,
    notifiedAt: isoOrNull(row.notifiedAt),
    cancelledAt: isoOrNull(row.cancelledAt),
    because: maintenanceRules(row.scope),
  };
}

/** The live services a window on `scope` reaches (vn:2.1.3, vn:2.2.5); none when the scope is gone. */
export async function servicesAffected(
  db: Db,
  scope: MaintenanceScope,
  scopeId: string,
): Promise<PlacedService[]> {
  const reach = await scopeReach(db, scope, scopeId);
  if (!reach) return [];
  return affectedBy(reach, await servicesWithin(db, reach));
}

export function affectedView(services: readonly PlacedService[]): AffectedService[] {
  return services.map((service) => ({
    serviceId: service.id,
    customerId: service.customerId,
    providerId: service.providerId,
    state: service.state,
  }));
}
