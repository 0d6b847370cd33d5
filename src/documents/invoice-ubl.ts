import type { InvoiceView } from '../billing/index.ts';
import { create } from 'xmlbuilder2';
import { ConflictError } from '../shared/errors/index.ts';
import {
  aggregate,
  basic,
  PEPPOL_CUSTOMIZATION_ID,
  PEPPOL_PROFILE_ID,
  UBL_NAMESPACES,
  type UblElement,
} from './ubl-elements.ts';
import { invoiceLines } from './ubl-lines.ts';
import { party } from './ubl-parties.ts';
import { legalMonetaryTotal, paymentMeans, paymentTerms, taxTotal } from './ubl-totals.ts';

/**
 * The e-invoice of an issued invoice or credit note: UBL 2.1 per Peppol BIS Billing 3.0 with the
 * Dutch rules (rule `nl:peppol`). Elements follow the xsd:sequence of UBL-Invoice-2.1 and
 * UBL-CreditNote-2.1; where the two differ (DueDate, the type code, the line and quantity names),
 * the credit note takes its own. A draft has no number and no issue date (BR-02, BR-03), so it has
 * no e-invoice yet.
 */
export function renderInvoiceUbl(invoice: InvoiceView): string {
  if (invoice.state !== 'issued' || invoice.number === null || invoice.issuedOn === null) {
    throw new ConflictError(
      `invoice '${invoice.id}' is a draft: issue it before asking for its UBL document`,
    );
  }
  const creditNote = invoice.kind === 'credit-note';
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    creditNote ? UBL_NAMESPACES.creditNote : UBL_NAMESPACES.invoice,
    creditNote ? 'CreditNote' : 'Invoice',
    { 'xmlns:cac': UBL_NAMESPACES.cac, 'xmlns:cbc': UBL_NAMESPACES.cbc },
  );
  header(root, invoice, invoice.number, invoice.issuedOn);
  party(root, 'AccountingSupplierParty', invoice.seller);
  party(root, 'AccountingCustomerParty', invoice.customer);
  paymentMeans(root, invoice);
  paymentTerms(root, invoice);
  taxTotal(root, invoice);
  legalMonetaryTotal(root, invoice);
  invoiceLines(root, invoice);
  return root.end({ prettyPrint: true });
}

function header(root: UblElement, invoice: InvoiceView, number: string, issuedOn: string): void {
  const creditNote = invoice.kind === 'credit-note';
  basic(root, 'CustomizationID', PEPPOL_CUSTOMIZATION_ID);
  basic(root, 'ProfileID', PEPPOL_PROFILE_ID);
  basic(root, 'ID', number);
  basic(root, 'IssueDate', issuedOn);
  if (!creditNote) basic(root, 'DueDate', invoice.dueOn);
  // UNCL1001: 380 commercial invoice, 381 credit note.
  basic(root, creditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode', creditNote ? '381' : '380');
  // Peppol allows one document note (PEPPOL-EN16931-R002): the notes go together, one per line.
  basic(root, 'Note', invoice.notes.join('\n'));
  basic(root, 'DocumentCurrencyCode', invoice.currency);
  // PEPPOL-EN16931-R003: a buyer reference or an order reference; the customer id is always there.
  basic(root, 'BuyerReference', invoice.customerId);
  if (invoice.periodFrom !== null || invoice.periodTo !== null) {
    const period = aggregate(root, 'InvoicePeriod');
    basic(period, 'StartDate', invoice.periodFrom);
    basic(period, 'EndDate', invoice.periodTo);
  }
  if (invoice.corrects !== null) {
    // BG-3 (NL-R-001): the invoice a credit note corrects, by number and issue date.
    const reference = aggregate(aggregate(root, 'BillingReference'), 'InvoiceDocumentReference');
    basic(reference, 'ID', invoice.corrects.number ?? invoice.corrects.id);
    basic(reference, 'IssueDate', invoice.corrects.issuedOn);
  }
}
