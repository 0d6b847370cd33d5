import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { contracts } from '../contracts/schema.ts';
import { customers } from '../customers/schema.ts';
import { cables, links, networkServices } from '../network/schema.ts';
import { providers } from '../providers/schema.ts';
import { sellers } from '../sellers/schema.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const day = (name: string) => date(name, { mode: 'string' });
const cents = (name: string) => bigint(name, { mode: 'number' });

export const FAULT_TICKET_STATES = [
  'acknowledged',
  'in-progress',
  'waiting-on-customer',
  'resolved',
  'closed',
] as const;
export type FaultTicketState = (typeof FAULT_TICKET_STATES)[number];

/** vn:6.4.1, 6.4.4, 6.4.8: why a ticket was closed. */
export const FAULT_CLOSURE_REASONS = [
  'repaired',
  'not-reproducible',
  'customer-modified',
  'customer-caused',
  'maintenance',
  'routed-to-provider',
] as const;
export type FaultClosureReason = (typeof FAULT_CLOSURE_REASONS)[number];

/** vn:6.4.11–6.4.12: how a report came in, at any hour. */
export const FAULT_CHANNELS = [
  'api',
  'back-office',
  'customer-portal',
  'provider-api',
  'phone',
  'email',
] as const;
export type FaultChannel = (typeof FAULT_CHANNELS)[number];

/** A physical fiber break runs the vn:6.4.10 clock; any other fault is handled without one. */
export const FAULT_KINDS = ['fiber-break', 'other'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What vn:6.4.9 asks a report to hold, as received. */
export interface FaultReportText {
  readonly reporterName: string;
  readonly customerName: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
  readonly description: string;
  readonly phoneOfficeHours: string;
  readonly phoneOutsideOfficeHours: string;
  readonly endPointA: string;
  readonly endPointB: string;
}

export const faultTicketNumbers = pgSequence('fault_ticket_numbers');

/** A fault ticket (vn:6.4): the report, its SLA clock (vn:6.4.10) and where it stands. */
export const faultTickets = pgTable(
  'fault_tickets',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'FLT-' || nextval('fault_ticket_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    serviceId: text('service_id').references(() => networkServices.id),
    linkId: text('link_id').references(() => links.id),
    /** The broken cable of a fiber break: its fiber count picks the repair times. */
    cableId: text('cable_id').references(() => cables.id),
    /** A third-party service's provider: the fault is routed there (vn:6.4.3, vn:2.5). */
    providerId: text('provider_id').references(() => providers.id),
    kind: text('kind').$type<FaultKind>().notNull(),
    channel: text('channel').$type<FaultChannel>().notNull(),
    report: jsonb('report').$type<FaultReportText>().notNull(),
    /** The first report: the clock's start (vn:6.4.10). */
    reportedAt: stamp('reported_at').notNull(),
    reportedBy: text('reported_by').notNull(),
    state: text('state').$type<FaultTicketState>().notNull(),
    definitiveRepair: boolean('definitive_repair').notNull().default(false),
    fiberCount: integer('fiber_count'),
    averageBy: stamp('average_by'),
    maximumBy: stamp('maximum_by'),
    /** A fault inside planned maintenance (vn:2.1.3, 2.2.5) runs no SLA clock. */
    maintenanceWindowId: text('maintenance_window_id').references(() => maintenanceWindows.id),
    routedAt: stamp('routed_at'),
    warnedAt: stamp('warned_at'),
    breachedAt: stamp('breached_at'),
    /** The formal repair report: where the clock stops. */
    repairReportedAt: stamp('repair_reported_at'),
    closedAt: stamp('closed_at'),
    closureReason: text('closure_reason').$type<FaultClosureReason>(),
    /** Customer-caused repairs (vn:6.4.8): the hours charged, and the usage record that bills them. */
    chargeableHours: numeric('chargeable_hours', { precision: 8, scale: 2 }),
    chargeRecordId: text('charge_record_id'),
    createdAt: stamp('created_at').notNull(),
  },
  (table) => [
    index('fault_tickets_open_idx')
      .on(table.maximumBy)
      .where(sql`state not in ('resolved', 'closed')`),
    index('fault_tickets_seller_idx').on(table.sellerId, table.reportedAt),
    index('fault_tickets_customer_idx').on(table.customerId),
  ],
);

/** A ticket's history: every change, who made it and when. */
export const faultTicketEvents = pgTable(
  'fault_ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => faultTickets.id),
    /** `reported`, `state-changed`, `sla-warning`, `sla-breach`, `repair-reported`, `routed`, `closed`, `note`. */
    kind: text('kind').notNull(),
    state: text('state').$type<FaultTicketState>().notNull(),
    at: stamp('at').notNull(),
    by: text('by').notNull(),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('fault_ticket_events_ticket_idx').on(table.ticketId, table.id)],
);

export const MAINTENANCE_SCOPES = ['nap', 'cable', 'link'] as const;
export type MaintenanceScope = (typeof MAINTENANCE_SCOPES)[number];

export const maintenanceWindowNumbers = pgSequence('maintenance_window_numbers');

