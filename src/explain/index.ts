export type { WorkdaysQuestion } from './explain-workdays.ts';
export { explainWorkdays, maxWorkingDays } from './explain-workdays.ts';
