import { and, asc, count, desc, eq, gt, gte, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Db, SortOrder } from '../platform/database/index.ts';
import { customers } from '../customers/schema.ts';
import { providers } from '../providers/schema.ts';
import { sellers } from '../sellers/schema.ts';
import { signInAttempts, userApiTokens, userSessions, users } from './schema.ts';
import { containsPattern, orderedBy } from '../platform/database/index.ts';

export type UserRow = typeof users.$inferSelect;
export type UserSessionRow = typeof userSessions.$inferSelect;
export type UserApiTokenRow = typeof userApiTokens.$inferSelect;

export async function insertUser(db: Db, row: Omit<typeof users.$inferInsert, 'id'>): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  return inserted!;
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Locks the user's row for the rest of the transaction. */
export async function findUserForUpdate(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function updateUserRow(
  db: Db,
  id: string,
  set: Partial<Omit<typeof users.$inferInsert, 'id'>>,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(set).where(eq(users.id, id)).returning();
  return row;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

/** Active admins other than `except`. */
export async function countOtherActiveAdmins(db: Db, except: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), sql`${users.id} <> ${except}`));
  return row?.total ?? 0;
}

export const USER_SORTS = ['email', 'name', 'role', 'lastSignInAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

// Each sort ends on the id, so paging is stable; one never signed in has no lastSignInAt (last ascending).
const userOrder: Record<UserSort, readonly SQLWrapper[]> = {
  email: [users.email, users.id],
  name: [sql`lower(${users.name})`, users.id],
  role: [users.role, users.id],
  lastSignInAt: [users.lastSignInAt, users.id],
};

export interface UserRowQuery {
  readonly search?: string;
  readonly sort?: UserSort;
  readonly order?: SortOrder;
  readonly limit: number;
  readonly offset: number;
}

/** A page of users by e-mail (or `sort`), matching a part of the name or e-mail address, or the id. */
export async function pageUsers(db: Db, query: UserRowQuery): Promise<{ rows: UserRow[]; total: number }> {
  const where = query.search?.trim() ? matching(query.search.trim()) : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(...orderedBy(query.order ?? 'asc', ...userOrder[query.sort ?? 'email']))
    .limit(query.limit)
    .offset(query.offset);
  const [counted] = await db.select({ total: count() }).from(users).where(where);
  return { rows, total: counted?.total ?? 0 };
}

function matching(search: string): SQL | undefined {
  const pattern = containsPattern(search);
  return or(ilike(users.name, pattern), ilike(users.email, pattern), eq(users.id, search.toUpperCase()));
}

/** The seller, provider and customer a user is to act for that do not exist, by field. */
export async function missingScope(
  db: Db,
  scope: { sellerId: string | null; providerId: string | null; customerId: string | null },
): Promise<string[]> {
  const missing: string[] = [];
  if (scope.sellerId !== null) {
    const [row] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, scope.sellerId));
    if (!row) missing.push('sellerId');
  }
  if (scope.providerId !== null) {
    const [row] = await db
      .select({ id: providers.id })
      .from(providers)
      .where(eq(providers.id, scope.providerId));
    if (!row) missing.push('providerId');
  }
  if (scope.customerId !== null) {
    const [row] = await db
      .select({ id: customers.id })
      .from(customers)
      .where(eq(customers.id, scope.customerId));
    if (!row) missing.push('customerId');
  }
  return missing;
}

// Sessions.

export async function insertSession(db: Db, row: typeof userSessions.$inferInsert): Promise<void> {
  await db.insert(userSessions).values(row);
}

export async function findSession(
  db: Db,
  id: string,
): Promise<{ session: UserSessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: userSessions, user: users })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, id));
  return row;
}

/** Moves the session's last-seen time forward (never back, when two requests race). */
export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ lastSeenAt: at })
    .where(and(eq(userSessions.id, id), lt(userSessions.lastSeenAt, at)));
}

export async function deleteSession(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(userSessions)
    .where(eq(userSessions.id, id))
    .returning({ id: userSessions.id });
  return deleted.length === 1;
}

