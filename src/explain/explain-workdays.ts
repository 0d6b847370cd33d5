import { addWorkingDays, parsePlainDate } from '../shared/calendar/index.ts';
import { InvalidInputError } from '../shared/errors/index.ts';
import type { FieldProblem } from '../shared/errors/index.ts';
import { presentExplanation } from '../shared/explanation/index.ts';

export interface WorkdaysQuestion {
  readonly from: string;
  readonly add: number;
}

/** The largest count we accept: about forty years of working days, far beyond any term in the terms. */
export const maxWorkingDays = 10_000;

/**
 * `nl:workdays`: the add-th working day after `from`, with the holidays it stepped over.
 * Shared by `vezel explain workdays` and `GET /explain/workdays`, so both check and answer alike.
 */
export function explainWorkdays(question: WorkdaysQuestion) {
  const problems: FieldProblem[] = [];
  let from;
  try {
    from = parsePlainDate(question.from);
  } catch (error) {
    problems.push({ field: 'from', problem: (error as Error).message });
  }
  if (!Number.isInteger(question.add) || question.add < 0 || question.add > maxWorkingDays) {
    problems.push({
      field: 'add',
      problem: `must be a whole number from 0 to ${maxWorkingDays}, not ${question.add}`,
    });
  }
  if (problems.length > 0 || !from) throw new InvalidInputError(problems);
  return presentExplanation('date', addWorkingDays(from, question.add), (date) => date.toString());
}
