import { formatIban } from '../shared/identifiers/index.ts';
import { addressLines } from './invoice-pdf-header.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE, rule, type Canvas } from './pdf-page.ts';

/*
 * What every page carries, drawn once all pages exist (so "Pagina 1 van 3" knows the 3): the
 * seller's legal particulars (art. 35a Wet OB: name, address, KvK, VAT id; and where to pay), the
 * page number, and on a draft a watermark that no one can mistake for an issued invoice.
 */

export function drawPageFurniture(canvas: Canvas): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits below the bottom margin; without this pdfkit would start a new page for it.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (canvas.invoice.state === 'draft') drawWatermark(canvas);
    drawFooter(canvas, i - range.start + 1, range.count);
    doc.page.margins.bottom = margin;
  }
}

function drawFooter(canvas: Canvas, page: number, pages: number): void {
  const { doc, labels } = canvas;
  rule(canvas, PAGE.footer - 6);
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  doc.text(sellerParticulars(canvas), PAGE.left, PAGE.footer, { width: CONTENT_WIDTH - 90 });
  doc.text(labels.page(page, pages), PAGE.right - 85, PAGE.footer, {
    width: 85,
    align: 'right',
    lineBreak: false,
  });
}

function sellerParticulars(canvas: Canvas): string {
  const { invoice, labels } = canvas;
  const seller = invoice.seller;
  const address = addressLines(seller.address, invoice.language)
    .filter((line): line is string => line !== null)
    .join(', ');
  return [
    seller.legalName,
    address,
    seller.kvkNumber === null ? null : `${labels.kvkNumber} ${seller.kvkNumber}`,
    seller.vatId === null ? null : `${labels.vatId} ${seller.vatId}`,
    seller.iban === null ? null : `${labels.iban} ${formatIban(seller.iban)}`,
    seller.bic === null ? null : `${labels.bic} ${seller.bic}`,
    seller.email,
  ]
    .filter((part): part is string => part !== null)
    .join('  ·  ');
}

function drawWatermark(canvas: Canvas): void {
  const { doc, labels } = canvas;
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.font(FONT.bold).fontSize(96).fillColor(COLOR.draft).fillOpacity(0.09);
  doc.text(labels.draft, 0, PAGE.height / 2 - 60, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
}
