import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { AnyColumn, SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../database/index.ts';

/**
 * An outbox table (provisioning jobs, messages): its rows have an id, a state (`pending` until
 * delivered or `failed`), the attempts made, when to try next and the last error. Drizzle's `set`
 * takes the table's own property names, so the columns are found by these names.
 */
export type OutboxTable = PgTable & {
  id: PgColumn;
  state: PgColumn;
  attempts: PgColumn;
  nextAttemptAt: PgColumn;
  lastError: PgColumn;
};

/**
 * Claims up to `limit` due pending rows of `table`, in the order `orderBy` gives, and leases them
 * until `leaseUntil`, in one short transaction: rows another runner is claiming are skipped (SKIP
 * LOCKED), rows it has claimed are no longer due. Answers the rows as they were before the lease.
 * See drain-outbox.ts.
 */
export async function claimDue<T extends OutboxTable>(
  db: Db,
  table: T,
  orderBy: readonly (AnyColumn | SQLWrapper)[],
  limit: number,
  now: Temporal.Instant,
  leaseUntil: Temporal.Instant,
): Promise<T['$inferSelect'][]> {
  return db.transaction(async (tx) => {
    const due: T['$inferSelect'][] = await tx
      .select()
      .from(table as PgTable) // a generic table defeats drizzle's check for a data-modifying subquery
      .where(and(eq(table.state, 'pending'), lte(table.nextAttemptAt, now.toString())))
      .orderBy(...orderBy.map((column) => asc(column)))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(table)
        .set({ nextAttemptAt: leaseUntil.toString() } as PgUpdateSetSource<T>)
        .where(
          inArray(
            table.id,
            due.map((row) => row.id),
          ),
        );
    }
    return due;
  });
}
