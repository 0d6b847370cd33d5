import { Value } from 'typebox/value';
import { depthProblem } from './profile-depth.ts';
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
 * dotted path of the parameter, in a sentence a profile author can act on. A document nested
 * deeper than any profile is refused before it is walked; at most 200 problems are listed, then
 * how many more there are.
 */
export function validateProfile(document: unknown): ProfileValidation {
  const tooDeep = depthProblem(document);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const structural = Value.Check(TermsProfileSchema, document)
    ? []
    : schemaProblems(TermsProfileSchema, document);
  const problems = [...structural, ...semanticProblems(document)];
  if (problems.length > 0) return { ok: false, problems: shortened(problems) };
  return { ok: true, profile: document as TermsProfile };
}

export const MAX_PROFILE_PROBLEMS = 200;

/** The first problems, and the path of the first one left out with how many were. */
function shortened(problems: ProfileProblem[]): ProfileProblem[] {
  if (problems.length <= MAX_PROFILE_PROBLEMS) return problems;
  const more = problems.length - MAX_PROFILE_PROBLEMS;
  const next = problems[MAX_PROFILE_PROBLEMS] as ProfileProblem;
  return [
    ...problems.slice(0, MAX_PROFILE_PROBLEMS),
    { path: next.path, problem: `and ${more} more problems from here on` },
  ];
}
