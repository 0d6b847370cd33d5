import PDFDocument from 'pdfkit';
import { collectPdf, drawPageFooters } from './pdf-pages.ts';
import { InvalidInputError } from '../shared/errors/index.ts';
import type { FieldProblem } from '../shared/errors/index.ts';
import { formatIban } from '../shared/identifiers/index.ts';
import type { Address } from '../shared/identifiers/index.ts';
import type { Cents } from '../shared/money/index.ts';
import { longDate, money } from './invoice-format.ts';
import { labelsFor } from './invoice-labels.ts';
import type { InvoiceLanguage } from './invoice-labels.ts';
import { addressLines, paymentReferenceText } from './invoice-pdf-header.ts';
import { letterLabelsFor } from './letter-labels.ts';
import type { LetterStep } from './letter-labels.ts';
import { drawClaims, dunningLetterTotal } from './dunning-letter-claims.ts';
import { HALF, paragraph } from './letter-canvas.ts';
import type { LetterCanvas } from './letter-canvas.ts';
import { COLOR, FONT, PAGE, registerFonts } from './pdf-page.ts';

export type { LetterStep } from './letter-labels.ts';
export { dunningLetterTotal } from './dunning-letter-claims.ts';

/*
 * A dunning letter as the customer reads it: an A4 PDF in the customer's language, one per step of
 * the ladder (collections/rules/dunning-ladder.ts), drawn with the invoice's fonts, colours and
 * formats. It renders to the same bytes every time: the PDF's dates are the letter's date.
 */

export interface LetterSeller {
  readonly legalName: string;
  readonly address: Address;
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  readonly iban: string;
  readonly bic: string | null;
  readonly email: string | null;
}

export interface LetterCustomer {
  readonly legalName: string;
  readonly address: Address;
  readonly customerNumber: string | null;
}

/** One open invoice: its open principal (undisputed, bit:9.5) and the interest on it to the letter's date. */
export interface LetterClaim {
  readonly invoiceNumber: string;
  /** Dates are 'YYYY-MM-DD'. */
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly openPrincipalCents: Cents;
  readonly interestCents: Cents;
}

/** A cost claim still open: an earlier one, or the one this step raises (raised on the letter's date). */
export interface LetterCost {
  readonly kind: 'reminder-fee' | 'collection-costs';
  readonly raisedOn: string;
  readonly amountCents: Cents;
}

export interface DunningLetter {
  readonly step: LetterStep;
  readonly language: InvoiceLanguage;
  /** The letter's own number (e.g. "DL-12"), printed as our reference. */
  readonly reference: string | null;
  /** The letter's date, 'YYYY-MM-DD'; interest is computed up to and including it. */
  readonly date: string;
  readonly seller: LetterSeller;
  readonly customer: LetterCustomer;
  readonly claims: readonly LetterClaim[];
  /** nl:6:119a for a business, nl:6:119 for a consumer. */
  readonly interestKind: 'commercial' | 'non-commercial';
  readonly costs: readonly LetterCost[];
  /** The last day to pay; required for the 14-day letter and the notice of default (its term). */
  readonly payBy: string | null;
  readonly paymentReference: string | null;
  /** 14-day letter: the collection costs charged if it is not paid in time (art. 6:96 lid 6 BW). */
  readonly warnedCostsCents?: Cents;
  /** How the collection costs are priced; the letter names the BIK decree only where it applies. */
  readonly collectionCostsMethod?: 'bik' | 'actual';
  /** Suspension (required), notice of default and dissolution: the services concerned. */
  readonly services?: readonly string[];
  /** Notice of default: its term in days (vn:1.6.2); `payBy` is the term's last day. */
  readonly termDays?: number;
  /** Notice of default: warn of it; dissolution: the fees for the remaining term (vn:1.6.4). */
  readonly remainingTermChargeCents?: Cents;
}

