import type { FieldProblem } from '../../shared/errors/index.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt takes any length; a bound keeps a request from making it hash megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

/** What is wrong with a new password, naming `field`; undefined when it will do. */
export function passwordProblem(field: string, password: unknown): FieldProblem | undefined {
  if (typeof password !== 'string' || password.length === 0) return { field, problem: 'is required' };
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return { field, problem: `must be at least ${MIN_PASSWORD_LENGTH} characters (it has ${length})` };
  if (length > MAX_PASSWORD_LENGTH)
    return { field, problem: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  return undefined;
}
