import type { InvoiceAmounts } from '../rules/invoice-amounts.ts';
import type { NewInvoiceLineRow, NewInvoiceRow } from '../store/invoices.ts';

/** What issuing fills in (markIssued); a draft has none of it. */
type IssuedColumns =
  'state' | 'series' | 'number' | 'issuedOn' | 'dueOn' | 'paymentReference' | 'issuedAt' | 'issuedBy';

type AmountColumns = 'reverseCharge' | 'notes' | 'netCents' | 'vatCents' | 'totalCents' | 'vatSubtotals';

/** The amounts of a draft, as the rules give them (invoiceAmounts) or a credit note adds them up. */
export type DraftAmounts = Pick<InvoiceAmounts, AmountColumns>;

export type DraftInvoiceFields = Omit<NewInvoiceRow, IssuedColumns | AmountColumns> & {
  readonly amounts: DraftAmounts;
};

/** A draft invoice or credit note: number, dates and payment reference come when it is issued. */
export function draftInvoiceRow({ amounts, ...fields }: DraftInvoiceFields): NewInvoiceRow {
  return {
    ...fields,
    state: 'draft',
    series: null,
    number: null,
    issuedOn: null,
    dueOn: null,
    paymentReference: null,
    issuedAt: null,
    issuedBy: null,
    reverseCharge: amounts.reverseCharge,
    notes: [...amounts.notes],
    netCents: amounts.netCents,
    vatCents: amounts.vatCents,
    totalCents: amounts.totalCents,
    vatSubtotals: [...amounts.vatSubtotals],
  };
}

export type LineFields = Omit<NewInvoiceLineRow, 'invoiceId' | 'position' | 'because'> & {
  readonly because: readonly string[];
};

/** An invoice's lines, numbered from 1 in the order given. */
export function invoiceLineRows(invoiceId: string, lines: readonly LineFields[]): NewInvoiceLineRow[] {
  return lines.map((line, i) => ({
    invoiceId,
    position: i + 1,
    source: line.source,
    contractId: line.contractId,
    subscriptionId: line.subscriptionId,
    productId: line.productId,
    description: line.description,
    periodFrom: line.periodFrom,
    periodTo: line.periodTo,
    quantity: line.quantity,
    unitCode: line.unitCode,
    unitPriceCents: line.unitPriceCents,
    netCents: line.netCents,
    vatCategory: line.vatCategory,
    vatPercent: line.vatPercent,
    because: [...line.because],
    figures: line.figures,
    billingKey: line.billingKey,
  }));
}
