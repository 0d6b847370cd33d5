import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../database/index.ts';
import { idempotencyKeys } from './schema.ts';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

/** How long a key is remembered: a retry after that is a new request. */
export const KEY_RETENTION_HOURS = 24;

/**
 * Takes the key for a request that is about to run. Answers null when it is now this request's, or
 * the row of the earlier request that holds it. A key older than the retention is taken over.
 */
export async function claimKey(
  db: Db,
  claim: { scope: string; key: string; fingerprint: string; now: string; expiredBefore: string },
): Promise<IdempotencyKeyRow | null> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, claim.scope),
        eq(idempotencyKeys.key, claim.key),
        lt(idempotencyKeys.createdAt, claim.expiredBefore),
      ),
    );
  const inserted = await db
    .insert(idempotencyKeys)
    .values({
      scope: claim.scope,
      key: claim.key,
      fingerprint: claim.fingerprint,
      state: 'in-flight',
      createdAt: claim.now,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [held] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
  return held ?? null;
}

/** Keeps the first answer, to be given again to every retry. */
export async function completeKey(
  db: Db,
  at: { scope: string; key: string },
  answer: { statusCode: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ state: 'done', ...answer })
    .where(and(eq(idempotencyKeys.scope, at.scope), eq(idempotencyKeys.key, at.key)));
}

/** Gives the key back (the request failed on our side), so a retry runs anew. */
export async function releaseKey(db: Db, at: { scope: string; key: string }): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, at.scope), eq(idempotencyKeys.key, at.key)));
}

/** Forgets the keys first used before `expiredBefore` (the daily cycle): their retries are new requests. */
export async function forgetExpiredKeys(db: Db, expiredBefore: string): Promise<number> {
  const forgotten = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, expiredBefore))
    .returning({ key: idempotencyKeys.key });
  return forgotten.length;
}