export async function renderDunningLetter(letter: DunningLetter): Promise<Buffer> {
  checkLetter(letter);
  const words = letterLabelsFor(letter.language);
  const dated = new Date(`${letter.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.width - PAGE.right, bottom: 40 },
    bufferPages: true,
    lang: letter.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${words.subjects[letter.step]} — ${letter.seller.legalName}`,
      Author: letter.seller.legalName,
      Creator: 'Vezel',
      Producer: 'Vezel',
      CreationDate: dated,
      ModDate: dated,
    },
  });
  const done = collectPdf(doc);
  registerFonts(doc);
  const canvas: LetterCanvas = { doc, letter, labels: labelsFor(letter.language), words, y: PAGE.top };
  drawLetterhead(canvas);
  drawBody(canvas);
  drawPageFooters(canvas.doc, canvas.letter.seller.legalName, canvas.labels.page);
  doc.end();
  return done;
}

/** A letter that lacks what its step must say is refused, every missing part named at once. */
function checkLetter(letter: DunningLetter): void {
  const problems: FieldProblem[] = [];
  const need = (missing: boolean, field: string, problem: string) => {
    if (missing) problems.push({ field, problem });
  };
  const { step } = letter;
  need(letter.claims.length === 0 && letter.costs.length === 0, 'claims', 'a dunning letter needs a claim');
  need(
    (step === 'fourteen-day-letter' || step === 'notice-of-default') && letter.payBy === null,
    'payBy',
    `is required: a ${step} names the last day of its term`,
  );
  need(
    step === 'fourteen-day-letter' && letter.warnedCostsCents === undefined,
    'warnedCostsCents',
    'is required: the 14-day letter states the costs charged if unpaid (art. 6:96 lid 6 BW)',
  );
  need(
    step === 'collection-costs' &&
      raised(letter, 'collection-costs') === undefined &&
      letter.collectionCostsMethod !== 'actual',
    'costs',
    'a collection-costs letter lists the collection costs it raises (raisedOn its date), or announces actual costs',
  );
  need(
    step === 'suspension' && (letter.services ?? []).length === 0,
    'services',
    'is required: a suspension names the services suspended (vn:7.1.7)',
  );
  need(
    step === 'notice-of-default' && letter.termDays === undefined,
    'termDays',
    'is required: a notice of default names its term (vn:1.6.2)',
  );
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function raised(letter: DunningLetter, kind: LetterCost['kind']): LetterCost | undefined {
  return letter.costs.find((cost) => cost.kind === kind && cost.raisedOn === letter.date);
}

const DETAILS_X = PAGE.left + 280;
const ADDRESSEE_TOP = 150;

/** Seller (name, address, KvK, VAT id, IBAN) top left; the letter's particulars top right; the addressee. */
function drawLetterhead(canvas: LetterCanvas): void {
  const { doc, letter, labels } = canvas;
  const { seller } = letter;
  doc.font(FONT.bold).fontSize(15).fillColor(COLOR.accent);
  doc.text(seller.legalName, PAGE.left, PAGE.top, { width: HALF });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  const sellerLines = [
    ...addressLines(seller.address, letter.language),
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
  const top = Math.max(y + 20, ADDRESSEE_TOP);
  const addressee = drawAddressee(canvas, top);
  const details = drawDetails(canvas, top);
  canvas.y = Math.max(addressee, details) + 30;
}

function drawAddressee(canvas: LetterCanvas, top: number): number {
  const { doc, letter } = canvas;
  doc.font(FONT.bold).fontSize(10.5).fillColor(COLOR.text);
  doc.text(letter.customer.legalName, PAGE.left, top, { width: 250 });
  doc.font(FONT.regular).fontSize(10);
  for (const line of addressLines(letter.customer.address, letter.language))
    if (line !== null) doc.text(line, PAGE.left, doc.y, { width: 250 });
  return doc.y;
}

function drawDetails(canvas: LetterCanvas, top: number): number {
  const { doc, letter, labels, words } = canvas;
  const rows: [string, string | null][] = [
    [words.date, longDate(letter.date, letter.language)],
    [words.ourReference, letter.reference],
    [labels.customerNumber, letter.customer.customerNumber],
    [labels.paymentReference, paymentReferenceText(letter.paymentReference)],
  ];
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

function drawBody(canvas: LetterCanvas): void {
  const { letter, words } = canvas;
  paragraph(canvas, `${words.subject}: ${words.subjects[letter.step]}`, { bold: true, size: 11.5 });
  paragraph(canvas, words.salutation);
  paragraph(canvas, words.opening);
  drawClaims(canvas);
  if (letter.claims.length > 0)
    paragraph(canvas, words.interestNote(letter.interestKind, longDate(letter.date, letter.language)), {
      size: 8.5,
      color: COLOR.muted,
    });
  for (const text of stepParagraphs(canvas)) paragraph(canvas, text);
  paragraph(canvas, paymentInstruction(canvas));
  if (letter.step !== 'dissolution') paragraph(canvas, words.alreadyPaid);
  paragraph(canvas, words.closing, { gap: 2 });
  paragraph(canvas, letter.seller.legalName, { bold: true });
}

/** What each step must say (see letter-labels.ts for the words and the articles they satisfy). */
function stepParagraphs(canvas: LetterCanvas): string[] {
  const { letter, words } = canvas;
  const amount = (cents: Cents) => money(cents, letter.language);
  const date = (iso: string) => longDate(iso, letter.language);
  const total = amount(dunningLetterTotal(letter));
  const pay = letter.payBy === null ? words.payNow(total) : words.payBy(total, date(letter.payBy));
  const services =
    letter.services === undefined || letter.services.length === 0 ? null : listed(canvas, letter.services);
  const basis = letter.collectionCostsMethod === 'bik' ? [words.costsBasis] : [];
  switch (letter.step) {
    case 'reminder': {
      const fee = raised(letter, 'reminder-fee');
      return [...(fee === undefined ? [] : [words.reminderFeeCharged(amount(fee.amountCents))]), pay];
    }
    case 'fourteen-day-letter':
      // Art. 6:96 lid 6 BW: 14 days from the day after receipt, and the costs if unpaid, in figures.
      return [
        words.fourteenDays(total, date(letter.payBy!), amount(letter.warnedCostsCents!)),
        words.costsBasis,
      ];
    case 'collection-costs': {
      // vn:7.1.6: a business of a seller charging actual costs hears they come, priced when known.
      const costs = raised(letter, 'collection-costs');
      return [
        costs ? words.costsCharged(amount(costs.amountCents)) : words.actualCostsAnnounced,
        ...basis,
        pay,
      ];
    }
    case 'suspension':
      // vn:7.1.7, bit:11.5: the services stop, the duty to pay (and billing) does not.
      return [
        words.suspended(services!, date(letter.date)),
        words.billingContinues,
        words.suspensionLifted(total),
        pay,
      ];
    case 'notice-of-default':
      // vn:1.6.2: a written summons with a term, and what follows if it passes.
      return [
        words.noticeOfDefault(letter.termDays!, date(letter.payBy!), total),
        words.dissolutionWarning(services),
        ...(letter.remainingTermChargeCents === undefined ? [] : [words.remainingTermWarning]),
      ];
    case 'dissolution': {
      const remaining = letter.remainingTermChargeCents;
      return [
        words.dissolved(services, date(letter.date)),
        ...(remaining === undefined ? [] : [words.remainingTermDue(amount(remaining))]),
        words.allDue,
        pay,
      ];
    }
  }
}

function paymentInstruction(canvas: LetterCanvas): string {
  const { letter, words } = canvas;
  const account = `${formatIban(letter.seller.iban)}${letter.seller.bic === null ? '' : ` (BIC ${letter.seller.bic})`}`;
  const reference = paymentReferenceText(letter.paymentReference);
  return `${words.account(account, letter.seller.legalName)}${reference === null ? '' : words.reference(reference)}.`;
}

/** "A", "A en B", "A, B en C". */
function listed(canvas: LetterCanvas, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${canvas.words.and} ${items.at(-1)}`;
}
