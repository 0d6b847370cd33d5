import type { InvoiceView } from '../billing/index.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { labelsFor, type InvoiceLabels } from './invoice-labels.ts';
import { woffToSfnt } from './woff-font.ts';

/*
 * The page the invoice PDF is drawn on: A4 in points, its margins, colours and fonts, and the
 * running position of the pen. The text face is DejaVu Sans from the @fontsource/dejavu-sans
 * package, embedded (subset) in the PDF: the 14 standard PDF fonts only know Windows-1252, which
 * garbles the names of customers in Poland, Czechia or Romania ("Łódź", "Dvořák", "Ștefan").
 */

export type Pdf = PDFKit.PDFDocument;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 50,
  right: 545.28,
  top: 48,
  /** The last y a line of content may reach; below it sit the footer and the page number. */
  bottom: 765,
  footer: 782,
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLOR = {
  text: '#1f2328',
  muted: '#5f6670',
  rule: '#d0d4da',
  band: '#f2f4f7',
  accent: '#0b4f8a',
  noteFill: '#fff6d6',
  noteBar: '#d49b00',
  draft: '#c0392b',
} as const;

export const FONT = { regular: 'Text', bold: 'Text-Bold' } as const;

const fontFiles = { regular: 'dejavu-sans-latin-400-normal.woff', bold: 'dejavu-sans-latin-700-normal.woff' };
let fontData: { regular: Buffer; bold: Buffer } | undefined;

/**
 * Reads the two font files once (the package exports no path to them, so its LICENSE shows the
 * way) and unpacks them from WOFF, which pdfkit would otherwise inflate again glyph by glyph.
 */
export function registerFonts(doc: Pdf): void {
  if (fontData === undefined) {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('@fontsource/dejavu-sans/LICENSE')),
      'files',
    );
    fontData = {
      regular: woffToSfnt(readFileSync(join(folder, fontFiles.regular))),
      bold: woffToSfnt(readFileSync(join(folder, fontFiles.bold))),
    };
  }
  doc.registerFont(FONT.regular, fontData.regular);
  doc.registerFont(FONT.bold, fontData.bold);
}

/** What every part of the drawing needs: the document, the invoice, its words, and where the pen is. */
export interface Canvas {
  readonly doc: Pdf;
  readonly invoice: InvoiceView;
  readonly labels: InvoiceLabels;
  y: number;
}

export function canvasFor(doc: Pdf, invoice: InvoiceView): Canvas {
  return { doc, invoice, labels: labelsFor(invoice.language), y: PAGE.top };
}

/** The document's title: "Factuur" or "Creditnota". */
export function titleOf(canvas: Canvas): string {
  return canvas.invoice.kind === 'credit-note' ? canvas.labels.creditNote : canvas.labels.invoice;
}

/** The number, or "CONCEPT"/"DRAFT" while the invoice has none. */
export function numberOf(canvas: Canvas): string {
  return canvas.invoice.number ?? canvas.labels.draft;
}

/**
 * Makes room for `height` points: when they do not fit above the footer, a new page starts with a
 * short running head (seller, title and number, "vervolg"), and `onNewPage` may draw more (the
 * table header of the lines).
 */
export function ensureRoom(canvas: Canvas, height: number, onNewPage?: () => void): void {
  if (canvas.y + height <= PAGE.bottom) return;
  canvas.doc.addPage();
  const { doc, invoice, labels } = canvas;
  doc.font(FONT.bold).fontSize(9).fillColor(COLOR.text);
  doc.text(invoice.seller.legalName, PAGE.left, PAGE.top, { width: CONTENT_WIDTH / 2, lineBreak: false });
  doc.font(FONT.regular).fillColor(COLOR.muted);
  doc.text(
    `${titleOf(canvas)} ${numberOf(canvas)} (${labels.continued})`,
    PAGE.left + CONTENT_WIDTH / 2,
    PAGE.top,
    {
      width: CONTENT_WIDTH / 2,
      align: 'right',
      lineBreak: false,
    },
  );
  rule(canvas, PAGE.top + 16);
  canvas.y = PAGE.top + 28;
  onNewPage?.();
}

/** A thin horizontal line across the content width. */
export function rule(canvas: Canvas, y: number, color: string = COLOR.rule): void {
  canvas.doc.moveTo(PAGE.left, y).lineTo(PAGE.right, y).lineWidth(0.5).strokeColor(color).stroke();
}
