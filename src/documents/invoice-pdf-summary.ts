import type { InvoiceView } from '../billing/index.ts';
import { formatIban } from '../shared/identifiers/index.ts';
import { longDate, money, percent } from './invoice-format.ts';
import { paymentReferenceText } from './invoice-pdf-header.ts';
import { COLOR, CONTENT_WIDTH, ensureRoom, FONT, PAGE, rule, type Canvas } from './pdf-page.ts';

/*
 * Below the lines: the VAT per rate (art. 35a Wet OB: taxable amount and VAT per rate), the totals,
 * and what the customer is to do: pay the amount before the due date into the seller's account with
 * the payment reference, or nothing, or wait for the refund of a credit note.
 */

type VatSubtotalRow = InvoiceView['vatSubtotals'][number];

const VAT_TABLE_WIDTH = 255;
const TOTALS_X = PAGE.left + 285;
const TOTALS_WIDTH = PAGE.right - TOTALS_X;
const ROW = 14;

export function drawSummary(canvas: Canvas): void {
  const rows = canvas.invoice.vatSubtotals.length;
  ensureRoom(canvas, Math.max(rows * ROW + 40, 4 * ROW + 30) + 70);
  const top = canvas.y;
  const vatBottom = drawVatSummary(canvas, top);
  const totalsBottom = drawTotals(canvas, top);
  canvas.y = Math.max(vatBottom, totalsBottom) + 16;
  drawPaymentInstruction(canvas);
}

function drawVatSummary(canvas: Canvas, top: number): number {
  const { doc, labels, invoice } = canvas;
  const columns = [80, 90, VAT_TABLE_WIDTH - 170];
  doc.font(FONT.bold).fontSize(8.5).fillColor(COLOR.text);
  doc.text(labels.vatSummary, PAGE.left, top, { width: VAT_TABLE_WIDTH });
  let y = doc.y + 4;
  doc.rect(PAGE.left, y - 2, VAT_TABLE_WIDTH, ROW + 2).fill(COLOR.band);
  cells(canvas, [labels.vatRate, labels.taxable, labels.vat], columns, y, FONT.bold);
  y += ROW + 2;
  for (const row of invoice.vatSubtotals) {
    cells(
      canvas,
      [
        rateText(canvas, row),
        money(row.taxableCents, invoice.language),
        money(row.vatCents, invoice.language),
      ],
      columns,
      y,
      FONT.regular,
    );
    y += ROW;
  }
  return y;
}

function rateText(canvas: Canvas, row: VatSubtotalRow): string {
  const language = canvas.invoice.language;
  if (row.category === 'S') return percent(row.percent, language);
  return canvas.labels.categories[row.category] ?? row.category;
}

function cells(
  canvas: Canvas,
  texts: readonly string[],
  widths: readonly number[],
  y: number,
  font: string,
): void {
  const { doc } = canvas;
  doc.font(font).fontSize(8.5).fillColor(COLOR.text);
  let x = PAGE.left;
  texts.forEach((text, i) => {
    const width = widths[i] ?? 0;
    doc.text(text, x + 4, y + 2, { width: width - 8, align: i === 0 ? 'left' : 'right', lineBreak: false });
    x += width;
  });
}

function drawTotals(canvas: Canvas, top: number): number {
  const { doc, labels, invoice } = canvas;
  const language = invoice.language;
  let y = top;
  const line = (label: string, amount: number, bold = false) => {
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(9)
      .fillColor(COLOR.text);
    doc.text(label, TOTALS_X, y, { width: TOTALS_WIDTH / 2, lineBreak: false });
    doc.text(money(amount, language), TOTALS_X + TOTALS_WIDTH / 2, y, {
      width: TOTALS_WIDTH / 2 - 4,
      align: 'right',
      lineBreak: false,
    });
    y += ROW + 2;
  };
  line(labels.subtotal, invoice.netCents);
  line(labels.vat, invoice.vatCents);
  line(labels.total, invoice.totalCents, true);
  const due = invoice.kind === 'credit-note' ? labels.toRefund : labels.toPay;
  y += 4;
  doc.rect(TOTALS_X - 6, y - 5, TOTALS_WIDTH + 6, ROW + 12).fill(COLOR.accent);
  doc.font(FONT.bold).fontSize(10.5).fillColor('#ffffff');
  doc.text(due, TOTALS_X, y, { width: TOTALS_WIDTH / 2 + 20, lineBreak: false });
  doc.text(money(invoice.totalCents, language), TOTALS_X + TOTALS_WIDTH / 2, y, {
    width: TOTALS_WIDTH / 2 - 4,
    align: 'right',
    lineBreak: false,
  });
  return y + ROW + 10;
}

function drawPaymentInstruction(canvas: Canvas): void {
  const { doc } = canvas;
  const text = paymentInstruction(canvas);
  doc.font(FONT.regular).fontSize(9.5);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH });
  ensureRoom(canvas, height + 12);
  rule(canvas, canvas.y);
  doc.fillColor(COLOR.text).text(text, PAGE.left, canvas.y + 8, { width: CONTENT_WIDTH });
  canvas.y = doc.y + 8;
}

function paymentInstruction(canvas: Canvas): string {
  const { invoice, labels } = canvas;
  const language = invoice.language;
  const amount = money(invoice.totalCents, language);
  if (invoice.kind === 'credit-note') return labels.refundText(amount);
  if (invoice.totalCents <= 0) return labels.nothingToPay;
  const seller = invoice.seller;
  const account =
    seller.iban === null
      ? '—'
      : `${formatIban(seller.iban)}${seller.bic === null ? '' : ` (BIC ${seller.bic})`}`;
  const due = invoice.dueOn === null ? null : longDate(invoice.dueOn, language);
  const reference = paymentReferenceText(invoice.paymentReference ?? invoice.number);
  const request = labels.pleasePay(amount, due, account, seller.legalName);
  if (reference !== null) return `${request}${labels.quoteReference(reference)}`;
  return request.endsWith('.') ? request : `${request}.`;
}
