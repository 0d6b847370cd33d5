import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { customers } from '../customers/schema.ts';
import { providers } from '../providers/schema.ts';
import { sellers } from '../sellers/schema.ts';

export const userNumbers = pgSequence('user_numbers');
export const userTokenNumbers = pgSequence('user_token_numbers');

/**
 * People who sign in (issue 8): operator staff (admin, billing, noc, sales; optionally limited to one
 * seller), a provider's staff (provider_id) and a customer's contacts (customer_id). The e-mail
 * address is kept lower-cased and is unique. Only a scrypt hash of the password is kept.
 */
export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'U-' || nextval('user_numbers')`),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'billing', 'noc', 'sales', 'provider', 'customer'] }).notNull(),
    sellerId: text('seller_id').references(() => sellers.id),
    providerId: text('provider_id').references(() => providers.id),
    customerId: text('customer_id').references(() => customers.id),
    language: text('language', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    /** `scrypt$N$r$p$salt$hash`; null until a password is set (such a user cannot sign in). */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [uniqueIndex('users_email_key').on(table.email)],
);

/**
 * Signed-in sessions. The id is the SHA-256 of the cookie's token (256 random bits), so a copy of
 * the table signs nobody in.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('user_sessions_user_idx').on(table.userId)],
);

/** A user's API tokens (`vzu_…`) for machines; only the SHA-256 of the token is kept. */
export const userApiTokens = pgTable(
  'user_api_tokens',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'UT-' || nextval('user_token_numbers')`),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** The token's first characters, so a person can tell tokens apart in a list. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [index('user_api_tokens_user_idx').on(table.userId)],
);

/** Every sign-in attempt, for rate limiting across processes. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (table) => [
    index('sign_in_attempts_email_idx').on(table.email, table.at),
    index('sign_in_attempts_ip_idx').on(table.ip, table.at),
  ],
);
