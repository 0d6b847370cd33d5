import type { CustomerAccount, StatementRow } from '../collections/index.ts';
import { formatIban } from '../shared/identifiers/index.ts';
import type { Cents } from '../shared/money/index.ts';
import { fit, room } from './account-statement-canvas.ts';
import type { StatementCanvas } from './account-statement-canvas.ts';
import { longDate, money, shortDate } from './invoice-format.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE } from './pdf-page.ts';

/*
 * The body of the account statement: every item with its running balance, the balance with the
 * interest accrued since and the disputed part, and the open items that make it up.
 */

type OpenClaim = CustomerAccount['openClaims'][number];

const ROW = 14;
const AMOUNT = 68;
/** Date, description, reference, debit, credit, balance. */
const ROW_COLUMNS = [64, CONTENT_WIDTH - 64 - 80 - 3 * AMOUNT, 80, AMOUNT, AMOUNT, AMOUNT] as const;
/** Item, due date, outstanding, interest, disputed, total. */
const CLAIM_COLUMNS = [CONTENT_WIDTH - 80 - 4 * AMOUNT, 80, AMOUNT, AMOUNT, AMOUNT, AMOUNT] as const;
const TOTALS_LABEL = CONTENT_WIDTH - 110;

export function drawRows(canvas: StatementCanvas): void {
  const { statement, words, language } = canvas;
  const header = () =>
    band(
      canvas,
      [words.date, words.description, words.reference, words.debit, words.credit, words.balance],
      ROW_COLUMNS,
      3,
    );
  room(canvas, ROW * 3);
  if (statement.rows.length === 0) {
    text(canvas, words.noRows);
    return;
  }
  header();
  for (const row of statement.rows) {
    room(canvas, ROW, header);
    cells(
      canvas,
      [
        shortDate(row.date, language),
        describe(canvas, row),
        row.reference,
        row.debitCents === 0 ? '' : money(row.debitCents, language),
        row.creditCents === 0 ? '' : money(row.creditCents, language),
        money(row.balanceCents, language),
      ],
      ROW_COLUMNS,
      3,
    );
  }
  canvas.y += 6;
}

/** The balance, the interest run up since the last payment, what that makes owed, and the part disputed. */
export function drawTotals(canvas: StatementCanvas): void {
  const { statement, words, labels, language, parties } = canvas;
  const owed = statement.balanceCents + statement.accruedInterestCents;
  room(canvas, ROW * 6);
  total(canvas, words.balance, statement.balanceCents);
  if (statement.accruedInterestCents !== 0)
    total(canvas, words.accruedInterest(longDate(statement.asOf, language)), statement.accruedInterestCents);
  canvas.y += 3;
  canvas.doc.rect(PAGE.left, canvas.y - 4, CONTENT_WIDTH, ROW + 4).fill(COLOR.accent);
  total(canvas, owed < 0 ? words.creditOnAccount : words.totalOwed, Math.abs(owed), FONT.bold, '#ffffff');
  if (statement.disputedCents !== 0) total(canvas, words.disputed, statement.disputedCents);
  canvas.y += 8;
  const payable = owed - statement.disputedCents;
  if (payable > 0) {
    const { seller } = parties;
    const account = `${formatIban(seller.iban)}${seller.bic === null ? '' : ` (BIC ${seller.bic})`}`;
    const request = labels.pleasePay(money(payable, language), null, account, seller.legalName);
    text(canvas, request.endsWith('.') ? request : `${request}.`);
  }
}

