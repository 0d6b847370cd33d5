import { createRequire } from 'node:module';
import type { TermsProfile } from './rules/terms-profile-schema.ts';

/** The profiles Vezel ships, read from the seeds (shared/seeds) into data files. */
export const shippedProfileIds = ['bit-2016-10-25', 'vitrumnet-2.5-2018-04-15'] as const;

const require = createRequire(import.meta.url);
let loaded: ReadonlyMap<string, TermsProfile> | undefined;

/**
 * The shipped profiles, loaded once. They are part of the code: the test suite validates them
 * (shipped-profiles.test.ts), so they are not validated again on every start, which would load the
 * schema validator into every command.
 */
export function shippedProfiles(): ReadonlyMap<string, TermsProfile> {
  loaded ??= new Map(shippedProfileIds.map((id) => [id, require(`./profiles/${id}.json`) as TermsProfile]));
  return loaded;
}

export function findShippedProfile(id: string): TermsProfile | undefined {
  return shippedProfiles().get(id);
}
