import { createRequire } from 'node:module';
import type { TermsProfile } from './rules/terms-profile-schema.ts';
import { validateProfile } from './rules/validate-profile.ts';

/** The profiles Vezel ships, read from the seeds (shared/seeds) into data files. */
export const shippedProfileIds = ['bit-2016-10-25', 'vitrumnet-2.5-2018-04-15'] as const;

const require = createRequire(import.meta.url);
let loaded: ReadonlyMap<string, TermsProfile> | undefined;

/** Loaded and validated once; a shipped profile that does not validate is a bug, so it throws. */
export function shippedProfiles(): ReadonlyMap<string, TermsProfile> {
  if (!loaded) {
    const profiles = new Map<string, TermsProfile>();
    for (const id of shippedProfileIds) {
      const result = validateProfile(require(`./profiles/${id}.json`));
      if (!result.ok) {
        const problems = result.problems.map((p) => `${p.path}: ${p.problem}`).join('; ');
        throw new Error(`shipped profile ${id} is invalid: ${problems}`);
      }
      profiles.set(id, result.profile);
    }
    loaded = profiles;
  }
  return loaded;
}

export function findShippedProfile(id: string): TermsProfile | undefined {
  return shippedProfiles().get(id);
}
