import { collectPdf } from './pdf-pages.ts';
import type { InvoiceView } from '../billing/index.ts';
import PDFDocument from 'pdfkit';
import { drawPageFurniture } from './invoice-pdf-footer.ts';
import { drawHeader } from './invoice-pdf-header.ts';
import { drawLines } from './invoice-pdf-lines.ts';
import { drawSummary } from './invoice-pdf-summary.ts';
import { labelsFor } from './invoice-labels.ts';
import { canvasFor, PAGE, registerFonts } from './pdf-page.ts';

/**
 * The invoice or credit note as the customer reads it: an A4 PDF in the invoice's language with
 * everything art. 35a Wet OB asks of an invoice, the lines over as many pages as they need, and a
 * payment instruction with IBAN and payment reference. A draft says so on every page.
 *
 * An issued invoice renders to the same bytes every time: the PDF's dates are its issue date.
 */
export function renderInvoicePdf(invoice: InvoiceView): Promise<Buffer> {
  const issued = invoice.issuedOn === null ? undefined : new Date(`${invoice.issuedOn}T00:00:00Z`);
  const labels = labelsFor(invoice.language);
  const title = invoice.kind === 'credit-note' ? labels.creditNote : labels.invoice;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.width - PAGE.right, bottom: 40 },
    bufferPages: true,
    lang: invoice.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${title} ${invoice.number ?? labels.draft} — ${invoice.seller.legalName}`,
      Author: invoice.seller.legalName,
      Creator: 'Vezel',
      Producer: 'Vezel',
      ...(issued === undefined ? {} : { CreationDate: issued, ModDate: issued }),
    },
  });
  const done = collectPdf(doc);
  registerFonts(doc);
  const canvas = canvasFor(doc, invoice);
  drawHeader(canvas);
  drawLines(canvas);
  drawSummary(canvas);
  drawPageFurniture(canvas);
  doc.end();
  return done;
}