/** Planned maintenance on a NAP, a cable or a link (vn:2.1.3, vn:2.2.5). */
export const maintenanceWindows = pgTable(
  'maintenance_windows',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'MW-' || nextval('maintenance_window_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    scope: text('scope').$type<MaintenanceScope>().notNull(),
    /** The NAP, cable or link id the scope names. */
    scopeId: text('scope_id').notNull(),
    startsAt: stamp('starts_at').notNull(),
    endsAt: stamp('ends_at').notNull(),
    description: text('description').notNull(),
    plannedAt: stamp('planned_at').notNull(),
    plannedBy: text('planned_by').notNull(),
    notifiedAt: stamp('notified_at'),
    cancelledAt: stamp('cancelled_at'),
  },
  (table) => [
    index('maintenance_windows_scope_idx').on(table.scope, table.scopeId, table.startsAt),
    check('maintenance_windows_order', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

export const forceMajeureNumbers = pgSequence('force_majeure_numbers');

/** A force-majeure event (bit:6, vn:1.10): while it lasts the affected services are suspended. */
export const forceMajeureEvents = pgTable('force_majeure_events', {
  id: text('id')
    .primaryKey()
    .default(sql`'FM-' || nextval('force_majeure_numbers')`),
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  description: text('description').notNull(),
  startedOn: day('started_on').notNull(),
  /** Work before this day stays billable (bit:6.6, vn:1.10.3). */
  knownOn: day('known_on').notNull(),
  endedOn: day('ended_on'),
  declaredAt: stamp('declared_at').notNull(),
  declaredBy: text('declared_by').notNull(),
});

/** The services an event suspends, and how each came out of it. */
export const forceMajeureServices = pgTable(
  'force_majeure_services',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => forceMajeureEvents.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => networkServices.id),
    contractId: text('contract_id').references(() => contracts.id),
    /** The contract ended under the event's rights (bit:6.4, bit:6.5, vn:1.10.4). */
    endedOn: day('ended_on'),
    endedBy: text('ended_by', { enum: ['customer', 'seller'] }),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.serviceId] })],
);

/** vn:4.1.2 a–j: what the use breaches. */
export const ABUSE_CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type AbuseCategory = (typeof ABUSE_CATEGORIES)[number];
/** vn:4.1.4: a legal order, a third party's notice, or our own detection. */
export const ABUSE_SOURCES = ['legal-order', 'third-party-notice', 'own-detection'] as const;
export type AbuseSource = (typeof ABUSE_SOURCES)[number];
export const ABUSE_MEASURES = ['block', 'filter', 'suspend'] as const;
export type AbuseMeasure = (typeof ABUSE_MEASURES)[number];
export const ABUSE_CASE_STATES = ['open', 'measured', 'complied', 'escalated', 'closed'] as const;
export type AbuseCaseState = (typeof ABUSE_CASE_STATES)[number];

export const abuseCaseNumbers = pgSequence('abuse_case_numbers');

/** An abuse or fair-use case (vn:4.1, bit:12.4). */
export const abuseCases = pgTable(
  'abuse_cases',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'AB-' || nextval('abuse_case_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    serviceId: text('service_id').references(() => networkServices.id),
    contractId: text('contract_id').references(() => contracts.id),
    category: text('category').$type<AbuseCategory>().notNull(),
    source: text('source').$type<AbuseSource>().notNull(),
    evidence: text('evidence').notNull(),
    state: text('state').$type<AbuseCaseState>().notNull(),
    openedAt: stamp('opened_at').notNull(),
    openedBy: text('opened_by').notNull(),
    /** `dissolve` (vn:4.1.6) or `terminate` (bit:12.4). */
    escalation: text('escalation', { enum: ['dissolve', 'terminate'] }),
    escalatedOn: day('escalated_on'),
    closedAt: stamp('closed_at'),
  },
  (table) => [index('abuse_cases_customer_idx').on(table.customerId)],
);

/** A measure taken on a case: in force from `startedAt` until lifted. */
export const abuseMeasures = pgTable(
  'abuse_measures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => abuseCases.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => networkServices.id),
    measure: text('measure').$type<AbuseMeasure>().notNull(),
    startedAt: stamp('started_at').notNull(),
    startedBy: text('started_by').notNull(),
    liftedAt: stamp('lifted_at'),
    liftedBy: text('lifted_by'),
  },
  (table) => [index('abuse_measures_case_idx').on(table.caseId)],
);

export const LIABILITY_DAMAGE_KINDS = ['direct', 'indirect', 'death-or-injury'] as const;
export type LiabilityDamageKind = (typeof LIABILITY_DAMAGE_KINDS)[number];
export const CLAIM_NOTIFICATION_MEANS = ['registered-letter', 'letter', 'email', 'phone', 'other'] as const;
export type ClaimNotificationMeans = (typeof CLAIM_NOTIFICATION_MEANS)[number];

export const liabilityClaimNumbers = pgSequence('liability_claim_numbers');

/** A liability claim as notified (bit:8.6, vn:1.8); its cap is computed from the terms when read. */
export const liabilityClaims = pgTable(
  'liability_claims',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'LC-' || nextval('liability_claim_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    damageKind: text('damage_kind').$type<LiabilityDamageKind>().notNull(),
    claimedCents: cents('claimed_cents').notNull(),
    damageOn: day('damage_on').notNull(),
    notifiedOn: day('notified_on').notNull(),
    notifiedBy: text('notified_by').$type<ClaimNotificationMeans>().notNull(),
    description: text('description').notNull(),
    recordedAt: stamp('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [index('liability_claims_customer_idx').on(table.customerId)],
);
