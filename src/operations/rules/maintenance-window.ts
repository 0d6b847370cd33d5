import { Temporal } from 'temporal-polyfill';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';

export type MaintenanceScopeKind = 'nap' | 'cable' | 'link';

/**
 * The longest window Vezel plans in one go. The terms set no limit (vn:2.1.3, vn:2.2.5 only say the
 * network and a link may be unavailable for maintenance); a week keeps a typo in a date from taking
 * a network "down" for months. Longer work is planned as several windows.
 */
export const MAINTENANCE_MAX_HOURS = 7 * 24;

/** vn:2.1.3 covers the network (NAPs, cables); vn:2.2.5 a link. */
export function maintenanceRules(scope: MaintenanceScopeKind): RuleId[] {
  return scope === 'link' ? ['vn:2.2.5'] : ['vn:2.1.3'];
}

/**
 * What is wrong with a window being planned at `now`: it must end after it starts, start no earlier
 * than now (maintenance is planned, and its notices go out ahead), and last at most a week.
 */
export function maintenanceWindowProblems(window: {
  readonly startsAt: Temporal.Instant;
  readonly endsAt: Temporal.Instant;
  readonly now: Temporal.Instant;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (Temporal.Instant.compare(window.startsAt, window.now) < 0)
    problems.push({
      field: 'startsAt',
      problem: `${window.startsAt.toString()} is in the past: maintenance is planned ahead`,
    });
  if (Temporal.Instant.compare(window.endsAt, window.startsAt) <= 0)
    problems.push({ field: 'endsAt', problem: 'must be after startsAt' });
  else if (window.startsAt.until(window.endsAt).total({ unit: 'hours' }) > MAINTENANCE_MAX_HOURS)
    problems.push({
      field: 'endsAt',
      problem: `the window may last at most ${MAINTENANCE_MAX_HOURS} hours (7 days); plan longer work as several windows`,
    });
  return problems;
}

/** A service as the maintenance scope sees it: where it is connected. */
export interface PlacedService {
  readonly id: string;
  readonly customerId: string;
  readonly providerId: string | null;
  readonly state: string;
  readonly napId: string | null;
  readonly linkId: string | null;
  /** The NAPs at the link's ends, when the service runs on a link. */
  readonly linkNapIds: readonly string[];
}

/** The network a window's scope reaches: the NAPs (a cable's, or the one named) or the link. */
export type ScopeReach =
  | { readonly scope: 'nap' | 'cable'; readonly napIds: readonly string[] }
  | { readonly scope: 'link'; readonly linkId: string };

/** A service the maintenance takes down: active or suspended (a suspended one still comes back). */
const AFFECTED_STATES = new Set(['active', 'suspended']);

/**
 * The services a window affects (vn:2.1.3, vn:2.2.5): on a NAP or a cable, every live service at one
 * of its NAPs, directly or by a link that ends there; on a link, the services the link carries.
 */
export function affectedBy(reach: ScopeReach, services: readonly PlacedService[]): PlacedService[] {
  return services.filter((service) => {
    if (!AFFECTED_STATES.has(service.state)) return false;
    if (reach.scope === 'link') return service.linkId === reach.linkId;
    const naps = new Set(reach.napIds);
    return (
      (service.napId !== null && naps.has(service.napId)) || service.linkNapIds.some((id) => naps.has(id))
    );
  });
}

/** Who hears of a window: each customer once, each provider once with its services. */
export function maintenanceAudience(services: readonly PlacedService[]): {
  customers: { customerId: string; serviceIds: string[] }[];
  providers: { providerId: string; serviceIds: string[] }[];
} {
  const customers = new Map<string, string[]>();
  const providers = new Map<string, string[]>();
  for (const service of services) {
    customers.set(service.customerId, [...(customers.get(service.customerId) ?? []), service.id]);
    if (service.providerId !== null)
      providers.set(service.providerId, [...(providers.get(service.providerId) ?? []), service.id]);
  }
  return {
    customers: [...customers].map(([customerId, serviceIds]) => ({ customerId, serviceIds })),
    providers: [...providers].map(([providerId, serviceIds]) => ({ providerId, serviceIds })),
  };
}
