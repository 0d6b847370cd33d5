import { renderDunningLetter } from '../../documents/dunning-letter-pdf.ts';
import type { DunningLetter } from '../../documents/dunning-letter-pdf.ts';
import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { casesOfCustomer, findLetter, lettersOfCase } from '../store/dunning.ts';
import type { DunningLetterRow } from '../store/dunning.ts';

export interface DunningLetterView {
  readonly id: string;
  readonly caseId: string;
  readonly step: string;
  readonly sentOn: string;
  readonly payBy: string | null;
  readonly totalCents: number;
  readonly because: string[];
  readonly letter: DunningLetter;
}

export interface DunningCaseView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly suspendedOn: string | null;
  readonly dissolvedOn: string | null;
  readonly letters: DunningLetterView[];
}

/** A customer's dunning cases with their letters, oldest first: the customer's timeline of reminders. */
export async function listDunningCases(
  context: Pick<Context, 'db'>,
  customerId: string,
): Promise<DunningCaseView[]> {
  const cases = await casesOfCustomer(context.db, customerId);
  return Promise.all(
    cases.map(async (row) => ({
      id: row.id,
      sellerId: row.sellerId,
      customerId: row.customerId,
      openedOn: row.openedOn,
      closedOn: row.closedOn,
      suspendedOn: row.suspendedOn,
      dissolvedOn: row.dissolvedOn,
      letters: (await lettersOfCase(context.db, row.id)).map(letterView),
    })),
  );
}

export async function getDunningLetter(context: Pick<Context, 'db'>, id: string): Promise<DunningLetterView> {
  const row = await findLetter(context.db, id);
  if (!row) throw new NotFoundError('dunning letter', id);
  return letterView(row);
}

/** The letter as it was sent, as a PDF in the customer's language. */
export async function renderDunningLetterPdf(context: Pick<Context, 'db'>, id: string): Promise<Buffer> {
  return renderDunningLetter((await getDunningLetter(context, id)).letter);
}

function letterView(row: DunningLetterRow): DunningLetterView {
  return {
    id: row.id,
    caseId: row.caseId,
    step: row.step,
    sentOn: row.sentOn,
    payBy: row.payBy,
    totalCents: row.totalCents,
    because: row.because,
    letter: { ...(row.letter as unknown as DunningLetter), reference: row.id },
  };
}
