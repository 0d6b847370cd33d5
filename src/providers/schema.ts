import { sql } from 'drizzle-orm';
import { date, index, pgSequence, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const providerNumbers = pgSequence('provider_numbers');
export const providerTokenNumbers = pgSequence('provider_token_numbers');

/**
 * Third-party providers the operator admitted to its open network (vn:3.1): they order services for
 * their end users (vn:2.3.3) and run the helpdesk for them.
 */
export const providers = pgTable('providers', {
  id: text('id')
    .primaryKey()
    .default(sql`'TP-' || nextval('provider_numbers')`),
  name: text('name').notNull(),
  kvkNumber: text('kvk_number'),
  /** Where messages about its orders go by e-mail. */
  email: text('email').notNull(),
  // vn:2.3.3: support questions of its end users go to the provider's helpdesk.
  helpdeskPhone: text('helpdesk_phone'),
  helpdeskEmail: text('helpdesk_email'),
  /** Signed webhooks about its orders go here, when set. */
  webhookUrl: text('webhook_url'),
  webhookSecret: text('webhook_secret'),
  admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
  suspendedOn: date('suspended_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * API tokens of a provider's systems. Only a SHA-256 hash is kept: a token is 256 random bits, so a
 * slow hash adds nothing, and the plain token is shown once, when it is made.
 */
export const providerTokens = pgTable(
  'provider_tokens',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'TK-' || nextval('provider_token_numbers')`),
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [index('provider_tokens_provider_idx').on(table.providerId)],
);
