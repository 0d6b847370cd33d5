import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../rules/terms-profile-schema.ts';
import { findShippedProfile, shippedProfiles } from '../shipped-profiles.ts';
import { findStoredProfile, listStoredProfiles } from '../store.ts';

export interface ProfileEntry {
  readonly profile: TermsProfile;
  /** Shipped with Vezel, or added by the operator. */
  readonly origin: 'shipped' | 'operator';
  readonly supersedes: string | null;
}

/** A profile by id: the shipped ones first (no store needed), then the operator's own. */
export async function findProfile(db: Db, id: string): Promise<ProfileEntry | undefined> {
  const shipped = findShippedProfile(id);
  if (shipped) return { profile: shipped, origin: 'shipped', supersedes: null };
  const stored = await findStoredProfile(db, id);
  return stored && { profile: stored.profile, origin: 'operator', supersedes: stored.supersedes };
}

export async function getProfile(db: Db, id: string): Promise<ProfileEntry> {
  const found = await findProfile(db, id);
  if (!found) throw new NotFoundError('terms profile', id);
  return found;
}

export async function listProfiles(db: Db): Promise<ProfileEntry[]> {
  const shipped = [...shippedProfiles().values()].map((profile): ProfileEntry => ({
    profile,
    origin: 'shipped',
    supersedes: null,
  }));
  const stored = (await listStoredProfiles(db)).map((entry): ProfileEntry => ({
    profile: entry.profile,
    origin: 'operator',
    supersedes: entry.supersedes,
  }));
  return [...shipped, ...stored];
}
