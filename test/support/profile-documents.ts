import { createRequire } from 'node:module';
import type { ProfileProblem } from '../../src/terms/rules/validate-profile.ts';
import { validateProfile } from '../../src/terms/rules/validate-profile.ts';

/** A profile document as plain JSON, for tests that mutate it. */
export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- mutating test data

const require = createRequire(import.meta.url);

/** The shipped profiles as their JSON files hold them. */
export const shipped = {
  bit: require('../../src/terms/profiles/bit-2016-10-25.json') as Doc,
  vn: require('../../src/terms/profiles/vitrumnet-2.5-2018-04-15.json') as Doc,
};

/** A fresh copy of a shipped profile to break in one place. */
export const copy = (which: keyof typeof shipped): Doc => structuredClone(shipped[which]);

/** Every problem validation finds, or none. */
export function problemsOf(document: unknown): ProfileProblem[] {
  const result = validateProfile(document);
  return result.ok ? [] : result.problems;
}
