import type { TermsProfile } from '../terms/rules/terms-profile-schema.ts';

/**
 * The terms profiles an explain question may name, by id, resolved by the caller (the CLI opens the
 * store only for an id that is not shipped). When the id asked for is not among them, the question
 * is refused listing these ids, so a caller that misses passes every profile it knows.
 */
export type KnownProfiles = ReadonlyMap<string, TermsProfile>;
