import type { Cents } from '../shared/money/index.ts';
import type { DunningLetter } from './dunning-letter-pdf.ts';
import { longDate, money } from './invoice-format.ts';
import { room } from './letter-canvas.ts';
import type { LetterCanvas } from './letter-canvas.ts';
import { COLOR, CONTENT_WIDTH, FONT, PAGE } from './pdf-page.ts';

/** The table of a dunning letter: each claim's open principal and interest, the costs, and the total to pay. */

/** What the customer is asked to pay: the open principal and interest of every claim, and the costs. */
export function dunningLetterTotal(letter: DunningLetter): Cents {
  const claims = letter.claims.reduce(
    (sum, claim) => sum + claim.openPrincipalCents + claim.interestCents,
    0,
  );
  return letter.costs.reduce((sum, cost) => sum + cost.amountCents, claims);
}

const COLUMNS = [110, 80, 80, 75, 70, CONTENT_WIDTH - 415] as const;
const ROW = 15;

/** The claims with their open principal and interest, the costs, and the total to pay. */
export function drawClaims(canvas: LetterCanvas): void {
  const { letter, words } = canvas;
  const amount = (cents: Cents) => money(cents, letter.language);
  const header = [
    words.invoiceNumber,
    words.invoiceDate,
    words.dueDate,
    words.openPrincipal,
    words.interest,
    words.claimTotal,
  ];
  const drawHeader = () => {
    canvas.doc.rect(PAGE.left, canvas.y - 3, CONTENT_WIDTH, ROW + 2).fill(COLOR.band);
    row(canvas, header, FONT.bold);
  };
  room(canvas, ROW * 3);
  drawHeader();
  for (const claim of letter.claims) {
    room(canvas, ROW, drawHeader);
    row(canvas, [
      claim.invoiceNumber,
      longDate(claim.invoiceDate, letter.language),
      longDate(claim.dueDate, letter.language),
      amount(claim.openPrincipalCents),
      amount(claim.interestCents),
      amount(claim.openPrincipalCents + claim.interestCents),
    ]);
  }
  for (const cost of letter.costs) {
    room(canvas, ROW);
    const text =
      cost.kind === 'reminder-fee'
        ? words.reminderFee(longDate(cost.raisedOn, letter.language))
        : words.collectionCosts;
    spanRow(canvas, text, amount(cost.amountCents), FONT.regular);
  }
  room(canvas, ROW + 10);
  canvas.y += 3;
  canvas.doc.rect(PAGE.left, canvas.y - 4, CONTENT_WIDTH, ROW + 4).fill(COLOR.accent);
  spanRow(canvas, words.totalToPay, amount(dunningLetterTotal(letter)), FONT.bold, '#ffffff');
  canvas.y += 10;
}

function row(canvas: LetterCanvas, texts: readonly string[], font: string = FONT.regular): void {
  const { doc } = canvas;
  doc.font(font).fontSize(8.5).fillColor(COLOR.text);
  let x = PAGE.left;
  texts.forEach((text, i) => {
    const width = COLUMNS[i] ?? 0;
    doc.text(text, x + 4, canvas.y, { width: width - 8, align: i < 3 ? 'left' : 'right', lineBreak: false });
    x += width;
  });
  canvas.y += ROW;
}

/** A row whose text spans the claim columns, with its amount in the last one. */
function spanRow(
  canvas: LetterCanvas,
  text: string,
  amount: string,
  font: string,
  color: string = COLOR.text,
): void {
  const { doc } = canvas;
  const last = COLUMNS[5];
  doc.font(font).fontSize(8.5).fillColor(color);
  doc.text(text, PAGE.left + 4, canvas.y, { width: CONTENT_WIDTH - last - 8, lineBreak: false });
  doc.text(amount, PAGE.right - last + 4, canvas.y, { width: last - 8, align: 'right', lineBreak: false });
  canvas.y += ROW;
}
