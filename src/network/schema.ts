import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from '../catalog/schema.ts';
import { contracts } from '../contracts/schema.ts';
import { customers } from '../customers/schema.ts';
import { providers } from '../providers/schema.ts';
import { bytea } from '../platform/database/bytea.ts';
import type { Address } from '../shared/identifiers/index.ts';
import type {
  CpeOwnership,
  CpeState,
  NapState,
  NetworkOrderKind,
  NetworkOrderState,
  NetworkServiceState,
  ProvisioningJobState,
} from './rules/index.ts';

/*
 * The network as the source of truth (NetBox's model): premises, the termination points on their
 * fiber cables, the switches at them, the links between them and the services they carry.
 */

export const premisesNumbers = pgSequence('premises_numbers');
export const napNumbers = pgSequence('nap_numbers');
export const cpeNumbers = pgSequence('cpe_numbers');
export const linkNumbers = pgSequence('link_numbers');
export const networkOrderNumbers = pgSequence('network_order_numbers');
export const serviceNumbers = pgSequence('network_service_numbers');

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull();

export const premises = pgTable('premises', {
  id: text('id')
    .primaryKey()
    .default(sql`'PR-' || nextval('premises_numbers')`),
  address: jsonb('address').$type<Address>().notNull(),
  /** The customer at the address, when known. */
  customerId: text('customer_id').references(() => customers.id),
  createdAt: createdAt(),
});

/** A fiber cable; its fiber count picks the repair times of the SLA table (vn:6.4.10). */
export const cables = pgTable(
  'cables',
  {
    /** The operator's own cable name. */
    id: text('id').primaryKey(),
    fiberCount: integer('fiber_count').notNull(),
    description: text('description'),
    createdAt: createdAt(),
  },
  (table) => [check('cables_fiber_count_check', sql`${table.fiberCount} IN (12, 24, 48, 96, 144, 192)`)],
);

/** A network termination point (NAP, vn:1.2): where a premises is connected to a cable. */
export const naps = pgTable(
  'naps',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'NAP-' || nextval('nap_numbers')`),
    premisesId: text('premises_id')
      .notNull()
      .references(() => premises.id),
    cableId: text('cable_id')
      .notNull()
      .references(() => cables.id),
    /** The fiber of the cable it uses, when recorded. */
    fiber: integer('fiber'),
    state: text('state').$type<NapState>().notNull(),
    activatedOn: date('activated_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('naps_cable_fiber_key')
      .on(table.cableId, table.fiber)
      .where(sql`fiber IS NOT NULL AND state <> 'removed'`),
    index('naps_premises_idx').on(table.premisesId),
  ],
);

/**
 * A switch (CPE). Being at one premises at a time is the shape of the row: one `premises_id`, set
 * only by installation while the device is in stock.
 */
export const cpeDevices = pgTable(
  'cpe_devices',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'CPE-' || nextval('cpe_numbers')`),
    serialNumber: text('serial_number').notNull().unique(),
    model: text('model').notNull(),
    ports: integer('ports').notNull(),
    // vn:2.1.10: the ownership sticker may not be removed; its code is checked on return.
    sticker: text('sticker').notNull(),
    state: text('state').$type<CpeState>().notNull(),
    ownership: text('ownership').$type<CpeOwnership>(),
    // vn:2.1.8, vn:7.2.1: the deposit asked for a lent or rented switch.
    depositCents: integer('deposit_cents').notNull().default(0),
    customerId: text('customer_id').references(() => customers.id),
    contractId: text('contract_id').references(() => contracts.id),
    premisesId: text('premises_id').references(() => premises.id),
    installedOn: date('installed_on', { mode: 'string' }),
    returnDueOn: date('return_due_on', { mode: 'string' }),
    returnRemindersSent: integer('return_reminders_sent').notNull().default(0),
    returnedOn: date('returned_on', { mode: 'string' }),
    /** vn:7.2.4: the share of the deposit forfeited for damage or loss, as a decimal 0..1. */
    damageShare: text('damage_share'),
    /** The deposit settlement of vn:7.2.2-7.2.4 with its explanation, once made. */
    depositSettlement: jsonb('deposit_settlement').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [index('cpe_devices_premises_idx').on(table.premisesId)],
);

/** The network's VLAN range for service VLANs on links. */
export const vlanPools = pgTable('vlan_pools', {
  id: text('id').primaryKey(),
  first: integer('first').notNull(),
  last: integer('last').notNull(),
});

