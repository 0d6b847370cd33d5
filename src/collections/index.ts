/** The collections context: payments in, their allocation, account statements, complaints and disputes. */
export type { RecordPayment } from './use-cases/record-payment.ts';
export { recordPayment } from './use-cases/record-payment.ts';
export type { AssignPayment } from './use-cases/assign-payment.ts';
export { assignPayment } from './use-cases/assign-payment.ts';
export type { PaymentView, AllocationView } from './use-cases/get-payment.ts';
export { getPayment, listUnmatchedPayments } from './use-cases/get-payment.ts';
export type { BankImportReport } from './use-cases/import-bank-statement.ts';
export { importBankStatement } from './use-cases/import-bank-statement.ts';
export type { CustomerAccount } from './use-cases/get-account-statement.ts';
export { getAccountStatement } from './use-cases/get-account-statement.ts';
export { renderAccountStatement } from './use-cases/render-account-statement.ts';
export type { AccountStatement, StatementRow } from './rules/account-statement.ts';
export { statementCsv } from './rules/account-statement.ts';
export type { RecordComplaint } from './use-cases/record-complaint.ts';
export { recordComplaint, COMPLAINT_CHANNELS } from './use-cases/record-complaint.ts';
export type { ResolveDispute } from './use-cases/resolve-dispute.ts';
export { resolveDispute } from './use-cases/resolve-dispute.ts';
export type { DunningRunReport } from './use-cases/run-dunning.ts';
export { runDunning } from './use-cases/run-dunning.ts';
export type { DunningCaseView, DunningLetterView } from './use-cases/get-dunning-letters.ts';
export {
  listDunningCases,
  getDunningLetter,
  renderDunningLetterPdf,
} from './use-cases/get-dunning-letters.ts';
export { depositSetOff } from './use-cases/deposit-set-off.ts';
export type { MandateView } from './use-cases/mandate-view.ts';
export type { RegisterMandate } from './use-cases/register-mandate.ts';
export { registerMandate } from './use-cases/register-mandate.ts';
export type { RevokeMandate } from './use-cases/revoke-mandate.ts';
export { revokeMandate } from './use-cases/revoke-mandate.ts';
export { listMandates } from './use-cases/list-mandates.ts';
export type {
  CreateDirectDebitBatch,
  CollectionView,
  DirectDebitBatchView,
} from './use-cases/create-direct-debit-batch.ts';
export { createDirectDebitBatch } from './use-cases/create-direct-debit-batch.ts';
export type { SkippedMandate } from './use-cases/plan-collections.ts';
export type {
  CreateRefundBatch,
  RefundBatchView,
  RefundView,
  SkippedRefund,
} from './use-cases/create-refund-batch.ts';
export { createRefundBatch } from './use-cases/create-refund-batch.ts';
export type { BankFileSummary, BankFileView, BankTransferView } from './use-cases/get-bank-file.ts';
export { getBankFile } from './use-cases/get-bank-file.ts';
