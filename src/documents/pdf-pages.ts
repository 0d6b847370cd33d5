import { COLOR, CONTENT_WIDTH, FONT, PAGE } from './pdf-page.ts';
import type { Pdf } from './pdf-page.ts';

/** The seller's name and "page n of m" on every page, drawn once all pages exist (bufferPages). */
export function drawPageFooters(doc: Pdf, sellerName: string, page: (n: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits below the bottom margin; without this pdfkit would start a new page for it.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .moveTo(PAGE.left, PAGE.footer - 6)
      .lineTo(PAGE.right, PAGE.footer - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    doc.text(sellerName, PAGE.left, PAGE.footer, { width: CONTENT_WIDTH - 90, lineBreak: false });
    doc.text(page(i - range.start + 1, range.count), PAGE.right - 85, PAGE.footer, {
      width: 85,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** The finished document's bytes. */
export function collectPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
