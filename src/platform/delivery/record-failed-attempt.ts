import { and, eq } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../database/index.ts';
import type { OutboxTable } from './claim-due.ts';
import type { FailedAttempt } from './drain-outbox.ts';

/**
 * A failed attempt on an outbox row: try again at `nextAttemptAt`, or `failed` when it is null.
 * Guarded on the attempts the row was claimed with, so a stale runner cannot overwrite a newer
 * outcome. Answers whether the row changed.
 */
export async function recordFailedAttempt<T extends OutboxTable>(
  db: Db,
  table: T,
  id: string,
  claimedAttempts: number,
  failure: FailedAttempt,
): Promise<boolean> {
  const change = {
    attempts: failure.attempts,
    lastError: failure.error,
    ...(failure.nextAttemptAt ? { nextAttemptAt: failure.nextAttemptAt.toString() } : { state: 'failed' }),
  };
  const rows = await db
    .update(table)
    .set(change as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.state, 'pending'), eq(table.attempts, claimedAttempts)))
    .returning({ id: table.id });
  return rows.length > 0;
}
