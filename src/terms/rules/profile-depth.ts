import type { ProfileProblem } from './profile-problem.ts';
import { childPath, itemPath, problemAt } from './profile-problem.ts';

/** A profile nests a few levels (`sla.repairTimes[2].maximumHours`); deeper documents are refused. */
export const MAX_PROFILE_DEPTH = 32;

/**
 * The problem of a document nested deeper than a profile can be, at the first path that goes too
 * deep, or undefined. Checked before anything walks the document, so no walk can exhaust the
 * stack; this walk itself never recurses more than `MAX_PROFILE_DEPTH` levels.
 */
export function depthProblem(value: unknown, path = '', depth = 0): ProfileProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_PROFILE_DEPTH)
    return problemAt(path, `nests deeper than ${MAX_PROFILE_DEPTH} levels, which no profile does`);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = depthProblem(value[index], itemPath(path, index), depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = depthProblem((value as Record<string, unknown>)[key], childPath(path, key), depth + 1);
    if (found) return found;
  }
  return undefined;
}
