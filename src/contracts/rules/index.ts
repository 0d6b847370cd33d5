/** The contract rules: formation, terms and renewal, notice and ending, cancellation, complaints. */
export type { ContractKind, ContractTerms, TermEndContract, PeriodEndContract } from './contract-kinds.ts';
export { CONTRACT_KINDS, knownContractKinds, contractTermsOf, endsAtTermEnd } from './contract-kinds.ts';
export type { FormationFacts, Formation, FormedBy, FormationFigures } from './formation.ts';
export { formation } from './formation.ts';
export type { ContractTerm, TermLengths, RenewalFigures } from './renewal.ts';
export { renewalTerm, maxTermMonths } from './renewal.ts';
export type { Term } from './term-ends.ts';
export { termStartAt, termEndAt, termAt, termOn, termEndsOf } from './term-ends.ts';
export { lastNoticeDate } from './notice-deadline.ts';
export type {
  CustomerKind,
  ServiceKind,
  ProtectionLaw,
  NoticeFacts,
  TerminationFigures,
} from './termination.ts';
export { CUSTOMER_KINDS, SERVICE_KINDS, termination } from './termination.ts';
export type { CancellationFeeFigures } from './cancellation-fee.ts';
export { cancellationFee } from './cancellation-fee.ts';
export type {
  ComplaintKind,
  ComplaintDeadlineFigures,
  ComplaintInTimeFigures,
} from './complaint-deadline.ts';
export { COMPLAINT_KINDS, complaintDeadline, isComplaintInTime } from './complaint-deadline.ts';
export type { RemainingTermQuestion, RemainingPart, RemainingTermFigures } from './remaining-term-charge.ts';
export { remainingTermCharge } from './remaining-term-charge.ts';
