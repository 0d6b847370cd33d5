import { Temporal } from 'temporal-polyfill';
import { asInvalidInput } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';

/* For the tests beside these rules only. */

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

/** The field problems `run` refuses its input with; fails when it accepts the input. */
export function problemsOf(run: () => unknown): FieldProblem[] {
  try {
    run();
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (invalid) return [...invalid.problems];
    throw error;
  }
  throw new Error('expected an InvalidInputError, but the input was accepted');
}

export const fieldsOf = (run: () => unknown): string[] => problemsOf(run).map((problem) => problem.field);
