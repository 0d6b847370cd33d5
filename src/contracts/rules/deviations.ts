import { InvalidInputError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { validateProfile } from '../../terms/rules/validate-profile.ts';

export interface Deviation {
  readonly parameter: string;
  readonly value: unknown;
}

/**
 * bit:1.1: deviations from the terms apply only when agreed in writing, and then override the
 * profile for that one contract. The result must still be a valid profile, so a deviation can change
 * a figure (a notice of 3 months) but never break the rules' assumptions.
 */
export function applyDeviations(profile: TermsProfile, deviations: readonly Deviation[]): TermsProfile {
  if (deviations.length === 0) return profile;
  const copy = structuredClone(profile) as unknown as Record<string, unknown>;
  for (const deviation of deviations) setParameter(copy, deviation);
  const result = validateProfile(copy);
  if (!result.ok) {
    throw new InvalidInputError(
      result.problems.map((p) => ({ field: `value (${p.path})`, problem: p.problem })),
    );
  }
  return result.profile;
}

function setParameter(target: Record<string, unknown>, { parameter, value }: Deviation): void {
  const path = parameter.split('.');
  const protectedRoots = ['id', 'rulePrefix', 'seller', 'version', 'publishedOn', 'source'];
  if (path.length === 0 || protectedRoots.includes(path[0]!) || path.at(-1) === 'rules') {
    throw new InvalidInputError(
      'parameter',
      `'${parameter}' identifies the terms; it cannot deviate per contract`,
    );
  }
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    node = isRecord(node) ? node[key] : undefined;
  }
  const leaf = path.at(-1)!;
  if (!isRecord(node) || !(leaf in node)) {
    throw new InvalidInputError('parameter', `'${parameter}' is not a parameter of ${String(target.id)}`);
  }
  node[leaf] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
