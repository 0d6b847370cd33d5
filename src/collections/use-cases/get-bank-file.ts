import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findBankFile, transfersOfFile } from '../store/direct-debits.ts';
import type { BankFileRow, BankTransferRow } from '../store/direct-debits.ts';

/** A pain.008 or pain.001 file made for the bank, without its XML. */
export interface BankFileSummary {
  readonly id: string;
  readonly sellerId: string;
  readonly kind: 'pain.008' | 'pain.001';
  /** The collection date (pain.008) or execution date (pain.001). */
  readonly executionDate: string;
  readonly transactions: number;
  readonly totalCents: number;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** One collection or refund in a file; the end-to-end id comes back on the bank statement. */
export interface BankTransferView {
  readonly endToEndId: string;
  readonly customerId: string;
  readonly invoiceId: string | null;
  readonly refundOf: string | null;
  readonly mandateId: string | null;
  readonly sequenceType: string | null;
  readonly amountCents: number;
  /** The bank rejected or returned it (a return reason such as AC04, or `reversal`). */
  readonly returnedOn: string | null;
  readonly returnReason: string | null;
}

export interface BankFileView extends BankFileSummary {
  readonly transfers: BankTransferView[];
  readonly xml: string;
}

export async function getBankFile(context: Pick<Context, 'db'>, id: string): Promise<BankFileView> {
  const row = await findBankFile(context.db, id);
  if (!row) throw new NotFoundError('bank file', id);
  const transfers = await transfersOfFile(context.db, id);
  return { ...bankFileSummary(row), transfers: transfers.map(transferView), xml: row.xml };
}

export function bankFileSummary(row: BankFileRow): BankFileSummary {
  return {
    id: row.id,
    sellerId: row.sellerId,
    kind: row.kind,
    executionDate: row.executionDate,
    transactions: row.transactions,
    totalCents: row.totalCents,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

export function transferView(row: BankTransferRow): BankTransferView {
  return {
    endToEndId: row.endToEndId,
    customerId: row.customerId,
    invoiceId: row.invoiceId,
    refundOf: row.refundOf,
    mandateId: row.mandateId,
    sequenceType: row.sequenceType,
    amountCents: row.amountCents,
    returnedOn: row.returnedOn,
    returnReason: row.returnReason,
  };
}
