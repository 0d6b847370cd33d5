import type { CustomerAccount } from '../collections/index.ts';
import type { LetterCustomer, LetterSeller } from './dunning-letter-pdf.ts';
import type { InvoiceLabels, InvoiceLanguage } from './invoice-labels.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE } from './pdf-page.ts';
import type { Pdf } from './pdf-page.ts';
import type { StatementLabels } from './statement-labels.ts';

/** The page an account statement is drawn on: where the pen is, and new pages with a running head. */

/** Who the statement is from and to, as the letterhead and the address block print them. */
export interface StatementParties {
  readonly seller: LetterSeller;
  readonly customer: LetterCustomer;
}

export interface StatementCanvas {
  readonly doc: Pdf;
  readonly statement: CustomerAccount;
  readonly parties: StatementParties;
  readonly language: InvoiceLanguage;
  readonly labels: InvoiceLabels;
  readonly words: StatementLabels;
  y: number;
}

export const HALF = CONTENT_WIDTH / 2;

/** Starts a new page, with a short running head, when `height` does not fit above the footer. */
export function room(canvas: StatementCanvas, height: number, onNewPage?: () => void): void {
  if (canvas.y + height <= PAGE.bottom) return;
  const { doc, parties, words, labels } = canvas;
  doc.addPage();
  doc.font(FONT.bold).fontSize(9).fillColor(COLOR.text);
  doc.text(parties.seller.legalName, PAGE.left, PAGE.top, { width: HALF, lineBreak: false });
  doc.font(FONT.regular).fillColor(COLOR.muted);
  const head = `${words.title} ${parties.customer.legalName} (${labels.continued})`;
  doc.text(fit(canvas, head, HALF), PAGE.left + HALF, PAGE.top, {
    width: HALF,
    align: 'right',
    lineBreak: false,
  });
  doc
    .moveTo(PAGE.left, PAGE.top + 16)
    .lineTo(PAGE.right, PAGE.top + 16)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  canvas.y = PAGE.top + 28;
  onNewPage?.();
}

/** The text cut with an ellipsis to `width` in the current font, so a long remittance keeps to its column. */
export function fit(canvas: StatementCanvas, text: string, width: number): string {
  const { doc } = canvas;
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
