import type { InvoiceLineView } from '../billing/index.ts';
import { compactPeriod, decimalText, money, percent, unitPrice } from './invoice-format.ts';
import { COLOR, CONTENT_WIDTH, ensureRoom, FONT, PAGE, rule, type Canvas } from './pdf-page.ts';

/*
 * The invoice lines as a table: description, period, quantity, unit price, VAT and amount. Lines
 * flow onto as many pages as they need; every page that continues the table repeats its header.
 */

interface Column {
  readonly key: 'description' | 'period' | 'quantity' | 'price' | 'vat' | 'amount';
  readonly width: number;
  readonly align: 'left' | 'right';
}

const COLUMNS: readonly Column[] = [
  { key: 'description', width: 190, align: 'left' },
  { key: 'period', width: 80, align: 'left' },
  { key: 'quantity', width: 58, align: 'right' },
  { key: 'price', width: 62, align: 'right' },
  { key: 'vat', width: 40, align: 'right' },
  { key: 'amount', width: CONTENT_WIDTH - 430, align: 'right' },
];

const FONT_SIZE = 8.5;
const GAP = 6;
const PADDING = 4;

export function drawLines(canvas: Canvas): void {
  const drawHeaderRow = () => tableHeader(canvas);
  ensureRoom(canvas, 60, drawHeaderRow);
  drawHeaderRow();
  for (const line of canvas.invoice.lines) {
    const cells = cellsOf(canvas, line);
    const height = rowHeight(canvas, cells);
    ensureRoom(canvas, height, drawHeaderRow);
    drawRow(canvas, cells, FONT.regular, COLOR.text);
    canvas.y += height;
    rule(canvas, canvas.y - PADDING / 2, COLOR.band);
  }
  canvas.y += 14;
}

function tableHeader(canvas: Canvas): void {
  const { labels } = canvas;
  const cells = {
    description: labels.description,
    period: labels.period,
    quantity: labels.quantity,
    price: labels.price,
    vat: labels.vat,
    amount: labels.amount,
  };
  canvas.doc.rect(PAGE.left, canvas.y - 2, CONTENT_WIDTH, 18).fill(COLOR.band);
  drawRow(canvas, cells, FONT.bold, COLOR.text);
  canvas.y += 20;
}

function cellsOf(canvas: Canvas, line: InvoiceLineView): Record<Column['key'], string> {
  const { language } = canvas.invoice;
  const unit = canvas.labels.units[line.unitCode];
  return {
    description: line.description,
    period: compactPeriod(line.periodFrom, line.periodTo, language) ?? '',
    quantity: `${decimalText(line.quantity, language)}${unit === undefined ? '' : ` ${unit}`}`,
    price: unitPrice(line.unitPriceCents, language),
    vat:
      line.vatCategory === 'S'
        ? percent(line.vatPercent, language)
        : (canvas.labels.categories[line.vatCategory] ?? line.vatCategory),
    amount: money(line.netCents, language),
  };
}

function rowHeight(canvas: Canvas, cells: Record<Column['key'], string>): number {
  const { doc } = canvas;
  doc.font(FONT.regular).fontSize(FONT_SIZE);
  const heights = COLUMNS.map((column) =>
    doc.heightOfString(cells[column.key], { width: column.width - GAP }),
  );
  return Math.max(...heights) + PADDING * 2;
}

function drawRow(canvas: Canvas, cells: Record<Column['key'], string>, font: string, color: string): void {
  const { doc } = canvas;
  doc.font(font).fontSize(FONT_SIZE).fillColor(color);
  let x = PAGE.left;
  for (const column of COLUMNS) {
    doc.text(cells[column.key], x + 4, canvas.y + PADDING, {
      width: column.width - GAP,
      align: column.align,
    });
    x += column.width;
  }
}
