import { Temporal } from 'temporal-polyfill';
import { liftHold } from '../../network/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import {
  findForceMajeureEvent,
  findSeller,
  forceMajeureServiceRows,
  servicesByIds,
  setForceMajeureEnded,
} from '../store/force-majeure.ts';
import type { ForceMajeureEventRow } from '../store/force-majeure.ts';
import { noticeRules, suspensionRules, tellAffectedParties } from './force-majeure-notices.ts';

export interface EndedForceMajeure {
  readonly event: ForceMajeureEventRow;
  /** The services whose suspension was lifted. */
  readonly resumedServiceIds: string[];
}

/**
 * The force majeure is over on `endedOn` (default today): the holds of its services are lifted, the
 * network resumes them (provisioning jobs), and their customers and providers are told. Services of
 * contracts already ended under the event's rights, or closed since, are left as they are.
 */
export async function endForceMajeure(
  context: Context,
  input: { readonly eventId: string; readonly endedOn?: Temporal.PlainDate },
): Promise<EndedForceMajeure> {
  const today = context.clock.today();
  const endedOn = input.endedOn ?? today;
  if (Temporal.PlainDate.compare(endedOn, today) > 0)
    throw new InvalidInputError(
      'endedOn',
      `${endedOn.toString()} is in the future: record what has happened`,
    );
  return context.db.transaction(async (tx) => {
    const found = await findForceMajeureEvent(tx, input.eventId, { forUpdate: true });
    if (!found) throw new NotFoundError('Force-majeure event', input.eventId);
    if (found.endedOn) throw new ConflictError(`Force majeure ${found.id} ended on ${found.endedOn} already`);
    if (Temporal.PlainDate.compare(endedOn, Temporal.PlainDate.from(found.startedOn)) < 0)
      throw new InvalidInputError('endedOn', `${endedOn.toString()} is before the start ${found.startedOn}`);
    const event = await setForceMajeureEnded(tx, found.id, endedOn.toString());
    const seller = await findSeller(tx, event.sellerId);
    const { profile } = await getProfile(tx, seller!.profileId);
    const rows = await forceMajeureServiceRows(tx, { eventId: event.id });
    const still = rows.filter((row) => row.endedOn === null).map((row) => row.serviceId);
    // A closed service stays closed: its contract ended otherwise while the event lasted.
    const resumed = (await servicesByIds(tx, still)).filter((service) => service.state !== 'closed');
    for (const service of resumed)
      await liftHold(tx, context, {
        serviceId: service.serviceId,
        reference: event.id,
        because: suspensionRules(profile.forceMajeure.rules),
      });
    await tellAffectedParties(
      tx,
      context,
      event,
      resumed,
      'ended',
      noticeRules(profile.forceMajeure.rules, 'ended'),
    );
    const resumedServiceIds = resumed.map((service) => service.serviceId);
    await auditChange(tx, context, {
      action: 'force-majeure.ended',
      subject: { type: 'force-majeure', id: event.id },
      details: { endedOn: event.endedOn, resumedServiceIds },
    });
    return { event, resumedServiceIds };
  });
}
