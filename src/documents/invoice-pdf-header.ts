import type { InvoiceView } from '../billing/index.ts';
import type { Address } from '../shared/identifiers/index.ts';
import { longDate, periodText } from './invoice-format.ts';
import type { InvoiceLanguage } from './invoice-labels.ts';
import { CONTENT_WIDTH, COLOR, ensureRoom, FONT, numberOf, PAGE, titleOf, type Canvas } from './pdf-page.ts';
import { streetLine } from './ubl-parties.ts';

/*
 * The top of the first page: who sends it (art. 35a Wet OB: name, address, KvK, VAT id), the title,
 * who receives it, the invoice's particulars, and the notes that change what the invoice means
 * (reverse charge, the invoice a credit note corrects) in a marked box before the lines.
 */

type InvoiceParty = InvoiceView['seller'];

const LEFT_COLUMN = 250;
const META_LABEL_X = PAGE.left + 262;
const META_LABEL_WIDTH = 100;
const META_VALUE_X = META_LABEL_X + META_LABEL_WIDTH;

export function drawHeader(canvas: Canvas): void {
  const sellerBottom = drawSeller(canvas);
  const top = Math.max(sellerBottom, drawTitle(canvas)) + 26;
  const customerBottom = drawCustomer(canvas, top);
  const metaBottom = drawParticulars(canvas, top);
  canvas.y = Math.max(customerBottom, metaBottom) + 18;
  drawNotes(canvas);
}

function drawSeller(canvas: Canvas): number {
  const { doc, invoice } = canvas;
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.accent);
  doc.text(invoice.seller.legalName, PAGE.left, PAGE.top, { width: LEFT_COLUMN });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  const lines = [...addressLines(invoice.seller.address, invoice.language), invoice.seller.email];
  let y = doc.y + 3;
  for (const line of lines) {
    if (line === null) continue;
    doc.text(line, PAGE.left, y, { width: LEFT_COLUMN });
    y = doc.y;
  }
  return y;
}

function drawTitle(canvas: Canvas): number {
  const { doc, invoice, labels } = canvas;
  const x = PAGE.left + LEFT_COLUMN;
  const width = CONTENT_WIDTH - LEFT_COLUMN;
  doc.font(FONT.bold).fontSize(22).fillColor(COLOR.text);
  doc.text(titleOf(canvas), x, PAGE.top - 4, { width, align: 'right' });
  if (invoice.state === 'draft') {
    doc.fontSize(12).fillColor(COLOR.draft).text(labels.draft, x, doc.y, { width, align: 'right' });
  }
  return doc.y;
}

function drawCustomer(canvas: Canvas, top: number): number {
  const { doc, invoice, labels } = canvas;
  const customer = invoice.customer;
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
  doc.text(labels.billTo.toUpperCase(), PAGE.left, top, { width: LEFT_COLUMN, characterSpacing: 0.5 });
  doc.font(FONT.bold).fontSize(10.5).fillColor(COLOR.text);
  doc.text(customer.legalName, PAGE.left, doc.y + 3, { width: LEFT_COLUMN });
  doc.font(FONT.regular).fontSize(9.5);
  for (const line of addressLines(customer.address, invoice.language)) {
    if (line !== null) doc.text(line, PAGE.left, doc.y, { width: LEFT_COLUMN });
  }
  doc.fontSize(8.5).fillColor(COLOR.muted);
  let y = doc.y + 4;
  for (const line of identifiers(customer, canvas)) {
    doc.text(line, PAGE.left, y, { width: LEFT_COLUMN });
    y = doc.y;
  }
  return y;
}

function identifiers(party: InvoiceParty, canvas: Canvas): string[] {
  const { labels } = canvas;
  return [
    ...(party.vatId === null ? [] : [`${labels.vatId}: ${party.vatId}`]),
    ...(party.kvkNumber === null ? [] : [`${labels.kvkNumber}: ${party.kvkNumber}`]),
  ];
}

/** The invoice's particulars as label–value rows beside the customer. */
function drawParticulars(canvas: Canvas, top: number): number {
  const { doc } = canvas;
  let y = top;
  for (const [label, value] of particulars(canvas)) {
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
    doc.text(label, META_LABEL_X, y, { width: META_LABEL_WIDTH - 6 });
    const labelBottom = doc.y;
    doc.font(FONT.bold).fillColor(COLOR.text);
    doc.text(value, META_VALUE_X, y, { width: PAGE.right - META_VALUE_X });
    y = Math.max(labelBottom, doc.y) + 2;
  }
  return y;
}

function particulars(canvas: Canvas): [string, string][] {
  const { invoice, labels } = canvas;
  const language = invoice.language;
  const creditNote = invoice.kind === 'credit-note';
  const rows: [string, string | null][] = [
    [creditNote ? labels.creditNoteNumber : labels.invoiceNumber, numberOf(canvas)],
    [
      creditNote ? labels.creditNoteDate : labels.invoiceDate,
      invoice.issuedOn === null ? '—' : longDate(invoice.issuedOn, language),
    ],
    [labels.dueDate, creditNote || invoice.dueOn === null ? null : longDate(invoice.dueOn, language)],
    [labels.paymentTerm, creditNote ? null : `${invoice.paymentTermDays} ${labels.days}`],
    [labels.period, periodText(invoice.periodFrom, invoice.periodTo, language)],
    [labels.customerNumber, invoice.customerId],
    [labels.paymentReference, creditNote ? null : paymentReferenceText(invoice.paymentReference)],
    [labels.corrects, invoice.corrects === null ? null : (invoice.corrects.number ?? invoice.corrects.id)],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

/** The notes that change what the invoice means, each in a marked box: reverse charge, the corrected invoice. */
function drawNotes(canvas: Canvas): void {
  const { doc, invoice, labels } = canvas;
  const corrects = invoice.corrects;
  const correction =
    corrects === null
      ? []
      : [
          labels.correctsText(
            corrects.number ?? corrects.id,
            corrects.issuedOn === null ? null : longDate(corrects.issuedOn, invoice.language),
          ),
        ];
  for (const note of [...correction, ...invoice.notes]) {
    doc.font(FONT.bold).fontSize(9.5);
    const height = doc.heightOfString(note, { width: CONTENT_WIDTH - 24 }) + 14;
    ensureRoom(canvas, height + 6);
    doc.rect(PAGE.left, canvas.y, CONTENT_WIDTH, height).fill(COLOR.noteFill);
    doc.rect(PAGE.left, canvas.y, 3, height).fill(COLOR.noteBar);
    doc.fillColor(COLOR.text).text(note, PAGE.left + 14, canvas.y + 7, { width: CONTENT_WIDTH - 24 });
    canvas.y += height + 6;
  }
  canvas.y += 8;
}

/** Street and number, postcode and city, and the country when it is not the Netherlands. */
export function addressLines(address: Address, language: InvoiceLanguage): (string | null)[] {
  return [
    streetLine(address),
    `${address.postcode} ${address.city}`,
    address.country === 'NL' ? null : countryName(address.country, language),
  ];
}

function countryName(code: string, language: InvoiceLanguage): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

/** An ISO 11649 creditor reference in groups of four, as banks print it ("RF18 5390 0754 7034"). */
export function paymentReferenceText(reference: string | null): string | null {
  if (reference === null) return null;
  return reference.startsWith('RF') ? (reference.match(/.{1,4}/g) ?? [reference]).join(' ') : reference;
}
