import { notifyCustomer, notifyProvider } from '../../notifications/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { maintenanceAudience, maintenanceRules } from '../rules/maintenance-window.ts';
import type { PlacedService } from '../rules/maintenance-window.ts';
import type { MaintenanceWindowRow } from '../store/maintenance-cover.ts';
import { localTime } from './maintenance-view.ts';

export type MaintenanceNoticeKind = 'maintenance-planned' | 'maintenance-cancelled';

export interface MaintenanceNotified {
  readonly customers: number;
  readonly providers: number;
}

const SCOPE_NAMES = { nap: 'network termination point', cable: 'cable', link: 'link' } as const;

/**
 * Tells each affected customer (technical and fault contacts) once, and each third-party provider
 * whose services are affected once, listing them; in the caller's transaction (the outbox).
 */
export async function notifyMaintenance(
  db: Db,
  context: Pick<Context, 'clock'>,
  window: MaintenanceWindowRow,
  services: readonly PlacedService[],
  kind: MaintenanceNoticeKind,
): Promise<MaintenanceNotified> {
  const { customers, providers } = maintenanceAudience(services);
  const because = maintenanceRules(window.scope);
  const notice = (serviceIds: readonly string[]) => ({
    kind,
    about: `maintenance-window:${window.id}`,
    ...texts(window, kind, serviceIds),
    because,
    payload: {
      windowId: window.id,
      scope: window.scope,
      scopeId: window.scopeId,
      startsAt: localTime(window.startsAt),
      endsAt: localTime(window.endsAt),
      serviceIds: [...serviceIds],
    },
  });
  for (const { customerId, serviceIds } of customers)
    await notifyCustomer(db, context, customerId, ['technical', 'fault'], notice(serviceIds));
  for (const { providerId, serviceIds } of providers)
    await notifyProvider(db, context, providerId, null, notice(serviceIds));
  return { customers: customers.length, providers: providers.length };
}

function texts(
  window: MaintenanceWindowRow,
  kind: MaintenanceNoticeKind,
  serviceIds: readonly string[],
): { subject: string; body: string } {
  const where = `${SCOPE_NAMES[window.scope]} ${window.scopeId}`;
  const when = `from ${localTime(window.startsAt)} to ${localTime(window.endsAt)}`;
  const services = `Services affected: ${serviceIds.join(', ')}.`;
  if (kind === 'maintenance-cancelled')
    return {
      subject: `Maintenance ${window.id} on ${where} is cancelled`,
      body:
        `The maintenance planned on ${where} ${when} (${window.description}) is cancelled: ` +
        `the service stays available. ${services}`,
    };
  const article = window.scope === 'link' ? 'vn:2.2.5' : 'vn:2.1.3';
  return {
    subject: `Planned maintenance ${window.id} on ${where} ${when}`,
    body:
      `We will carry out maintenance on ${where} ${when}: ${window.description}. ` +
      `During this window the service may be unavailable (${article}); please give the cooperation ` +
      `the work requires. ${services}`,
  };
}