/** What is open on `asOf`, item by item: the principal or costs, the interest on it, and its disputed part. */
export function drawOpenClaims(canvas: StatementCanvas): void {
  const { statement, words, language } = canvas;
  if (statement.openClaims.length === 0) return;
  canvas.y += 6;
  room(canvas, ROW * 4);
  canvas.doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text);
  canvas.doc.text(words.openClaims, PAGE.left, canvas.y, { width: CONTENT_WIDTH });
  canvas.y = canvas.doc.y + 5;
  const header = () =>
    band(
      canvas,
      [words.claim, words.dueDate, words.open, words.interest, words.disputedColumn, words.total],
      CLAIM_COLUMNS,
      2,
    );
  header();
  for (const claim of statement.openClaims) {
    room(canvas, ROW, header);
    const open = claim.kind === 'costs' ? claim.costsCents : claim.principalCents;
    cells(
      canvas,
      [
        claimName(canvas, claim),
        shortDate(claim.dueOn, language),
        money(open, language),
        money(claim.interestCents, language),
        claim.disputedCents === 0 ? '' : money(claim.disputedCents, language),
        money(claim.costsCents + claim.interestCents + claim.principalCents, language),
      ],
      CLAIM_COLUMNS,
      2,
    );
  }
  canvas.y += 8;
  if (statement.disputedCents > 0) text(canvas, words.disputedNote, 8, COLOR.muted);
  if (statement.accruedInterestCents > 0) text(canvas, words.interestNote, 8, COLOR.muted);
}

/** A row's description in the statement's language; a payment keeps what the payer wrote with it. */
function describe(canvas: StatementCanvas, row: StatementRow): string {
  const { words } = canvas;
  switch (row.kind) {
    case 'costs':
      // The rule names the cost claim's kind in its description (account-statement.ts).
      if (row.description === 'Reminder fee') return words.reminderFee;
      if (row.description === 'Collection costs') return words.collectionCosts;
      return words.kinds.costs;
    case 'payment':
      return row.description === '' || row.description === 'Payment'
        ? words.kinds.payment
        : `${words.kinds.payment}: ${row.description}`;
    default:
      return words.kinds[row.kind];
  }
}

function claimName(canvas: StatementCanvas, claim: OpenClaim): string {
  const { words } = canvas;
  if (claim.kind === 'invoice') return `${words.kinds.invoice} ${claim.number}`;
  if (claim.costKind === 'reminder-fee') return words.reminderFee;
  if (claim.costKind === 'collection-costs') return words.collectionCosts;
  return `${words.kinds.costs} ${claim.number}`;
}

/** A table header on a tinted band. */
function band(
  canvas: StatementCanvas,
  texts: readonly string[],
  columns: readonly number[],
  leftAligned: number,
): void {
  canvas.doc.rect(PAGE.left, canvas.y - 3, CONTENT_WIDTH, ROW + 2).fill(COLOR.band);
  cells(canvas, texts, columns, leftAligned, FONT.bold);
  canvas.y += 2;
}

/** One table row: the first `leftAligned` columns left, the amounts right; each cut to its column. */
function cells(
  canvas: StatementCanvas,
  texts: readonly string[],
  columns: readonly number[],
  leftAligned: number,
  font: string = FONT.regular,
): void {
  const { doc } = canvas;
  doc.font(font).fontSize(8).fillColor(COLOR.text);
  let x = PAGE.left;
  texts.forEach((value, i) => {
    const width = columns[i] ?? 0;
    doc.text(fit(canvas, value, width - 8), x + 4, canvas.y, {
      width: width - 8,
      align: i < leftAligned ? 'left' : 'right',
      lineBreak: false,
    });
    x += width;
  });
  canvas.y += ROW;
}

function total(
  canvas: StatementCanvas,
  label: string,
  cents: Cents,
  font: string = FONT.regular,
  color: string = COLOR.text,
): void {
  const { doc, language } = canvas;
  doc.font(font).fontSize(9).fillColor(color);
  doc.text(label, PAGE.left + 4, canvas.y, { width: TOTALS_LABEL - 8, lineBreak: false });
  doc.text(money(cents, language), PAGE.left + TOTALS_LABEL, canvas.y, {
    width: CONTENT_WIDTH - TOTALS_LABEL - 4,
    align: 'right',
    lineBreak: false,
  });
  canvas.y += ROW + 2;
}

function text(canvas: StatementCanvas, value: string, size = 9, color: string = COLOR.text): void {
  const { doc } = canvas;
  doc.font(FONT.regular).fontSize(size).fillColor(color);
  room(canvas, doc.heightOfString(value, { width: CONTENT_WIDTH }));
  doc.text(value, PAGE.left, canvas.y, { width: CONTENT_WIDTH });
  canvas.y = doc.y + 6;
}
