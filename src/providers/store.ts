import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { providers, providerTokens } from './schema.ts';

export type ProviderRow = typeof providers.$inferSelect;
export type ProviderTokenRow = typeof providerTokens.$inferSelect;

export async function insertProvider(
  db: Db,
  row: Omit<typeof providers.$inferInsert, 'id'>,
): Promise<ProviderRow> {
  const [inserted] = await db.insert(providers).values(row).returning();
  return inserted!;
}

export async function findProvider(db: Db, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.id, id));
  return row;
}

export async function findProviderByKvk(db: Db, kvkNumber: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.kvkNumber, kvkNumber));
  return row;
}

export function listProviderRows(db: Db): Promise<ProviderRow[]> {
  return db
    .select()
    .from(providers)
    .orderBy(asc(sql`length(${providers.id})`), asc(providers.id));
}

/** Suspends a provider once: false when it was suspended already (or meanwhile). */
export async function markProviderSuspended(db: Db, id: string, on: string): Promise<boolean> {
  const updated = await db
    .update(providers)
    .set({ suspendedOn: on })
    .where(and(eq(providers.id, id), isNull(providers.suspendedOn)))
    .returning({ id: providers.id });
  return updated.length === 1;
}

export async function insertProviderToken(
  db: Db,
  row: Omit<typeof providerTokens.$inferInsert, 'id'>,
): Promise<ProviderTokenRow> {
  const [inserted] = await db.insert(providerTokens).values(row).returning();
  return inserted!;
}

export function listProviderTokens(db: Db, providerId: string): Promise<ProviderTokenRow[]> {
  return db
    .select()
    .from(providerTokens)
    .where(eq(providerTokens.providerId, providerId))
    .orderBy(asc(sql`length(${providerTokens.id})`), asc(providerTokens.id));
}

export async function findProviderToken(
  db: Db,
  providerId: string,
  tokenId: string,
): Promise<ProviderTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(providerTokens)
    .where(and(eq(providerTokens.id, tokenId), eq(providerTokens.providerId, providerId)));
  return row;
}

/** Revokes a token once: false when it was revoked already (or meanwhile). */
export async function markTokenRevoked(db: Db, tokenId: string, at: string): Promise<boolean> {
  const updated = await db
    .update(providerTokens)
    .set({ revokedAt: at })
    .where(and(eq(providerTokens.id, tokenId), isNull(providerTokens.revokedAt)))
    .returning({ id: providerTokens.id });
  return updated.length === 1;
}

/** The token with this hash and its provider, revoked or not. */
export async function findTokenByHash(
  db: Db,
  hash: string,
): Promise<{ token: ProviderTokenRow; provider: ProviderRow } | undefined> {
  const [row] = await db
    .select({ token: providerTokens, provider: providers })
    .from(providerTokens)
    .innerJoin(providers, eq(providers.id, providerTokens.providerId))
    .where(eq(providerTokens.tokenHash, hash));
  return row;
}

export async function touchToken(db: Db, tokenId: string, at: string): Promise<void> {
  await db.update(providerTokens).set({ lastUsedAt: at }).where(eq(providerTokens.id, tokenId));
}
