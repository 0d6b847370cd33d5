import { Temporal } from 'temporal-polyfill';
import { holdService } from '../../network/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, isBlank } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { getProfile } from '../../terms/index.ts';
import {
  findSeller,
  insertForceMajeureEvent,
  insertForceMajeureServices,
  runningServicesInScope,
  servicesByIds,
} from '../store/force-majeure.ts';
import type {
  AffectedService,
  ForceMajeureEventRow,
  ForceMajeureScope,
  ForceMajeureServiceRow,
} from '../store/force-majeure.ts';
import { noticeRules, suspensionRules, tellAffectedParties } from './force-majeure-notices.ts';

export const FORCE_MAJEURE_SCOPES: readonly ForceMajeureScope[] = ['nap', 'cable', 'link'];

export interface DeclareForceMajeure {
  readonly sellerId: string;
  readonly description: string;
  readonly startedOn: Temporal.PlainDate;
  /** The day it became known: what was performed before stays billable (bit:6.6, vn:1.10.3). Default today. */
  readonly knownOn?: Temporal.PlainDate;
  /** For an event declared after it is over: nothing is then held. */
  readonly endedOn?: Temporal.PlainDate;
  /** The affected services by id, or … */
  readonly serviceIds?: readonly string[];
  /** … the seller's running services on a NAP, a cable or a link. */
  readonly scope?: { readonly kind: ForceMajeureScope; readonly id: string };
}

export interface DeclaredForceMajeure {
  readonly event: ForceMajeureEventRow;
  readonly services: ForceMajeureServiceRow[];
  readonly because: RuleId[];
}

const MAX_TEXT = 2000;

/**
 * Declares a force-majeure event of the seller (bit:6.1–6.3, vn:1.10.1–1.10.2). While it lasts its
 * services are suspended through provisioning (a hold per service, `FM-n`); recurring billing goes on,
 * since the terms give no compensation (vn:1.10.2) and undo nothing for the past (bit:6.4), and work
 * before `knownOn` stays billable (bit:6.6, vn:1.10.3). The customers and the providers of third-party
 * services are told at once (bit:6.7). One transaction: bad input changes nothing.
 */
export async function declareForceMajeure(
  context: Context,
  input: DeclareForceMajeure,
): Promise<DeclaredForceMajeure> {
  const today = context.clock.today();
  const { knownOn, description } = checkInput(input, today);
  return context.db.transaction(async (tx) => {
    const seller = await findSeller(tx, input.sellerId);
    const checks = new FieldChecks();
    if (!seller) checks.add('sellerId', `no seller '${input.sellerId}'`);
    checks.throwIfAny();
    const { profile } = await getProfile(tx, seller!.profileId);
    const services = await affectedServices(tx, input);
    const event = await insertForceMajeureEvent(tx, {
      sellerId: input.sellerId,
      description,
      startedOn: input.startedOn.toString(),
      knownOn: knownOn.toString(),
      endedOn: input.endedOn?.toString() ?? null,
      declaredAt: context.clock.now().toString(),
      declaredBy: context.actor.id,
    });
    const because = profile.forceMajeure.rules;
    if (!input.endedOn) {
      for (const service of services)
        await holdService(tx, context, {
          serviceId: service.serviceId,
          reason: 'force-majeure',
          measure: 'suspend',
          reference: event.id,
          because: suspensionRules(because),
        });
    }
    const rows = await insertForceMajeureServices(
      tx,
      services.map((service) => ({
        eventId: event.id,
        serviceId: service.serviceId,
        contractId: service.contractId,
      })),
    );
    await tellAffectedParties(tx, context, event, services, 'declared', noticeRules(because, 'declared'));
    await auditChange(tx, context, {
      action: 'force-majeure.declared',
      subject: { type: 'force-majeure', id: event.id },
      details: { ...event, serviceIds: services.map((s) => s.serviceId), because: [...because] },
    });
    return { event, services: rows, because: [...because] };
  });
}

function checkInput(input: DeclareForceMajeure, today: Temporal.PlainDate) {
  const checks = new FieldChecks();
  const cmp = Temporal.PlainDate.compare;
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (description === '' || description.length > MAX_TEXT)
    checks.add('description', `is required, at most ${MAX_TEXT} characters`);
  const startedOn = input.startedOn instanceof Temporal.PlainDate ? input.startedOn : undefined;
  if (!startedOn) checks.add('startedOn', 'is required (YYYY-MM-DD)');
  else if (cmp(startedOn, today) > 0)
    checks.add('startedOn', `${startedOn.toString()} is in the future: declare what has happened`);
  const knownOn = input.knownOn ?? today;
  if (input.knownOn && startedOn && cmp(knownOn, startedOn) < 0)
    checks.add('knownOn', `${knownOn.toString()} is before the start ${startedOn.toString()}`);
  if (cmp(knownOn, today) > 0) checks.add('knownOn', `${knownOn.toString()} is in the future`);
  if (input.endedOn) {
    if (startedOn && cmp(input.endedOn, startedOn) < 0)
      checks.add('endedOn', `${input.endedOn.toString()} is before the start ${startedOn.toString()}`);
    if (cmp(input.endedOn, today) > 0) checks.add('endedOn', `${input.endedOn.toString()} is in the future`);
  }
  const byIds = input.serviceIds !== undefined && input.serviceIds.length > 0;
  if (byIds === (input.scope !== undefined))
    checks.add('services', 'give either service ids or a scope (nap, cable or link with its id)');
  if (input.scope) {
    if (!FORCE_MAJEURE_SCOPES.includes(input.scope.kind))
      checks.add('scope.kind', `must be one of ${FORCE_MAJEURE_SCOPES.join(', ')}`);
    if (isBlank(input.scope.id)) checks.add('scope.id', 'is required');
  }
  checks.throwIfAny();
  return { knownOn, description };
}

/** The services named, each the seller's and running; or the seller's running services in scope. */
async function affectedServices(db: Context['db'], input: DeclareForceMajeure): Promise<AffectedService[]> {
  const checks = new FieldChecks();
  if (input.scope) {
    const found = await runningServicesInScope(db, input.sellerId, input.scope.kind, input.scope.id);
    if (found.length === 0)
      checks.add('scope', `the seller has no running services on ${input.scope.kind} '${input.scope.id}'`);
    checks.throwIfAny();
    return found;
  }
  const ids = [...new Set(input.serviceIds ?? [])];
  const found = await servicesByIds(db, ids);
  for (const id of ids) {
    const service = found.find((s) => s.serviceId === id);
    if (!service) checks.add('services', `no service '${id}'`);
    else if (service.sellerId !== input.sellerId)
      checks.add('services', `service '${id}' is not a service of seller '${input.sellerId}'`);
    else if (service.state !== 'active' && service.state !== 'suspended')
      checks.add('services', `service '${id}' is ${service.state}: only a running service can be suspended`);
  }
  checks.throwIfAny();
  return found;
}
