import type { InvoiceLabels } from './invoice-labels.ts';
import type { DunningLetter } from './dunning-letter-pdf.ts';
import type { LetterLabels } from './letter-labels.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE } from './pdf-page.ts';
import type { Pdf } from './pdf-page.ts';

/** The page a dunning letter is drawn on: where the pen is, paragraphs, and new pages with a running head. */

export const HALF = CONTENT_WIDTH / 2;

export interface LetterCanvas {
  readonly doc: Pdf;
  readonly letter: DunningLetter;
  readonly labels: InvoiceLabels;
  readonly words: LetterLabels;
  y: number;
}

interface ParagraphStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly gap?: number;
}

export function paragraph(canvas: LetterCanvas, text: string, style: ParagraphStyle = {}): void {
  const { doc } = canvas;
  doc
    .font(style.bold ? FONT.bold : FONT.regular)
    .fontSize(style.size ?? 10)
    .fillColor(style.color ?? COLOR.text);
  room(canvas, doc.heightOfString(text, { width: CONTENT_WIDTH }));
  doc.text(text, PAGE.left, canvas.y, { width: CONTENT_WIDTH });
  canvas.y = doc.y + (style.gap ?? 9);
}

/** Starts a new page, with a short running head, when `height` does not fit above the footer. */
export function room(canvas: LetterCanvas, height: number, onNewPage?: () => void): void {
  if (canvas.y + height <= PAGE.bottom) return;
  const { doc, letter, words, labels } = canvas;
  doc.addPage();
  doc.font(FONT.bold).fontSize(9).fillColor(COLOR.text);
  doc.text(letter.seller.legalName, PAGE.left, PAGE.top, { width: HALF, lineBreak: false });
  doc.font(FONT.regular).fillColor(COLOR.muted);
  const head = `${words.subjects[letter.step]} (${labels.continued})`;
  doc.text(head, PAGE.left + HALF, PAGE.top, { width: HALF, align: 'right', lineBreak: false });
  doc
    .moveTo(PAGE.left, PAGE.top + 16)
    .lineTo(PAGE.right, PAGE.top + 16)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  canvas.y = PAGE.top + 28;
  onNewPage?.();
}
