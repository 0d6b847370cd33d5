import PDFDocument from 'pdfkit';
import type { CustomerAccount } from '../collections/index.ts';
import { collectPdf, drawPageFooters } from './pdf-pages.ts';
import { formatIban } from '../shared/identifiers/index.ts';
import { HALF } from './account-statement-canvas.ts';
import type { StatementCanvas, StatementParties } from './account-statement-canvas.ts';
import { drawOpenClaims, drawRows, drawTotals } from './account-statement-tables.ts';
import { longDate } from './invoice-format.ts';
import { labelsFor } from './invoice-labels.ts';
import type { InvoiceLanguage } from './invoice-labels.ts';
import { addressLines } from './invoice-pdf-header.ts';
import { COLOR, FONT, PAGE, registerFonts } from './pdf-page.ts';
import { statementLabelsFor } from './statement-labels.ts';

export type { StatementParties } from './account-statement-canvas.ts';

/*
 * A customer's account statement as the customer reads it: an A4 PDF in the customer's language with
 * the seller's letterhead, every item with its running balance, the balance with the statutory
 * interest accrued since and the disputed part (bit:9.5), and the open items that make it up. Drawn
 * with the invoice's fonts, colours and formats; the same statement renders to the same bytes (the
 * PDF's dates are its `asOf`).
 */
export function renderAccountStatementPdf(
  statement: CustomerAccount,
  parties: StatementParties,
  language: InvoiceLanguage,
): Promise<Buffer> {
  const words = statementLabelsFor(language);
  const dated = new Date(`${statement.asOf}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.width - PAGE.right, bottom: 40 },
    bufferPages: true,
    lang: language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${words.title} ${parties.customer.legalName} — ${parties.seller.legalName}`,
      Author: parties.seller.legalName,
      Creator: 'Vezel',
      Producer: 'Vezel',
      CreationDate: dated,
      ModDate: dated,
    },
  });
  const done = collectPdf(doc);
  registerFonts(doc);
  const canvas: StatementCanvas = {
    doc,
    statement,
    parties,
    language,
    labels: labelsFor(language),
    words,
    y: PAGE.top,
  };
  drawLetterhead(canvas);
  drawRows(canvas);
  drawTotals(canvas);
  drawOpenClaims(canvas);
  drawPageFooters(canvas.doc, canvas.parties.seller.legalName, canvas.labels.page);
  doc.end();
  return done;
}

const ADDRESSEE_TOP = 150;
const DETAILS_X = PAGE.left + 300;

/** The seller (name, address, KvK, VAT id, IBAN) top left, the title top right, then the customer and the date. */
function drawLetterhead(canvas: StatementCanvas): void {
  const { doc, parties, labels, language, words } = canvas;
  const { seller } = parties;
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.accent);
  doc.text(seller.legalName, PAGE.left, PAGE.top, { width: HALF });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  const sellerLines = [
    ...addressLines(seller.address, language),
    seller.kvkNumber === null ? null : `${labels.kvkNumber} ${seller.kvkNumber}`,
    seller.vatId === null ? null : `${labels.vatId} ${seller.vatId}`,
    `${labels.iban} ${formatIban(seller.iban)}${seller.bic === null ? '' : `  ${labels.bic} ${seller.bic}`}`,
    seller.email,
  ];
  let y = doc.y + 3;
  for (const line of sellerLines) {
    if (line === null) continue;
    doc.text(line, PAGE.left, y, { width: HALF });
    y = doc.y;
  }
  doc.font(FONT.bold).fontSize(20).fillColor(COLOR.text);
  doc.text(words.title, PAGE.left + HALF, PAGE.top - 4, { width: HALF, align: 'right' });
  const top = Math.max(y + 20, ADDRESSEE_TOP);
  const addressee = drawAddressee(canvas, top);
  const details = drawDetails(canvas, top, [
    [words.asOf, longDate(canvas.statement.asOf, language)],
    [labels.customerNumber, parties.customer.customerNumber],
  ]);
  canvas.y = Math.max(addressee, details) + 26;
}

function drawAddressee(canvas: StatementCanvas, top: number): number {
  const { doc, parties, language } = canvas;
  doc.font(FONT.bold).fontSize(10.5).fillColor(COLOR.text);
  doc.text(parties.customer.legalName, PAGE.left, top, { width: 250 });
  doc.font(FONT.regular).fontSize(10);
  for (const line of addressLines(parties.customer.address, language))
    if (line !== null) doc.text(line, PAGE.left, doc.y, { width: 250 });
  return doc.y;
}

function drawDetails(canvas: StatementCanvas, top: number, rows: readonly [string, string | null][]): number {
  const { doc } = canvas;
  let y = top;
  for (const [label, value] of rows) {
    if (value === null) continue;
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
    doc.text(label, DETAILS_X, y, { width: 95 });
    doc.font(FONT.bold).fillColor(COLOR.text);
    doc.text(value, DETAILS_X + 95, y, { width: PAGE.right - DETAILS_X - 95 });
    y = doc.y + 2;
  }
  return y;
}
