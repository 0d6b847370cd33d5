import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
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
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { VatCategory } from '../catalog/rules/index.ts';
import { customers } from '../customers/schema.ts';
import { sellers } from '../sellers/schema.ts';
import type { InvoiceParty, VatSubtotalRow } from './rules/invoice-parties.ts';

export const chargeNumbers = pgSequence('charge_numbers');

/**
 * One-time charges raised by operations (removal on ending vn:1.6.8, a forfeited deposit, repair
 * hours), waiting for the next bill run of their seller to put them on an invoice.
 */
export const pendingCharges = pgTable(
  'pending_charges',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'CH-' || nextval('charge_numbers')`),
    sellerId: text('seller_id').notNull(),
    customerId: text('customer_id').notNull(),
    contractId: text('contract_id'),
    productId: text('product_id'),
    description: text('description').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    vatCategory: text('vat_category').$type<VatCategory>().notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    /** The rule ids that raise it. */
    because: text('because').array().notNull(),
    /** A natural key, so raising the same charge twice (a retried ending) adds nothing. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    invoiceId: text('invoice_id'),
  },
  (table) => [index('pending_charges_open_idx').on(table.sellerId, table.customerId)],
);

export const subscriptionNumbers = pgSequence('subscription_numbers');

/**
 * What the bill run bills in advance (bit:11.1, bit:11.2, vn:7.1.3, vn:7.1.5): one recurring fee of a
 * contract, with the days it runs. The contracts and network contexts keep it in step with their
 * facts; the bill run reads nothing else (the "billing events" of the design notes).
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'SUB-' || nextval('subscription_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    contractId: text('contract_id'),
    /** When set, the product's dated prices apply from their dates (bit:5.2, vn:7.4). */
    productId: text('product_id'),
    description: text('description').notNull(),
    /** The calendar period billed in advance: quarter (bit:11.1, vn:7.1.5) or year (bit:11.2). */
    cadence: text('cadence', { enum: ['quarter', 'year'] }).notNull(),
    /** How a partial period is charged: by days, or in full (bit:11.2 domains). */
    proration: text('proration', { enum: ['days', 'none'] }).notNull(),
    /** The agreed fee per period, excl. VAT: the price where the product lists none. */
    priceCents: bigint('price_cents', { mode: 'number' }).notNull(),
    vatCategory: text('vat_category').$type<VatCategory>().notNull(),
    /** The first day billed: the day the service is made available (vn:7.1.3) or the start. */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The last day of service, inclusive; null while it runs. */
    endsOn: date('ends_on', { mode: 'string' }),
    /** The last day an invoice (draft or issued) covers; null before the first. */
    billedThrough: date('billed_through', { mode: 'string' }),
    because: text('because').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [
    index('subscriptions_seller_customer_idx').on(table.sellerId, table.customerId),
    uniqueIndex('subscriptions_contract_product_key')
      .on(table.contractId, table.productId)
      .where(sql`contract_id IS NOT NULL`),
  ],
);

/**
 * Usage in arrears (vn:7.1.4): traffic, power, hours of work (bit:5.1), chargeable repairs
 * (vn:6.4.8), 95th-percentile bandwidth. `recordId` is the sender's own key: a replayed batch adds
 * nothing.
 */
export const usageRecords = pgTable(
  'usage_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    recordId: text('record_id').notNull(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    subscriptionId: text('subscription_id'),
    /** The usage product whose price per unit rates the record. */
    productId: text('product_id').notNull(),
    quantity: numeric('quantity', { precision: 20, scale: 6 }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    description: text('description'),
    because: text('because').array().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    invoiceId: text('invoice_id'),
  },
  (table) => [
    unique('usage_records_seller_record_key').on(table.sellerId, table.recordId),
    index('usage_records_open_idx')
      .on(table.sellerId, table.customerId, table.occurredOn)
      .where(sql`invoice_id IS NULL`),
    // Usage per month on the dashboards, billed or not.
    index('usage_records_occurred_idx').on(table.occurredOn),
  ],
);

/**
 * A switch port whose 5-minute samples are billed by the 95th percentile: counters as the device
 * reports them (64-bit, unsigned), kept as numeric so 2^64 - 1 fits.
 */
export const meteredPorts = pgTable('metered_ports', {
  id: text('id').primaryKey(),
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  customerId: text('customer_id')
    .notNull()
    .references(() => customers.id),
  subscriptionId: text('subscription_id'),
  /** The usage product priced per Mbit/s of the 95th percentile. */
  productId: text('product_id').notNull(),
  description: text('description').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

export const portSamples = pgTable(
  'port_samples',
  {
    portId: text('port_id')
      .notNull()
      .references(() => meteredPorts.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    inOctets: numeric('in_octets', { precision: 20, scale: 0 }).notNull(),
    outOctets: numeric('out_octets', { precision: 20, scale: 0 }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.portId, table.at] })],
);

export const billRunNumbers = pgSequence('bill_run_numbers');

/**
 * A bill run of one seller for one calendar quarter: idempotent by (seller, period), so a rerun
 * finds the run and issues nothing new. It drafts, then issues, chunk by chunk.
 */
export const billRuns = pgTable(
  'bill_runs',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'BR-' || nextval('bill_run_numbers')`),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** "2027-Q1". */
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** The invoice date of what the run issues. */
    invoiceDate: date('invoice_date', { mode: 'string' }).notNull(),
    state: text('state', { enum: ['drafting', 'drafted', 'issuing', 'issued'] }).notNull(),
    chunks: integer('chunks').notNull(),
    customers: integer('customers').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    draftedAt: timestamp('drafted_at', { withTimezone: true, mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [unique('bill_runs_seller_period_key').on(table.sellerId, table.period)],
);

/**
 * A slice of a run's customers. A worker claims a chunk with FOR UPDATE SKIP LOCKED and does its
 * work in the same transaction: a worker that dies loses its transaction, and the chunk is free again.
 */
export const billRunChunks = pgTable(
  'bill_run_chunks',
  {
    runId: text('run_id')
      .notNull()
      .references(() => billRuns.id),
    chunk: integer('chunk').notNull(),
    customerIds: text('customer_ids').array().notNull(),
    draftedAt: timestamp('drafted_at', { withTimezone: true, mode: 'string' }),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }),
    invoices: integer('invoices'),
  },
  (table) => [primaryKey({ columns: [table.runId, table.chunk] })],
);

