/**
 * The closed set of failures a use case may report. Entry points translate them in one place each:
 * HTTP status and problem+json in `src/http`, exit status and a one-line message in `src/cli`.
 */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'not-allowed';

export abstract class VezelError extends Error {
  abstract readonly code: ErrorCode;
}

/** One field and what is wrong with it, phrased so a person can act on it. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

export class InvalidInputError extends VezelError {
  readonly code = 'invalid-input';
  readonly problems: readonly FieldProblem[];

  constructor(field: string, problem: string);
  constructor(problems: readonly FieldProblem[]);
  constructor(fieldOrProblems: string | readonly FieldProblem[], problem?: string) {
    const problems =
      typeof fieldOrProblems === 'string'
        ? [{ field: fieldOrProblems, problem: problem ?? 'is invalid' }]
        : fieldOrProblems;
    super(problems.map((p) => `${p.field}: ${p.problem}`).join('; '));
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}

export class NotFoundError extends VezelError {
  readonly code = 'not-found';
  constructor(what: string, id: string) {
    super(`${what} '${id}' does not exist`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends VezelError {
  readonly code = 'conflict';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class NotAllowedError extends VezelError {
  readonly code = 'not-allowed';
  constructor(message: string) {
    super(message);
    this.name = 'NotAllowedError';
  }
}

/**
 * Rules throw plain errors for values they cannot take (e.g. `MoneyError`), carrying the field and
 * the problem apart. The entry points answer those as invalid input, like an `InvalidInputError`.
 */
export function asInvalidInput(error: unknown): InvalidInputError | undefined {
  if (error instanceof InvalidInputError) return error;
  if (error instanceof Error && 'field' in error && 'problem' in error) {
    const { field, problem } = error as { field: unknown; problem: unknown };
    if (typeof field === 'string' && typeof problem === 'string')
      return new InvalidInputError(field, problem);
  }
  return undefined;
}
