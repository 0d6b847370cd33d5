export type { RuleId, Figure, Figures, Explanation, Presented } from './explanation.ts';
export { explain, explainFrom, presentExplanation } from './explanation.ts';
