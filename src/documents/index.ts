/** The documents context (so far): the invoice as PDF and as UBL e-invoice. */
export { renderInvoicePdf } from './invoice-pdf.ts';
export { renderInvoiceUbl } from './invoice-ubl.ts';