export const invoiceIds = pgSequence('invoice_ids');

/**
 * Invoices and credit notes. A draft may be changed or dropped; an issued one never changes
 * (nl:vat): its number, dates, parties (snapshots) and amounts are final, and corrections are credit
 * notes that name it.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'INV-' || nextval('invoice_ids')`),
    kind: text('kind', { enum: ['invoice', 'credit-note'] }).notNull(),
    state: text('state', { enum: ['draft', 'issued'] }).notNull(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    billRunId: text('bill_run_id'),
    /** The invoice a credit note corrects. */
    correctsId: text('corrects_id'),
    /** Assigned when issued: consecutive within the series (nl:vat, art. 35a Wet OB). */
    series: text('series'),
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    paymentTermDays: integer('payment_term_days').notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    language: text('language', { enum: ['nl', 'en'] }).notNull(),
    currency: text('currency').notNull().default('EUR'),
    seller: jsonb('seller').$type<InvoiceParty>().notNull(),
    customer: jsonb('customer').$type<InvoiceParty>().notNull(),
    reverseCharge: boolean('reverse_charge').notNull(),
    /** The mentions the law asks for (reverse charge wording), printed on the invoice. */
    notes: text('notes').array().notNull(),
    netCents: bigint('net_cents', { mode: 'number' }).notNull(),
    vatCents: bigint('vat_cents', { mode: 'number' }).notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    vatSubtotals: jsonb('vat_subtotals').$type<VatSubtotalRow[]>().notNull(),
    /** The structured reference the customer pays with (matched by issue 6). */
    paymentReference: text('payment_reference'),
    because: text('because').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }),
    issuedBy: text('issued_by'),
  },
  (table) => [
    unique('invoices_series_number_key').on(table.series, table.number),
    index('invoices_customer_idx').on(table.customerId),
    index('invoices_run_idx').on(table.billRunId),
    uniqueIndex('invoices_run_customer_key')
      .on(table.billRunId, table.customerId)
      .where(sql`bill_run_id IS NOT NULL`),
    // A credit note's invoice: what is still open on an invoice, the ageing of receivables.
    index('invoices_corrects_idx')
      .on(table.correctsId)
      .where(sql`corrects_id IS NOT NULL`),
    // The issued documents of a period: revenue per quarter on the dashboards.
    index('invoices_issued_on_idx')
      .on(table.issuedOn)
      .where(sql`state = 'issued'`),
    // The invoice list's default order, newest made first: a page without sorting every invoice.
    index('invoices_created_idx').on(table.createdAt, table.id),
  ],
);

/**
 * The lines of an invoice. `billingKey` names what a line bills (a subscription's days from a date,
 * a usage record, a pending charge) and is unique: nothing is billed twice, whatever runs.
 */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    source: text('source', { enum: ['recurring', 'credit', 'usage', 'charge', 'correction'] }).notNull(),
    contractId: text('contract_id'),
    subscriptionId: text('subscription_id'),
    productId: text('product_id'),
    description: text('description').notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    quantity: numeric('quantity', { precision: 20, scale: 6 }).notNull(),
    /** UN/ECE rec. 20 unit code: C62 one, DAY, HUR hour, KWH, GB gigabyte… */
    unitCode: text('unit_code').notNull(),
    unitPriceCents: numeric('unit_price_cents', { precision: 20, scale: 4 }).notNull(),
    netCents: bigint('net_cents', { mode: 'number' }).notNull(),
    vatCategory: text('vat_category').notNull(),
    vatPercent: numeric('vat_percent', { precision: 5, scale: 2 }).notNull(),
    because: text('because').array().notNull(),
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
    billingKey: text('billing_key').unique(),
  },
  (table) => [
    unique('invoice_lines_position_key').on(table.invoiceId, table.position),
    index('invoice_lines_subscription_idx').on(table.subscriptionId),
  ],
);

/**
 * The last number given in each series: the row is locked by the transaction that issues, so
 * numbers are consecutive and none is lost when that transaction rolls back (nl:vat).
 */
export const invoiceNumberSeries = pgTable('invoice_number_series', {
  series: text('series').primaryKey(),
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
});
