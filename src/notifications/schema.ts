import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgSequence, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MessageChannel, MessageState } from './rules/message-states.ts';

export const messageNumbers = pgSequence('message_numbers');

/**
 * The messages the terms call for (planned date, release, price change, CPE return reminder, …): an
 * outbox written in the transaction that decided them, then sent by e-mail or as a signed webhook.
 * Kept after sending, for the customer's timeline.
 */
export const messages = pgTable(
  'messages',
  {
    id: text('id')
      .primaryKey()
      .default(sql`'M-' || nextval('message_numbers')`),
    kind: text('kind').notNull(),
    channel: text('channel').$type<MessageChannel>().notNull(),
    customerId: text('customer_id'),
    providerId: text('provider_id'),
    /** What it is about: `network-order:NO-3`, `product:P-2`, `cpe:CPE-7`. */
    about: text('about').notNull(),
    /** The e-mail address or webhook URL. */
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The JSON a webhook carries. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** The rule ids that call for the message. */
    because: text('because').array().notNull(),
    state: text('state').$type<MessageState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'string' }).notNull(),
    lastError: text('last_error'),
    /** Where the `.eml` copy was written when no SMTP server is configured. */
    emlFile: text('eml_file'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
  },
  (table) => [
    index('messages_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`state = 'pending'`),
    index('messages_customer_idx').on(table.customerId, table.createdAt),
    index('messages_provider_idx').on(table.providerId, table.createdAt),
  ],
);
