import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { trimNumeric } from '../store/numeric-text.ts';
import { findInvoiceWithCorrected, linesOf, listInvoiceRows } from '../store/invoices.ts';
import type { CorrectedInvoice, InvoiceFilter, InvoiceLineRow, InvoiceRow } from '../store/invoices.ts';

export { INVOICE_SORTS } from '../store/invoices.ts';
export type { InvoiceSort } from '../store/invoices.ts';
import type { InvoiceLineView, InvoiceView } from './invoice-view.ts';

export async function getInvoice(db: Db, id: string): Promise<InvoiceView> {
  const found = await findInvoiceWithCorrected(db, id);
  if (!found) throw new NotFoundError('invoice', id);
  return invoiceView(found.invoice, await linesOf(db, id), found.corrects);
}

export type InvoiceSummary = Omit<InvoiceView, 'lines' | 'corrects'> & { readonly correctsId: string | null };

export interface ListInvoices extends Partial<Omit<InvoiceFilter, 'limit' | 'offset'>> {
  readonly limit?: number;
  readonly offset?: number;
}

/** Invoices newest first (or by `sort`), without their lines, a page at a time. */
export async function listInvoices(
  db: Db,
  filter: ListInvoices,
): Promise<{ readonly invoices: InvoiceSummary[]; readonly total: number }> {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new InvalidInputError('limit', 'must be a whole number from 1 to 500');
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidInputError('offset', 'must be 0 or more');
  const { rows, total } = await listInvoiceRows(db, { ...filter, limit, offset });
  return {
    total,
    invoices: rows.map((row) => {
      const { lines: _lines, corrects: _corrects, ...summary } = invoiceView(row, [], null);
      return { ...summary, correctsId: row.correctsId };
    }),
  };
}

export function invoiceView(
  row: InvoiceRow,
  lines: readonly InvoiceLineRow[],
  corrects: CorrectedInvoice | null,
): InvoiceView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    sellerId: row.sellerId,
    customerId: row.customerId,
    billRunId: row.billRunId,
    corrects,
    number: row.number,
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    paymentTermDays: row.paymentTermDays,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    language: row.language,
    currency: row.currency,
    seller: row.seller,
    customer: row.customer,
    reverseCharge: row.reverseCharge,
    notes: row.notes,
    netCents: row.netCents,
    vatCents: row.vatCents,
    totalCents: row.totalCents,
    vatSubtotals: row.vatSubtotals,
    paymentReference: row.paymentReference,
    because: row.because,
    lines: lines.map(lineView),
  };
}

function lineView(line: InvoiceLineRow): InvoiceLineView {
  return {
    position: line.position,
    source: line.source,
    contractId: line.contractId,
    subscriptionId: line.subscriptionId,
    productId: line.productId,
    description: line.description,
    periodFrom: line.periodFrom,
    periodTo: line.periodTo,
    quantity: trimNumeric(line.quantity),
    unitCode: line.unitCode,
    unitPriceCents: trimNumeric(line.unitPriceCents),
    netCents: line.netCents,
    vatCategory: line.vatCategory,
    vatPercent: trimNumeric(line.vatPercent),
    because: line.because,
  };
}
