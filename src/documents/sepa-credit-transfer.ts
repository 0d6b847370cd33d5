import type { Temporal } from 'temporal-polyfill';
import { FieldChecks } from '../shared/errors/index.ts';
import type { Cents } from '../shared/money/index.ts';
import {
  checkTransactionList,
  checkUnique,
  holderFields,
  NO_HOLDER,
  readAmount,
  readDate,
  readHeader,
  readHolder,
  readRemittance,
  type BatchHeader,
  type SepaAccountHolder,
} from './sepa-fields.ts';
import { sepaIdentifier } from './sepa-text.ts';
import {
  account,
  agent,
  amount,
  blockTotals,
  date,
  groupBy,
  groupHeader,
  party,
  sepaDocument,
  text,
  type SepaElement,
} from './sepa-xml.ts';

/*
 * SEPA credit transfers out — refunds, and the deposit refund (`vn:7.2.2`): a pain.001.001.03 file
 * (CustomerCreditTransferInitiationV03) per the EPC SCT implementation guidelines. The debtor is
 * the seller, the creditors its customers. One payment-information block per execution date.
 */

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

export interface CreditTransfer {
  readonly endToEndId: string;
  readonly amountCents: Cents;
  readonly creditorName: string;
  readonly creditorIban: string;
  readonly creditorBic?: string;
  /** Unstructured remittance, at most 140 characters after transliteration. */
  readonly remittance?: string;
  /** An execution date of its own. */
  readonly executionDate?: Temporal.PlainDate | string;
}

export interface CreditTransferBatch extends BatchHeader {
  /** The seller, whose account pays. */
  readonly debtor: SepaAccountHolder;
  readonly executionDate: Temporal.PlainDate | string;
  readonly transactions: readonly CreditTransfer[];
}

interface Transfer {
  readonly endToEndId: string;
  readonly amountCents: Cents;
  readonly creditor: SepaAccountHolder;
  readonly remittance: string | undefined;
  readonly executionDate: Temporal.PlainDate;
}

export function renderCreditTransferBatch(batch: CreditTransferBatch): string {
  const checks = new FieldChecks();
  const header = readHeader(checks, batch);
  const debtor = readHolder(checks, batch.debtor ?? NO_HOLDER, holderFields('debtor'));
  const executionDate = readDate(checks, batch.executionDate, 'executionDate');
  const transfers = checkTransactionList(checks, batch.transactions)
    ? batch.transactions.map((t, i) => readTransfer(checks, t, `transactions[${i}]`, executionDate))
    : [];
  checkUnique(checks, batch.transactions, 'transactions');
  checks.throwIfAny();
  return render(header as BatchHeader, debtor, transfers as Transfer[]);
}

function readTransfer(
  checks: FieldChecks,
  input: CreditTransfer,
  field: string,
  defaultDate: Temporal.PlainDate | undefined,
): Transfer | undefined {
  const own = new FieldChecks();
  const endToEndId = own.check(() => sepaIdentifier(input.endToEndId, `${field}.endToEndId`));
  const amountCents = readAmount(own, input.amountCents, `${field}.amountCents`);
  const creditor = readHolder(
    own,
    { name: input.creditorName, iban: input.creditorIban, bic: input.creditorBic },
    { name: `${field}.creditorName`, iban: `${field}.creditorIban`, bic: `${field}.creditorBic` },
  );
  const remittance = readRemittance(own, input.remittance, `${field}.remittance`);
  const executionDate =
    input.executionDate === undefined
      ? defaultDate
      : readDate(own, input.executionDate, `${field}.executionDate`);
  const ok = own.ok;
  checks.check(() => own.throwIfAny());
  if (!ok || executionDate === undefined) return undefined;
  return { endToEndId: endToEndId as string, amountCents, creditor, remittance, executionDate };
}

function render(header: BatchHeader, debtor: SepaAccountHolder, transfers: readonly Transfer[]): string {
  const { document, message } = sepaDocument(PAIN_001_NAMESPACE, 'CstmrCdtTrfInitn');
  groupHeader(
    message,
    header,
    transfers.map((t) => t.amountCents),
    debtor.name,
  );
  const blocks = groupBy(transfers, (t) => t.executionDate.toString());
  blocks.forEach((block, i) => paymentInformation(message, `${header.messageId}-${i + 1}`, debtor, block));
  return document.end({ prettyPrint: true });
}

/** PaymentInstructionInformation3, in its schema's order. */
function paymentInformation(
  message: SepaElement,
  id: string,
  debtor: SepaAccountHolder,
  transfers: readonly Transfer[],
): void {
  const block = message.ele('PmtInf');
  text(block, 'PmtInfId', id);
  text(block, 'PmtMtd', 'TRF');
  blockTotals(
    block,
    transfers.map((t) => t.amountCents),
  );
  text(block.ele('PmtTpInf').ele('SvcLvl'), 'Cd', 'SEPA');
  date(block, 'ReqdExctnDt', (transfers[0] as Transfer).executionDate);
  party(block, 'Dbtr', debtor);
  account(block, 'DbtrAcct', debtor);
  agent(block, 'DbtrAgt', debtor);
  text(block, 'ChrgBr', 'SLEV');
  for (const transfer of transfers) transaction(block, transfer);
}

/** CreditTransferTransactionInformation10, in its schema's order; the creditor's bank only by BIC. */
function transaction(block: SepaElement, transfer: Transfer): void {
  const tx = block.ele('CdtTrfTxInf');
  text(tx.ele('PmtId'), 'EndToEndId', transfer.endToEndId);
  amount(tx.ele('Amt'), 'InstdAmt', transfer.amountCents);
  if (transfer.creditor.bic !== undefined) agent(tx, 'CdtrAgt', transfer.creditor);
  party(tx, 'Cdtr', transfer.creditor);
  account(tx, 'CdtrAcct', transfer.creditor);
  if (transfer.remittance !== undefined) text(tx.ele('RmtInf'), 'Ustrd', transfer.remittance);
}
