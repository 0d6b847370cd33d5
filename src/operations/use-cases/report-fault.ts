import type { Temporal } from 'temporal-polyfill';
import { notifyProvider } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { FieldChecks, InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { readFaultReport } from '../rules/fault-report.ts';
import { slaDeadlines } from '../rules/sla-clock.ts';
import type { SlaDeadlines } from '../rules/sla-clock.ts';
import { FAULT_CHANNELS, FAULT_KINDS } from '../schema.ts';
import type { FaultChannel, FaultKind, FaultReportText } from '../schema.ts';
import { maintenanceWindowCovering } from '../store/maintenance-cover.ts';
import { contractParties, sellerTerms } from '../store/seller-terms.ts';
import {
  cableFiberCount,
  insertFaultTicket,
  insertFaultTicketEvent,
  linkReach,
  sellerOfServiceProduct,
  serviceReach,
} from '../store/fault-tickets.ts';
import type { FaultReach, FaultTicketRow } from '../store/fault-tickets.ts';
import { instantField, notInFuture, oneOf, optionalText } from './fault-input.ts';
import { faultTicketView } from './fault-ticket-view.ts';
import type { FaultTicketView } from './fault-ticket-view.ts';

export interface ReportFault {
  /** The seller whose terms apply; by default the seller of the service's (or link's) contract. */
  readonly sellerId?: string;
  /** By default the service's (or link's) customer; when given it must be that customer. */
  readonly customerId?: string;
  /** The service at fault, or else `linkId`. */
  readonly serviceId?: string;
  readonly linkId?: string;
  readonly kind: string;
  /** The broken cable of a fiber break; by default the one cable the service's NAPs are on. */
  readonly cableId?: string;
  /** vn:6.4.10: a direct definitive repair adds 2 hours to both repair times. */
  readonly definitiveRepair?: boolean;
  /** How the report came in (vn:6.4.11–6.4.12); a provider's token always reports by `provider-api`. */
  readonly channel?: string;
  /** ISO instant of the first report, by default now; never in the future. */
  readonly reportedAt?: string;
  /** What vn:6.4.9 asks a report to hold. */
  readonly report: unknown;
}

/**
 * Takes a fault report at any hour (vn:6.4.11) and opens its ticket, acknowledged, in one
 * transaction: checks the report (vn:6.4.9), finds what the fault touches, marks it as maintenance
 * when a window covers it at the report (vn:6.4.1, vn:2.1.3; no clock then), starts the SLA clock of
 * a fiber break under terms that have one (vn:6.4.10), and routes a third-party service's fault to
 * its provider (vn:6.4.3, vn:2.5) unless that provider is the one reporting.
 */
export async function reportFault(context: Context, input: ReportFault): Promise<FaultTicketView> {
  const checked = checkedReport(context, input);
  return context.db.transaction(async (tx) => {
    const reach = await reachOf(tx, context, checked);
    const sellerId = await sellerOf(tx, checked.sellerId, reach);
    const profile = await sellerTerms(tx, sellerId);
    const cable = await cableOf(tx, checked, reach);
    const reportedAt = checked.reportedAt.toString();
    const window = await maintenanceWindowCovering(
      tx,
      {
        napIds: reach.napIds,
        cableIds: [...new Set([...reach.cableIds, ...(cable ? [cable.id] : [])])],
        linkIds: reach.linkId ? [reach.linkId] : [],
      },
      reportedAt,
    );
    // vn:6.4.10: a physical fiber break outside maintenance runs the clock, if the terms have one.
    const clock: SlaDeadlines | null =
      window === null && checked.kind === 'fiber-break' && profile.sla && cable
        ? slaDeadlines(profile.sla, {
            fiberCount: cable.fiberCount,
            reportedAt: checked.reportedAt,
            definitiveRepair: checked.definitiveRepair,
          })
        : null;
    // vn:6.4.3, vn:2.5: a third-party service's fault is its provider's to handle.
    const routed = reach.providerId !== null && context.actor.providerId === undefined;
    const now = context.clock.now().toString();
    const ticket = await insertFaultTicket(tx, {
      sellerId,
      customerId: reach.customerId,
      serviceId: reach.serviceId,
      linkId: reach.linkId,
      cableId: cable?.id ?? null,
      providerId: reach.providerId,
      kind: checked.kind,
      channel: checked.channel,
      report: checked.report,
      reportedAt,
      reportedBy: context.actor.id,
      state: 'acknowledged',
      definitiveRepair: checked.definitiveRepair,
      fiberCount: clock?.fiberCount ?? null,
      averageBy: clock?.averageBy.toString() ?? null,
      maximumBy: clock?.maximumBy.toString() ?? null,
      maintenanceWindowId: window?.id ?? null,
      routedAt: routed ? now : null,
      createdAt: now,
    });
    const because = reportRules(clock, window !== null, routed);
    await insertFaultTicketEvent(tx, {
      ticketId: ticket.id,
      kind: 'reported',
      state: 'acknowledged',
      at: reportedAt,
      by: context.actor.id,
      note: null,
      details: {
        channel: checked.channel,
        kind: checked.kind,
        maintenanceWindowId: window?.id ?? null,
        averageBy: clock?.averageBy.toString() ?? null,
        maximumBy: clock?.maximumBy.toString() ?? null,
        because,
      },
    });
    if (routed) await routeToProvider(tx, context, ticket, now);
    await auditChange(tx, context, {
      action: 'fault-ticket.reported',
      subject: { type: 'fault-ticket', id: ticket.id },
      details: { serviceId: ticket.serviceId, linkId: ticket.linkId, kind: ticket.kind, because },
    });
    return faultTicketView(ticket, context.clock.now());
  });
}

interface CheckedReport {
  readonly sellerId: string | undefined;
  readonly customerId: string | undefined;
  readonly serviceId: string | undefined;
  readonly linkId: string | undefined;
  readonly kind: FaultKind;
  readonly cableId: string | undefined;
  readonly definitiveRepair: boolean;
  readonly channel: FaultChannel;
  readonly reportedAt: Temporal.Instant;
  readonly report: FaultReportText;
}

function checkedReport(context: Context, input: ReportFault): CheckedReport {
  const checks = new FieldChecks();
  const now = context.clock.now();
  const kind = oneOf(checks, 'kind', input.kind, FAULT_KINDS);
  // vn:6.4.11–6.4.12: a provider's systems report through the provider API, whatever they say.
  const channel =
    context.actor.providerId !== undefined
      ? 'provider-api'
      : oneOf(checks, 'channel', input.channel, FAULT_CHANNELS);
  const serviceId = optionalText(checks, 'serviceId', input.serviceId);
  const linkId = optionalText(checks, 'linkId', input.linkId);
  if (serviceId === undefined && linkId === undefined)
    checks.add('serviceId', 'is required: name the service at fault, or its link as linkId');
  if (context.actor.providerId !== undefined && serviceId === undefined && linkId !== undefined)
    checks.add('serviceId', 'is required: a provider reports a fault on one of its services');
  const cableId = optionalText(checks, 'cableId', input.cableId);
  if (input.definitiveRepair !== undefined && typeof input.definitiveRepair !== 'boolean')
    checks.add('definitiveRepair', 'must be true or false');
  const reportedAt = instantField(checks, 'reportedAt', input.reportedAt) ?? now;
  notInFuture(checks, 'reportedAt', reportedAt, now);
  const report = checks.check(() => readFaultReport(input.report, 'report.'));
  const sellerId = optionalText(checks, 'sellerId', input.sellerId);
  const customerId = optionalText(checks, 'customerId', input.customerId);
  checks.throwIfAny();
  return {
    sellerId,
    customerId,
    serviceId,
    linkId,
    kind: kind!,
    cableId,
    definitiveRepair: input.definitiveRepair === true,
    channel: channel!,
    reportedAt,
    report: report!,
  };
}

async function reachOf(db: Db, context: Context, input: CheckedReport): Promise<FaultReach> {
  let reach: FaultReach | undefined;
  if (input.serviceId !== undefined) {
    reach = await serviceReach(db, input.serviceId);
    const providerId = context.actor.providerId;
    // A provider sees its own services only: another's is "not found", as if it did not exist.
    if (!reach || (providerId !== undefined && reach.providerId !== providerId))
      throw new NotFoundError('network service', input.serviceId);
    if (input.linkId !== undefined && input.linkId !== reach.linkId)
      throw new InvalidInputError(
        'linkId',
        `${quote(input.linkId)} is not the link of service ${quote(input.serviceId)}`,
      );
  } else {
    reach = await linkReach(db, input.linkId!);
    if (!reach) throw new NotFoundError('link', input.linkId!);
  }
  if (input.customerId !== undefined && input.customerId !== reach.customerId)
    throw new InvalidInputError(
      'customerId',
      `${quote(input.customerId)} is not the customer of ${reach.serviceId ? 'service' : 'link'} ${quote(reach.serviceId ?? reach.linkId ?? '')}`,
    );
  return reach;
}

async function sellerOf(db: Db, given: string | undefined, reach: FaultReach): Promise<string> {
  if (given !== undefined) return given;
  // A third-party service has no contract with the operator: its product says whose network it is on.
  const sellerId = reach.contractId
    ? (await contractParties(db, reach.contractId))?.sellerId
    : reach.serviceId
      ? await sellerOfServiceProduct(db, reach.serviceId)
      : undefined;
  if (sellerId === undefined)
    throw new InvalidInputError(
      'sellerId',
      'is required: neither a contract nor a product of the service names the seller',
    );
  return sellerId;
}

async function cableOf(
  db: Db,
  input: CheckedReport,
  reach: FaultReach,
): Promise<{ id: string; fiberCount: number } | undefined> {
  let cableId = input.cableId;
  if (cableId === undefined) {
    if (input.kind !== 'fiber-break' || reach.cableIds.length === 0) return undefined;
    if (reach.cableIds.length > 1)
      throw new InvalidInputError(
        'cableId',
        `is required: the fault's NAPs are on more than one cable (${reach.cableIds.join(', ')}); name the broken one`,
      );
    cableId = reach.cableIds[0]!;
  }
  const fiberCount = await cableFiberCount(db, cableId);
  if (fiberCount === undefined) throw new InvalidInputError('cableId', `no cable ${quote(cableId)}`);
  return { id: cableId, fiberCount };
}

function reportRules(clock: SlaDeadlines | null, inMaintenance: boolean, routed: boolean): RuleId[] {
  const because: RuleId[] = ['vn:6.4.9', 'vn:6.4.11'];
  if (clock) because.push(...clock.because.filter((rule) => !because.includes(rule)));
  if (inMaintenance) because.push('vn:6.4.1', 'vn:2.1.3');
  if (routed) because.push('vn:6.4.3', 'vn:2.5');
  return because;
}

async function routeToProvider(db: Db, context: Context, ticket: FaultTicketRow, now: string): Promise<void> {
  await insertFaultTicketEvent(db, {
    ticketId: ticket.id,
    kind: 'routed',
    state: ticket.state,
    at: now,
    by: context.actor.id,
    note: null,
    details: { providerId: ticket.providerId, because: ['vn:6.4.3', 'vn:2.5'] },
  });
  await notifyProvider(db, context, ticket.providerId!, ticket.customerId, {
    kind: 'fault-routed',
    about: `fault-ticket:${ticket.id}`,
    subject: `Fault ${ticket.id} on your service ${ticket.serviceId ?? ''}`.trim(),
    body: [
      `A fault was reported on your service ${ticket.serviceId} for ${ticket.report.customerName}.`,
      `Under vn:6.4.3 and vn:2.5 faults in third-party services are yours to handle.`,
      `Reported: ${ticket.reportedAt}`,
      `Description: ${ticket.report.description}`,
      `Contact: ${ticket.report.contactPerson}, ${ticket.report.contactPhone}`,
      `End points: ${ticket.report.endPointA} – ${ticket.report.endPointB}`,
    ].join('\n'),
    because: ['vn:6.4.3', 'vn:2.5'],
    payload: { ticketId: ticket.id, serviceId: ticket.serviceId },
  });
}