/** A link (Koppeling, vn:1.2.15, vn:2.2) from a NAP to another NAP or to an external hand-off. */
export const links = pgTable(
  'links',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'L-' || nextval('link_numbers')`),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    aNapId: text('a_nap_id')
      .notNull()
      .references(() => naps.id),
    zNapId: text('z_nap_id').references(() => naps.id),
    zHandoff: text('z_handoff'),
    bandwidthMbps: integer('bandwidth_mbps').notNull(),
    poolId: text('pool_id')
      .notNull()
      .references(() => vlanPools.id),
    vlan: integer('vlan').notNull(),
    contractId: text('contract_id').references(() => contracts.id),
    createdAt: createdAt(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (table) => [
    // No two links carry the same service VLAN at once: a race between two orders ends here.
    uniqueIndex('links_pool_vlan_key')
      .on(table.poolId, table.vlan)
      .where(sql`ended_on IS NULL`),
    check('links_one_z_end', sql`(${table.zNapId} IS NULL) <> (${table.zHandoff} IS NULL)`),
  ],
);

/**
 * An order on the open network (TMF622 ProductOrder): a provider's order for an end user (vn:2.3.3)
 * or the operator's own (vn:2.4). The facts of each step are columns; the history is in its events.
 */
export const networkOrders = pgTable(
  'network_orders',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'NO-' || nextval('network_order_numbers')`),
    kind: text('kind').$type<NetworkOrderKind>().notNull(),
    /** Null for the operator's own orders. */
    providerId: text('provider_id').references(() => providers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    productId: text('product_id').references(() => products.id),
    napId: text('nap_id').references(() => naps.id),
    /** What a link or CPE order asks for (ends, bandwidth, device). */
    spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
    // vn:2.3.3: the operator's form, completed and signed by the end user.
    signedForm: jsonb('signed_form').$type<Record<string, unknown>>(),
    requestedOn: date('requested_on', { mode: 'string' }),
    state: text('state').$type<NetworkOrderState>().notNull(),
    rejectionReason: text('rejection_reason'),
    plannedOn: date('planned_on', { mode: 'string' }),
    releasedOn: date('released_on', { mode: 'string' }),
    activatedOn: date('activated_on', { mode: 'string' }),
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    // vn:2.1.4, vn:2.2.6, vn:6.2.1: the right of use starts once these are paid, or waived.
    firstInvoicePaidOn: date('first_invoice_paid_on', { mode: 'string' }),
    oneTimeChargesPaidOn: date('one_time_charges_paid_on', { mode: 'string' }),
    activationWaiver: jsonb('activation_waiver').$type<{ by: string; on: string; reason: string }>(),
    contractId: text('contract_id').references(() => contracts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [
    index('network_orders_provider_idx').on(table.providerId, table.id),
    index('network_orders_customer_idx').on(table.customerId),
  ],
);

/**
 * vn:2.3.3: the signed order form's file, as the provider sent it with the order: a PDF, PNG or
 * JPEG; its SHA-256 computed on arrival. One per order; the order's `signed_form` says who signed it.
 */
export const networkOrderForms = pgTable('network_order_forms', {
  orderId: text('order_id')
    .primaryKey()
    .references(() => networkOrders.id),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  storedAt: timestamp('stored_at', { withTimezone: true, mode: 'string' }).notNull(),
  storedBy: text('stored_by').notNull(),
});

/** Every step of a network order, in order: the history a provider and the NOC see. */
export const networkOrderEvents = pgTable(
  'network_order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => networkOrders.id),
    kind: text('kind').notNull(),
    state: text('state').$type<NetworkOrderState>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    by: text('by').notNull(),
  },
  (table) => [index('network_order_events_order_idx').on(table.orderId, table.id)],
);

/** What the network carries for a customer: made by a network order, closed when its contract ends. */
export const networkServices = pgTable(
  'network_services',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'S-' || nextval('network_service_numbers')`),
    orderId: text('order_id')
      .notNull()
      .unique()
      .references(() => networkOrders.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    providerId: text('provider_id').references(() => providers.id),
    napId: text('nap_id').references(() => naps.id),
    linkId: text('link_id').references(() => links.id),
    cpeId: text('cpe_id').references(() => cpeDevices.id),
    contractId: text('contract_id').references(() => contracts.id),
    state: text('state').$type<NetworkServiceState>().notNull(),
    openedOn: date('opened_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (table) => [
    index('network_services_customer_idx').on(table.customerId),
    index('network_services_contract_idx').on(table.contractId),
  ],
);

/**
 * The provisioning outbox: each change the network must carry, written in the transaction that
 * decided it, and delivered to the operator's network automation as a signed webhook afterwards.
 * The id is the idempotency key the automation dedupes by.
 */
export const provisioningJobs = pgTable(
  'provisioning_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order the jobs were queued in: the network must apply them in that order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** What it is about: `service:S-1`, `link:L-4`. */
    subject: text('subject').notNull(),
    action: text('action').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    state: text('state').$type<ProvisioningJobState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'string' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }),
    confirmedBy: text('confirmed_by'),
  },
  (table) => [
    index('provisioning_jobs_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`state = 'pending'`),
    index('provisioning_jobs_subject_idx').on(table.subject),
  ],
);

/**
 * A hold on a service besides non-payment: an abuse measure (vn:4.1.4) or a force-majeure suspension
 * (bit:6.3, vn:1.10.2). The service goes back to `resumesTo` only when its last hold is lifted, and a
 * payment that ends a non-payment suspension leaves a held service as it is.
 */
export const serviceHolds = pgTable(
  'service_holds',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serviceId: text('service_id')
      .notNull()
      .references(() => networkServices.id),
    reason: text('reason', { enum: ['abuse', 'force-majeure'] }).notNull(),
    /** `block`, `filter` (the service stays up, traffic is stopped or filtered) or `suspend`. */
    measure: text('measure', { enum: ['block', 'filter', 'suspend'] }).notNull(),
    /** The case or event that holds it: `AB-3`, `FM-1`. */
    reference: text('reference').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true, mode: 'string' }),
    /** The state to go back to when no hold is left: `suspended` when non-payment also holds it. */
    resumesTo: text('resumes_to').$type<NetworkServiceState>().notNull(),
  },
  (table) => [
    index('service_holds_active_idx')
      .on(table.serviceId)
      .where(sql`lifted_at is null`),
  ],
);
