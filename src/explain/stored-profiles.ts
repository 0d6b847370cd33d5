import type { Db } from '../platform/database/index.ts';
import { findProfile, listProfiles } from '../terms/index.ts';
import type { KnownProfiles } from './known-profiles.ts';

/**
 * The profiles a question about `id` needs from the store: the one with that id, shipped or the
 * operator's; or, when there is none, every profile, so the refusal can list the known ids.
 */
export async function storedProfilesFor(db: Db, id: string): Promise<KnownProfiles> {
  const found = await findProfile(db, id);
  if (found) return new Map([[id, found.profile]]);
  return new Map((await listProfiles(db)).map(({ profile }) => [profile.id, profile]));
}
