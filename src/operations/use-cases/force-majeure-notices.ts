import { notifyCustomer, notifyProvider } from '../../notifications/index.ts';
import type { Context } from '../../platform/context.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { AffectedService, ForceMajeureEventRow } from '../store/force-majeure.ts';

export type ForceMajeureNoticeKind = 'declared' | 'ended';

/** bit:6.3, vn:1.10.2: the rules that let the seller suspend, of those the profile cites. */
export function suspensionRules(rules: readonly RuleId[]): RuleId[] {
  const suspending = rules.filter((rule) => rule === 'bit:6.3' || rule === 'vn:1.10.2');
  return suspending.length > 0 ? suspending : [...rules];
}

/** What a notice of the event cites: the suspension, and for BIT's terms the duty to tell (bit:6.7). */
export function noticeRules(rules: readonly RuleId[], kind: ForceMajeureNoticeKind): RuleId[] {
  const tell: RuleId[] =
    kind === 'declared' && rules.some((rule) => rule.startsWith('bit:6.')) ? ['bit:6.7'] : [];
  return [...tell, ...suspensionRules(rules)];
}

/**
 * bit:6.7: the party in force majeure tells the other at once. Each affected customer hears once,
 * with its services; the provider of a third-party service hears of its end user's service, since it
 * runs that user's helpdesk (vn:2.3.3). In the caller's transaction (outbox).
 */
export async function tellAffectedParties(
  db: Context['db'],
  context: Pick<Context, 'clock'>,
  event: ForceMajeureEventRow,
  services: readonly Pick<AffectedService, 'serviceId' | 'customerId' | 'providerId'>[],
  kind: ForceMajeureNoticeKind,
  because: readonly RuleId[],
): Promise<void> {
  const about = `force-majeure:${event.id}`;
  const byCustomer = new Map<string, string[]>();
  for (const service of services)
    byCustomer.set(service.customerId, [...(byCustomer.get(service.customerId) ?? []), service.serviceId]);
  for (const [customerId, serviceIds] of byCustomer)
    await notifyCustomer(db, context, customerId, ['technical', 'primary'], {
      kind: `force-majeure-${kind}`,
      about,
      ...text(event, serviceIds, kind),
      because: [...because],
      payload: { eventId: event.id, serviceIds },
    });
  for (const service of services) {
    if (!service.providerId) continue;
    await notifyProvider(db, context, service.providerId, service.customerId, {
      kind: `force-majeure-${kind}`,
      about,
      ...text(event, [service.serviceId], kind),
      because: [...because],
      payload: { eventId: event.id, serviceId: service.serviceId },
    });
  }
}

function text(event: ForceMajeureEventRow, serviceIds: readonly string[], kind: ForceMajeureNoticeKind) {
  const list = serviceIds.join(', ');
  if (kind === 'declared')
    return {
      subject: `Force majeure ${event.id}: service ${list} suspended from ${event.startedOn}`,
      body:
        `${event.description}\n\nThis is force majeure (${event.id}, from ${event.startedOn}). ` +
        `While it lasts, service ${list} is suspended; we will tell you when it ends. ` +
        `Your subscription is not interrupted: the terms give no compensation for the suspension, and ` +
        `what was performed before ${event.knownOn} is billed as usual.`,
    };
  return {
    subject: `Force majeure ${event.id} ended on ${event.endedOn ?? ''}: service ${list} resumed`,
    body: `The force majeure ${event.id} (${event.description}) ended on ${event.endedOn ?? ''}. Service ${list} is resumed.`,
  };
}
