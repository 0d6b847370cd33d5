import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The first answer to each `Idempotency-Key` of an API write, per caller: a retry with the same key
 * and the same request gets it again instead of doing the write twice.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Whose key: `operator`, or `provider:PRV-1` for a provider's token. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key for another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    /** `in-flight` while the first request runs; `done` with its answer after. */
    state: text('state', { enum: ['in-flight', 'done'] }).notNull(),
    statusCode: integer('status_code'),
    contentType: text('content_type'),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.key] }),
    index('idempotency_keys_created_idx').on(table.createdAt),
  ],
);
