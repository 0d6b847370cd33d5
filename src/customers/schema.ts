import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Address } from '../shared/identifiers/index.ts';

export const customerNumbers = pgSequence('customer_numbers');

/**
 * A customer of any seller. The KvK number and VAT id are unique among customers (duplicate
 * detection is enforced by the store, so two clerks entering the same company at once cannot both
 * succeed); a branch is a delivery address or contact of the same customer.
 */
export const customers = pgTable(
  'customers',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'CU-' || nextval('customer_numbers')`),
    // vn:2.1.1-2.1.2: business use unless agreed; consumers get the protections of Dutch law.
    kind: text('kind', { enum: ['business', 'consumer'] }).notNull(),
    legalName: text('legal_name').notNull(),
    kvkNumber: text('kvk_number'),
    vatId: text('vat_id'),
    iban: text('iban'),
    /** Where invoices and letters go. */
    email: text('email').notNull(),
    /** The language of the customer's invoices and letters. */
    language: text('language', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    billingAddress: jsonb('billing_address').$type<Address>().notNull(),
    deliveryAddress: jsonb('delivery_address').$type<Address>(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (table) => [
    uniqueIndex('customers_kvk_number_key')
      .on(table.kvkNumber)
      .where(sql`kvk_number IS NOT NULL`),
    uniqueIndex('customers_vat_id_key')
      .on(table.vatId)
      .where(sql`vat_id IS NOT NULL`),
    // Sorting by name; searching a part of it uses the trigram index of migration 0014 (with pg_trgm).
    index('customers_legal_name_idx').on(table.legalName),
    // The list's order by name (case-insensitive, then id), both ways: a page without reading them all.
    index('customers_name_sort_idx').on(sql`lower(${table.legalName})`, table.id),
  ],
);

export const CONTACT_ROLES = ['primary', 'billing', 'technical', 'fault', 'commercial'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** The people of a customer, by role; `fault` contacts answer for vn:6.4.9 fault reports. */
export const customerContacts = pgTable(
  'customer_contacts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    roles: text('roles').array().$type<ContactRole[]>().notNull(),
    email: text('email'),
    // vn:6.4.9: a phone number in and one outside office hours.
    phoneOfficeHours: text('phone_office_hours'),
    phoneOutsideOfficeHours: text('phone_outside_office_hours'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('customer_contacts_customer_idx').on(table.customerId)],
);
