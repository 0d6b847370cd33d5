import { Value } from 'typebox/value';
import type { ProfileProblem } from './profile-problem.ts';
import { semanticProblems } from './profile-semantics.ts';
import { schemaProblems } from './schema-problems.ts';
import type { TermsProfile } from './terms-profile-schema.ts';
import { TermsProfileSchema } from './terms-profile-schema.ts';

export type { ProfileProblem } from './profile-problem.ts';

export type ProfileValidation =
  { ok: true; profile: TermsProfile } | { ok: false; problems: ProfileProblem[] };

/**
 * Checks a terms profile read from JSON: first against the schema, then the rules the schema
 * cannot express (rule ids, real dates, SLA rows). A bad profile gets every problem, each with the
 * dotted path of the parameter, in a sentence a profile author can act on.
 */
export function validateProfile(document: unknown): ProfileValidation {
  const structural = Value.Check(TermsProfileSchema, document)
    ? []
    : schemaProblems(TermsProfileSchema, document);
  const problems = [...structural, ...semanticProblems(document)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, profile: document as TermsProfile };
}
