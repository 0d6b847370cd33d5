import type { BillRunRow, BillRunSummary } from '../store/bill-runs.ts';

export interface BillRunView {
  readonly id: string;
  readonly sellerId: string;
  readonly period: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly invoiceDate: string;
  readonly state: BillRunRow['state'];
  readonly customers: number;
  readonly progress: {
    readonly chunks: number;
    readonly drafted: number;
    readonly issued: number;
  };
  readonly invoices: { readonly drafts: number; readonly issued: number; readonly totalCents: number };
  readonly createdAt: string;
  readonly createdBy: string;
  readonly draftedAt: string | null;
  readonly issuedAt: string | null;
}

export function billRunView({ run, progress, invoices }: BillRunSummary): BillRunView {
  return {
    id: run.id,
    sellerId: run.sellerId,
    period: run.period,
    periodFrom: run.periodFrom,
    periodTo: run.periodTo,
    invoiceDate: run.invoiceDate,
    state: run.state,
    customers: run.customers,
    progress,
    invoices,
    createdAt: run.createdAt,
    createdBy: run.createdBy,
    draftedAt: run.draftedAt,
    issuedAt: run.issuedAt,
  };
}