/** Ends every session of a user, but `keep` (e.g. the one changing its own password). */
export async function deleteSessionsOf(db: Db, userId: string, keep?: string): Promise<void> {
  await db
    .delete(userSessions)
    .where(
      keep
        ? and(eq(userSessions.userId, userId), sql`${userSessions.id} <> ${keep}`)
        : eq(userSessions.userId, userId),
    );
}

/** Sessions that ended before `before`, cleared at each sign-in so the table stays small. */
export async function deleteExpiredSessions(db: Db, before: string, idleBefore: string): Promise<void> {
  await db
    .delete(userSessions)
    .where(or(lt(userSessions.expiresAt, before), lt(userSessions.lastSeenAt, idleBefore)));
}

// API tokens.

export async function insertApiToken(
  db: Db,
  row: Omit<typeof userApiTokens.$inferInsert, 'id'>,
): Promise<UserApiTokenRow> {
  const [inserted] = await db.insert(userApiTokens).values(row).returning();
  return inserted!;
}

export function listApiTokenRows(db: Db, userId: string): Promise<UserApiTokenRow[]> {
  return db
    .select()
    .from(userApiTokens)
    .where(eq(userApiTokens.userId, userId))
    .orderBy(asc(sql`length(${userApiTokens.id})`), asc(userApiTokens.id));
}

export async function findApiToken(
  db: Db,
  userId: string,
  tokenId: string,
): Promise<UserApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(userApiTokens)
    .where(and(eq(userApiTokens.id, tokenId), eq(userApiTokens.userId, userId)));
  return row;
}

export async function findApiTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<{ token: UserApiTokenRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ token: userApiTokens, user: users })
    .from(userApiTokens)
    .innerJoin(users, eq(users.id, userApiTokens.userId))
    .where(eq(userApiTokens.tokenHash, tokenHash));
  return row;
}

/** Revokes a token once: false when it was revoked already (or meanwhile). */
export async function markApiTokenRevoked(db: Db, tokenId: string, at: string): Promise<boolean> {
  const updated = await db
    .update(userApiTokens)
    .set({ revokedAt: at })
    .where(and(eq(userApiTokens.id, tokenId), isNull(userApiTokens.revokedAt)))
    .returning({ id: userApiTokens.id });
  return updated.length === 1;
}

/** Records the token's use, at most once a minute. */
export async function touchApiToken(db: Db, tokenId: string, at: string, notSince: string): Promise<void> {
  await db
    .update(userApiTokens)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(userApiTokens.id, tokenId),
        or(isNull(userApiTokens.lastUsedAt), lt(userApiTokens.lastUsedAt, notSince)),
      ),
    );
}

// Sign-in attempts.

export async function insertSignInAttempt(
  db: Db,
  row: Omit<typeof signInAttempts.$inferInsert, 'id'>,
): Promise<void> {
  await db.insert(signInAttempts).values(row);
}

export interface FailureRow {
  readonly count: number;
  readonly oldest: string | null;
}

/** Failed attempts for an e-mail address since `since`, after its last successful one. */
export async function failuresForEmail(db: Db, email: string, since: string): Promise<FailureRow> {
  const [lastSuccess] = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(
      and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, true), gte(signInAttempts.at, since)),
    )
    .orderBy(desc(signInAttempts.at))
    .limit(1);
  const from = lastSuccess ? gt(signInAttempts.at, lastSuccess.at) : gte(signInAttempts.at, since);
  return failures(db, and(eq(signInAttempts.email, email), from));
}

/** Failed attempts from an address since `since`. */
export function failuresFromIp(db: Db, ip: string, since: string): Promise<FailureRow> {
  return failures(db, and(eq(signInAttempts.ip, ip), gte(signInAttempts.at, since)));
}

async function failures(db: Db, where: SQL | undefined): Promise<FailureRow> {
  const failed = and(where, eq(signInAttempts.succeeded, false));
  const [counted] = await db.select({ count: count() }).from(signInAttempts).where(failed);
  const [oldest] = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(failed)
    .orderBy(asc(signInAttempts.at))
    .limit(1);
  return { count: counted?.count ?? 0, oldest: oldest?.at ?? null };
}

/** Attempts older than `before` say nothing about any limit any more. */
export async function deleteOldAttempts(db: Db, before: string): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, before));
}
