/** The billing context: subscriptions, charges and usage, bill runs, invoices and credit notes. */
export type { PendingChargeRow } from './store/pending-charges.ts';
export { raiseCharge, uninvoicedChargesOf } from './store/pending-charges.ts';
export type { ContractBillingFacts, ContractCharge } from './use-cases/sync-contract-billing.ts';
export { syncContractBilling } from './use-cases/sync-contract-billing.ts';
export type { AddSubscription } from './use-cases/add-subscription.ts';
export type { EndSubscription, SubscriptionView } from './use-cases/manage-subscriptions.ts';
export {
  createSubscription,
  endSubscription,
  getSubscription,
  listSubscriptions,
} from './use-cases/manage-subscriptions.ts';
export type { StartBillRun } from './use-cases/start-bill-run.ts';
export { startBillRun, startOrFindBillRun, DEFAULT_CHUNK_SIZE } from './use-cases/start-bill-run.ts';
export type { RunProgress, WorkOptions } from './use-cases/work-on-bill-run.ts';
export { draftBillRun, issueBillRun } from './use-cases/work-on-bill-run.ts';
export type { BillRunView } from './use-cases/bill-run-view.ts';
export { BILL_RUN_SORTS, getBillRun, listBillRuns } from './use-cases/get-bill-run.ts';
export type { BillRunSort } from './use-cases/get-bill-run.ts';
export type { InvoiceView, InvoiceLineView } from './use-cases/invoice-view.ts';
export type { InvoiceSort, InvoiceSummary, ListInvoices } from './use-cases/get-invoice.ts';
export { getInvoice, INVOICE_SORTS, listInvoices } from './use-cases/get-invoice.ts';
export type { IssueCreditNote } from './use-cases/issue-credit-note.ts';
export { issueCreditNote } from './use-cases/issue-credit-note.ts';
export type { UsageIntake } from './use-cases/record-usage.ts';
export { recordUsage, recordUsageIn } from './use-cases/record-usage.ts';
export type { ImportUsageFile, ImportProgress, UsageFileImport } from './use-cases/import-usage-file.ts';
export { importUsageFile } from './use-cases/import-usage-file.ts';
export type { AddMeteredPort, MeteredPortView } from './use-cases/add-metered-port.ts';
export { addMeteredPort } from './use-cases/add-metered-port.ts';
export { recordPortSamples } from './use-cases/record-port-samples.ts';
export type { PortBandwidthRating, PercentileView } from './use-cases/rate-port-bandwidth.ts';
export { ratePortBandwidth } from './use-cases/rate-port-bandwidth.ts';
export type { UsageFileFormat } from './rules/usage-file-rows.ts';
export { USAGE_FILE_FORMATS } from './rules/usage-file-rows.ts';
export { billingQuarterOf } from './rules/billing-quarter.ts';
export type { BillingQuarter } from './rules/billing-quarter.ts';
export { MAX_USAGE_BATCH, MAX_RECORD_ID, MAX_REFERENCE, MAX_DESCRIPTION } from './rules/usage-record.ts';
export { MAX_SAMPLE_BATCH } from './rules/port-sample.ts';
