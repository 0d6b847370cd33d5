import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import type { TermsProfile } from './rules/terms-profile-schema.ts';
import { termsProfiles } from './schema.ts';

export interface StoredProfile {
  readonly profile: TermsProfile;
  readonly supersedes: string | null;
  readonly addedAt: string;
  readonly addedBy: string;
}

export async function findStoredProfile(db: Db, id: string): Promise<StoredProfile | undefined> {
  const [row] = await db.select().from(termsProfiles).where(eq(termsProfiles.id, id));
  return row && toStored(row);
}

export async function listStoredProfiles(db: Db): Promise<StoredProfile[]> {
  const rows = await db.select().from(termsProfiles).orderBy(asc(termsProfiles.id));
  return rows.map(toStored);
}

/** Inserts unless the id is taken; answers whether it inserted, so a race never overwrites. */
export async function insertProfile(db: Db, stored: StoredProfile): Promise<boolean> {
  const inserted = await db
    .insert(termsProfiles)
    .values({
      id: stored.profile.id,
      document: stored.profile,
      supersedes: stored.supersedes,
      addedAt: stored.addedAt,
      addedBy: stored.addedBy,
    })
    .onConflictDoNothing()
    .returning({ id: termsProfiles.id });
  return inserted.length === 1;
}

function toStored(row: typeof termsProfiles.$inferSelect): StoredProfile {
  return { profile: row.document, supersedes: row.supersedes, addedAt: row.addedAt, addedBy: row.addedBy };
}
