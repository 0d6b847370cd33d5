import { addWorkingDays } from '../shared/calendar/index.ts';
import { presentExplanation } from '../shared/explanation/index.ts';
import { InputProblems } from './explain-input.ts';

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
  const input = new InputProblems();
  const read = { from: input.date('from', question.from) };
  if (!Number.isInteger(question.add) || question.add < 0 || question.add > maxWorkingDays) {
    input.add('add', `must be a whole number from 0 to ${maxWorkingDays}, not ${question.add}`);
  }
  const { from } = input.checked(read);
  return presentExplanation('date', addWorkingDays(from, question.add), (date) => date.toString());
}
