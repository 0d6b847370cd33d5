import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Address } from '../shared/identifiers/index.ts';

/**
 * The companies that sell: each invoices under its own terms profile, VAT id and number series. The
 * two shipped sellers are inserted by migration 0005; an operator adds its own.
 */
export const sellers = pgTable('sellers', {
  /** A short slug (`bit`, `vitrumnet`), used in invoice numbers and URLs. */
  id: text('id').primaryKey(),
  legalName: text('legal_name').notNull(),
  /** The terms profile its new contracts are made under. */
  profileId: text('profile_id').notNull(),
  kvkNumber: text('kvk_number').notNull(),
  vatId: text('vat_id').notNull(),
  iban: text('iban').notNull(),
  bic: text('bic'),
  /** The SEPA creditor identifier its direct debits are collected under (e.g. NL98ZZZ…); null: none. */
  creditorId: text('creditor_id'),
  address: jsonb('address').$type<Address>().notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  /** Invoice numbers are `<series>-<year>-<n>` (art. 35a Wet OB: consecutive, unique). */
  invoiceSeries: text('invoice_series').notNull().unique(),
  /** Credit notes in a series of their own, or in the invoice series when null. */
  creditNoteSeries: text('credit_note_series').unique(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  createdBy: text('created_by').notNull(),
});
