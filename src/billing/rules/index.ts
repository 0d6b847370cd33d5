/** The billing rules: quarters, fees in advance and prepaid credit, due dates, invoice numbers, VAT and totals. */
export type { BillingQuarter } from './billing-quarter.ts';
export { parseBillingQuarter, billingQuarterOf } from './billing-quarter.ts';
export type { PricePoint, RecurringSubscription, RecurringSegment } from './recurring-charges.ts';
export { recurringCharges, prepaidCredit } from './recurring-charges.ts';
export type { DueDateFigures } from './due-date.ts';
export { dueDate } from './due-date.ts';
export { formatInvoiceNumber, creditorReference, isCreditorReference } from './invoice-number.ts';
export type { PricedLine, InvoiceAmounts } from './invoice-amounts.ts';
export { invoiceAmounts } from './invoice-amounts.ts';
export type { InvoiceParty, VatSubtotalRow } from './invoice-parties.ts';
export type {
  PortSample,
  SampleGap,
  NinetyFifthPercentile,
  NinetyFifthPercentileFigures,
} from './ninety-fifth-percentile.ts';
export { ninetyFifthPercentile, percentileRank } from './ninety-fifth-percentile.ts';
export type { UsageRecordInput, UsageRecord, UsageReferences } from './usage-record.ts';
export { readUsageRecord, readUsageRecords, referenceProblems, usageRulesOf } from './usage-record.ts';
