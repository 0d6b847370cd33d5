import { asInvalidInput } from '../../src/shared/errors/index.ts';
import type { FieldProblem } from '../../src/shared/errors/index.ts';

/** The field problems `run` refuses its input with; fails when it accepts the input. */
export function problemsOf(run: () => unknown): FieldProblem[] {
  try {
    run();
  } catch (error) {
    // Rules refuse input with an InvalidInputError, or a MoneyError the entry points read as one.
    const invalid = asInvalidInput(error);
    if (invalid) return [...invalid.problems];
    throw error;
  }
  throw new Error('expected an InvalidInputError, but the input was accepted');
}

export const fieldsOf = (run: () => unknown): string[] => problemsOf(run).map((problem) => problem.field);

/** The fields `promise` is refused with; fails when it is not refused as invalid input. */
export async function refusedFields(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (invalid) return invalid.problems.map((p) => p.field);
    throw error;
  }
  throw new Error('expected an InvalidInputError, but the input was accepted');
}
