import type { Db } from '../../platform/database/index.ts';
import type { TermsProfile } from '../rules/terms-profile-schema.ts';
import { getProfile, listProfiles } from './find-profile.ts';

/**
 * A profile and the versions that followed it, oldest first (vn:1.1.4): each next one is the profile
 * that `supersedes` the previous. Should a seller ever publish two successors of one version, the
 * earlier published one is taken, so the answer stays one line.
 */
export async function termsLineage(db: Db, profileId: string): Promise<TermsProfile[]> {
  const start = await getProfile(db, profileId);
  const successors = new Map<string, TermsProfile[]>();
  for (const entry of await listProfiles(db)) {
    if (entry.supersedes === null) continue;
    successors.set(entry.supersedes, [...(successors.get(entry.supersedes) ?? []), entry.profile]);
  }
  const lineage = [start.profile];
  const seen = new Set([start.profile.id]);
  for (;;) {
    const next = (successors.get(lineage.at(-1)!.id) ?? [])
      .filter((profile) => !seen.has(profile.id))
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))[0];
    if (!next) return lineage;
    lineage.push(next);
    seen.add(next.id);
  }
}
