import { sql } from 'drizzle-orm';
import { customers } from '../customers/schema.ts';
import { sellers } from '../sellers/schema.ts';
import type { OfferTerms } from './rules/offer-terms.ts';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/*
 * Contracts keep facts only: what was offered, ordered, agreed and said, with the dates it happened.
 * Every derived date (formation, term ends, notice deadline, effective end) is computed from these
 * by the rules, never stored as a copy that could drift from them.
 */

export const quoteNumbers = pgSequence('quote_numbers');
export const orderNumbers = pgSequence('order_numbers');
export const contractNumbers = pgSequence('contract_numbers');

const offerColumns = {
  /** The seller that offers, and invoices (issue 5) under its series. */
  sellerId: text('seller_id')
    .notNull()
    .references(() => sellers.id),
  profileId: text('profile_id').notNull(),
  customerId: text('customer_id')
    .notNull()
    .references(() => customers.id),
  // The kind at the time decides the consumer protections (nl:6:236j, nl:bik).
  customerKind: text('customer_kind', { enum: ['business', 'consumer'] }).notNull(),
  terms: jsonb('terms').$type<OfferTerms>().notNull(),
};

export const quotes = pgTable('quotes', {
  id: text('id')
    .primaryKey()
    .default(sql`'Q-' || nextval('quote_numbers')`),
  ...offerColumns,
  binding: boolean('binding').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  withdrawnOn: date('withdrawn_on', { mode: 'string' }),
});

export const orders = pgTable('orders', {
  id: text('id')
    .primaryKey()
    .default(sql`'O-' || nextval('order_numbers')`),
  quoteId: text('quote_id').references(() => quotes.id),
  ...offerColumns,
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  // vn:1.5.2: the signed form, when the profile asks for one.
  signedFormOn: date('signed_form_on', { mode: 'string' }),
  refusedOn: date('refused_on', { mode: 'string' }),
  refusalReason: text('refusal_reason'),
  confirmedOn: date('confirmed_on', { mode: 'string' }),
  executionStartedOn: date('execution_started_on', { mode: 'string' }),
  acceptedOn: date('accepted_on', { mode: 'string' }),
  activatedOn: date('activated_on', { mode: 'string' }),
});

/**
 * A formed contract. Its dates (formation, start, terms) follow from its order's facts and its own
 * events; only the current holder is kept here, for finding a customer's contracts.
 */
export const contracts = pgTable(
  'contracts',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'C-' || nextval('contract_numbers')`),
    orderId: text('order_id')
      .notNull()
      .unique()
      .references(() => orders.id),
    // Changes only with a recorded transfer (vn:1.9.1), in the same transaction as its event.
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('contracts_customer_idx').on(table.customerId)],
);

/** What happened to a contract after it was formed, in order: notices, endings, transfers, deviations. */
export const contractEvents = pgTable(
  'contract_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [index('contract_events_contract_idx').on(table.contractId, table.id)],
);

/**
 * A cache of each contract's home-page dates (rules/contract-dates.ts), never a source of truth: a
 * row read on a day in [computed_for, valid_until) holds what the timeline gives that day. Every
 * contract has a row (a trigger adds it, stale); adding an event, recording an order fact or adding
 * a terms version marks rows stale (computed_for null) and bumps `generation`, so a refresh that read
 * the facts before the change cannot write over it (migration 0017).
 */
export const contractDates = pgTable(
  'contract_dates',
  {
    contractId: text('contract_id')
      .primaryKey()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    sellerId: text('seller_id').notNull(),
    status: text('status', { enum: ['forming', 'formed', 'running', 'ending', 'ended'] }),
    noticeDeadline: date('notice_deadline', { mode: 'string' }),
    renewalOn: date('renewal_on', { mode: 'string' }),
    effectiveEnd: date('effective_end', { mode: 'string' }),
    /** The day the dates were computed for; null: stale, to be computed. */
    computedFor: date('computed_for', { mode: 'string' }),
    /** Exclusive; null: no later day changes them. */
    validUntil: date('valid_until', { mode: 'string' }),
    generation: bigint('generation', { mode: 'number' }).notNull().default(0),
  },
  (table) => [
    index('contract_dates_notice_idx')
      .on(table.noticeDeadline, table.sellerId)
      .where(sql`notice_deadline IS NOT NULL`),
    index('contract_dates_renewal_idx')
      .on(table.renewalOn, table.sellerId)
      .where(sql`renewal_on IS NOT NULL`),
    index('contract_dates_end_idx')
      .on(table.effectiveEnd, table.sellerId)
      .where(sql`effective_end IS NOT NULL`),
    index('contract_dates_stale_idx')
      .on(table.contractId)
      .where(sql`computed_for IS NULL`),
    index('contract_dates_valid_until_idx').on(table.validUntil),
    index('contract_dates_computed_for_idx').on(table.computedFor),
  ],
);
