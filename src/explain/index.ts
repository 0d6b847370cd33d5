export type { WorkdaysQuestion } from './explain-workdays.ts';
export { explainWorkdays, maxWorkingDays } from './explain-workdays.ts';
export type { FormationQuestion, FormationAnswer } from './explain-formation.ts';
export { explainFormation } from './explain-formation.ts';
export type { TerminationQuestion, TerminationAnswer } from './explain-termination.ts';
export { explainTermination } from './explain-termination.ts';
export type { CancellationFeeQuestion, CancellationFeeAnswer } from './explain-cancellation-fee.ts';
export { explainCancellationFee } from './explain-cancellation-fee.ts';
export type { ComplaintDeadlineQuestion, ComplaintDeadlineAnswer } from './explain-complaint-deadline.ts';
export { explainComplaintDeadline } from './explain-complaint-deadline.ts';
export type { DepositRefundQuestion, DepositRefundAnswer } from './explain-deposit-refund.ts';
export { explainDepositRefund } from './explain-deposit-refund.ts';
export type { CollectionCostsQuestion, CollectionCostsAnswer } from './explain-collection-costs.ts';
export { explainCollectionCosts } from './explain-collection-costs.ts';
export type { InterestQuestion, InterestAnswer } from './explain-interest.ts';
export { explainInterest } from './explain-interest.ts';
export type { KnownProfiles } from './known-profiles.ts';
// Not storedProfilesFor (stored-profiles.ts): it loads the store's code, which the CLI imports only
// when it needs the store.
export type { SlaQuestion, SlaAnswer } from './explain-sla.ts';
export { explainSla, DEFAULT_SLA_PROFILE } from './explain-sla.ts';
