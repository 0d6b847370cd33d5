import type { InvoiceView } from '../billing/index.ts';
import { VAT_CATEGORIES, type VatCategory } from '../shared/money/index.ts';
import { labelsFor } from './invoice-labels.ts';
import { aggregate, amount, basic, vatScheme, type UblElement } from './ubl-elements.ts';

/*
 * Payment (BG-16, BT-20), the VAT breakdown (BG-23) and the document totals (BG-22) of a UBL
 * invoice or credit note, in the order of the UBL 2.1 schema.
 */

type VatSubtotalRow = InvoiceView['vatSubtotals'][number];

/** UNCL4461 58: SEPA credit transfer (allowed for Dutch sellers by NL-R-008). */
const SEPA_CREDIT_TRANSFER = '58';

/**
 * An invoice asks the customer to pay into the seller's account (BR-61: the account must be there),
 * quoting the payment reference (BT-83). A credit note only carries payment means when the
 * customer's own account is known: the money then goes the other way, to the customer, and the
 * due date of a credit note lives here (BT-9 is PaymentMeans/PaymentDueDate in a UBL CreditNote).
 */
export function paymentMeans(parent: UblElement, invoice: InvoiceView): void {
  const creditNote = invoice.kind === 'credit-note';
  const payee = creditNote ? invoice.customer : invoice.seller;
  if (payee.iban === null) return;
  const means = aggregate(parent, 'PaymentMeans');
  basic(means, 'PaymentMeansCode', SEPA_CREDIT_TRANSFER);
  if (creditNote) basic(means, 'PaymentDueDate', invoice.dueOn);
  basic(means, 'PaymentID', invoice.paymentReference ?? invoice.number);
  const account = aggregate(means, 'PayeeFinancialAccount');
  basic(account, 'ID', payee.iban);
  if (payee.bic !== null) basic(aggregate(account, 'FinancialInstitutionBranch'), 'ID', payee.bic);
}

/** The payment terms as text (BT-20): with the due date, what BR-CO-25 asks of a payable invoice. */
export function paymentTerms(parent: UblElement, invoice: InvoiceView): void {
  if (invoice.kind === 'credit-note') return;
  basic(
    aggregate(parent, 'PaymentTerms'),
    'Note',
    labelsFor(invoice.language).paymentTermText(invoice.paymentTermDays),
  );
}

/** One TaxTotal with a subtotal per VAT category and rate (PEPPOL-EN16931-R053, BR-CO-14). */
export function taxTotal(parent: UblElement, invoice: InvoiceView): void {
  const total = aggregate(parent, 'TaxTotal');
  amount(total, 'TaxAmount', invoice.vatCents, invoice.currency);
  for (const row of invoice.vatSubtotals) taxSubtotal(total, row, invoice.currency);
}

function taxSubtotal(parent: UblElement, row: VatSubtotalRow, currency: string): void {
  const subtotal = aggregate(parent, 'TaxSubtotal');
  amount(subtotal, 'TaxableAmount', row.taxableCents, currency);
  amount(subtotal, 'TaxAmount', row.vatCents, currency);
  const category = aggregate(subtotal, 'TaxCategory');
  basic(category, 'ID', row.category);
  if (row.category !== 'O') basic(category, 'Percent', row.percent);
  // BR-AE-10 and its twins: the categories without Dutch VAT say why; S and Z must not (BR-S-10, BR-Z-10).
  const code = row.exemptionReasonCode ?? VAT_CATEGORIES[row.category].exemptionReasonCode;
  if (needsExemptionReason(row.category)) {
    basic(category, 'TaxExemptionReasonCode', code);
    basic(category, 'TaxExemptionReason', row.exemptionReason);
  }
  vatScheme(category);
}

/** The tax category of an invoice line (BG-30): code and rate, never an exemption reason. */
export function classifiedTaxCategory(parent: UblElement, category: string, percent: string): void {
  const classified = aggregate(parent, 'ClassifiedTaxCategory');
  basic(classified, 'ID', category);
  if (category !== 'O') basic(classified, 'Percent', percent);
  vatScheme(classified);
}

function needsExemptionReason(category: VatCategory): boolean {
  return category !== 'S' && category !== 'Z';
}

/** BT-106, BT-109, BT-112 and BT-115: no allowances, charges or prepayments, so they follow from net and VAT. */
export function legalMonetaryTotal(parent: UblElement, invoice: InvoiceView): void {
  const total = aggregate(parent, 'LegalMonetaryTotal');
  amount(total, 'LineExtensionAmount', invoice.netCents, invoice.currency);
  amount(total, 'TaxExclusiveAmount', invoice.netCents, invoice.currency);
  amount(total, 'TaxInclusiveAmount', invoice.totalCents, invoice.currency);
  amount(total, 'PayableAmount', invoice.totalCents, invoice.currency);
}
