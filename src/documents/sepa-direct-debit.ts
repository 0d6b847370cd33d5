import { Temporal } from 'temporal-polyfill';
import { FieldChecks } from '../shared/errors/index.ts';
import type { Cents } from '../shared/money/index.ts';
import { creditorIdentifier } from './sepa-creditor-id.ts';
import {
  checkTransactionList,
  holderFields,
  NO_HOLDER,
  checkUnique,
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
 * SEPA direct debits out: a pain.008.001.02 file (CustomerDirectDebitInitiationV02) per the EPC
 * implementation guidelines for SDD Core and B2B. One payment-information block per scheme,
 * sequence type and collection date, as the scheme requires; each carries its own count and
 * control sum, and the group header those of the whole file.
 */

export const PAIN_008_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02';

export type DirectDebitScheme = 'CORE' | 'B2B';
export type SequenceType = 'FRST' | 'RCUR' | 'OOFF' | 'FNAL';
const SCHEMES: readonly string[] = ['CORE', 'B2B'];
const SEQUENCE_TYPES: readonly string[] = ['FRST', 'RCUR', 'OOFF', 'FNAL'];

export interface DirectDebitCreditor extends SepaAccountHolder {
  /** The SEPA creditor identifier, e.g. NL69ZZZ123456780000. */
  readonly creditorId: string;
}

export interface DirectDebitTransaction {
  readonly endToEndId: string;
  readonly amountCents: Cents;
  readonly mandateId: string;
  readonly mandateSignedOn: Temporal.PlainDate | string;
  readonly sequenceType: SequenceType;
  readonly debtorName: string;
  readonly debtorIban: string;
  readonly debtorBic?: string;
  /** Unstructured remittance, at most 140 characters after transliteration. */
  readonly remittance?: string;
  /** The mandate's scheme where it differs from the batch's. */
  readonly scheme?: DirectDebitScheme;
  /** A collection date of its own (e.g. a first collection that must wait longer). */
  readonly collectionDate?: Temporal.PlainDate | string;
}

export interface DirectDebitBatch extends BatchHeader {
  readonly creditor: DirectDebitCreditor;
  readonly collectionDate: Temporal.PlainDate | string;
  readonly scheme: DirectDebitScheme;
  readonly transactions: readonly DirectDebitTransaction[];
}

interface Collection {
  readonly endToEndId: string;
  readonly amountCents: Cents;
  readonly mandateId: string;
  readonly mandateSignedOn: Temporal.PlainDate;
  readonly sequenceType: SequenceType;
  readonly debtor: SepaAccountHolder;
  readonly remittance: string | undefined;
  readonly scheme: DirectDebitScheme;
  readonly collectionDate: Temporal.PlainDate;
}

export function renderDirectDebitBatch(batch: DirectDebitBatch): string {
  const checks = new FieldChecks();
  const header = readHeader(checks, batch);
  const creditor = readHolder(checks, batch.creditor ?? NO_HOLDER, holderFields('creditor'));
  const creditorId = checks.check(() =>
    creditorIdentifier(batch.creditor?.creditorId, 'creditor.creditorId'),
  );
  const scheme = readScheme(checks, batch.scheme, 'scheme');
  const collectionDate = readDate(checks, batch.collectionDate, 'collectionDate');
  const collections = checkTransactionList(checks, batch.transactions)
    ? batch.transactions.map((t, i) =>
        readCollection(checks, t, `transactions[${i}]`, { scheme, collectionDate }),
      )
    : [];
  checkUnique(checks, batch.transactions, 'transactions');
  checks.throwIfAny();
  return render(
    header as BatchHeader,
    { ...creditor, creditorId: creditorId as string },
    collections as Collection[],
  );
}

function readCollection(
  checks: FieldChecks,
  input: DirectDebitTransaction,
  field: string,
  defaults: { scheme: DirectDebitScheme | undefined; collectionDate: Temporal.PlainDate | undefined },
): Collection | undefined {
  const own = new FieldChecks();
  const endToEndId = own.check(() => sepaIdentifier(input.endToEndId, `${field}.endToEndId`));
  const amountCents = readAmount(own, input.amountCents, `${field}.amountCents`);
  const mandateId = own.check(() => sepaIdentifier(input.mandateId, `${field}.mandateId`));
  const mandateSignedOn = readDate(own, input.mandateSignedOn, `${field}.mandateSignedOn`);
  const sequenceType = readSequenceType(own, input.sequenceType, `${field}.sequenceType`);
  const debtor = readHolder(
    own,
    { name: input.debtorName, iban: input.debtorIban, bic: input.debtorBic },
    { name: `${field}.debtorName`, iban: `${field}.debtorIban`, bic: `${field}.debtorBic` },
  );
  const remittance = readRemittance(own, input.remittance, `${field}.remittance`);
  const scheme =
    input.scheme === undefined ? defaults.scheme : readScheme(own, input.scheme, `${field}.scheme`);
  const collectionDate =
    input.collectionDate === undefined
      ? defaults.collectionDate
      : readDate(own, input.collectionDate, `${field}.collectionDate`);
  checkMandateSigned(own, mandateSignedOn, collectionDate, field);
  const ok = own.ok;
  checks.check(() => own.throwIfAny());
  if (!ok || scheme === undefined || collectionDate === undefined) return undefined;
  return {
    endToEndId: endToEndId as string,
    amountCents,
    mandateId: mandateId as string,
    mandateSignedOn: mandateSignedOn as Temporal.PlainDate,
    sequenceType: sequenceType as SequenceType,
    debtor,
    remittance,
    scheme,
    collectionDate,
  };
}

/** A collection needs a mandate signed by the collection date. */
function checkMandateSigned(
  checks: FieldChecks,
  signedOn: Temporal.PlainDate | undefined,
  collectionDate: Temporal.PlainDate | undefined,
  field: string,
): void {
  if (signedOn === undefined || collectionDate === undefined) return;
  if (Temporal.PlainDate.compare(signedOn, collectionDate) > 0)
    checks.add(
      `${field}.mandateSignedOn`,
      `${signedOn} is after the collection date ${collectionDate}: no mandate yet`,
    );
}

function readScheme(checks: FieldChecks, value: unknown, field: string): DirectDebitScheme | undefined {
  if (typeof value === 'string' && SCHEMES.includes(value)) return value as DirectDebitScheme;
  checks.add(field, `must be CORE or B2B, not ${String(value)}`);
  return undefined;
}

function readSequenceType(checks: FieldChecks, value: unknown, field: string): SequenceType | undefined {
  if (typeof value === 'string' && SEQUENCE_TYPES.includes(value)) return value as SequenceType;
  checks.add(field, `must be FRST, RCUR, OOFF or FNAL, not ${String(value)}`);
  return undefined;
}

function render(
  header: BatchHeader,
  creditor: DirectDebitCreditor,
  collections: readonly Collection[],
): string {
  const { document, message } = sepaDocument(PAIN_008_NAMESPACE, 'CstmrDrctDbtInitn');
  groupHeader(
    message,
    header,
    collections.map((c) => c.amountCents),
    creditor.name,
  );
  const blocks = groupBy(collections, (c) => `${c.scheme}|${c.sequenceType}|${c.collectionDate.toString()}`);
  blocks.forEach((block, i) => paymentInformation(message, `${header.messageId}-${i + 1}`, creditor, block));
  return document.end({ prettyPrint: true });
}

/** PaymentInstructionInformation4, in its schema's order. */
function paymentInformation(
  message: SepaElement,
  id: string,
  creditor: DirectDebitCreditor,
  collections: readonly Collection[],
): void {
  const { scheme, sequenceType, collectionDate } = collections[0] as Collection;
  const block = message.ele('PmtInf');
  text(block, 'PmtInfId', id);
  text(block, 'PmtMtd', 'DD');
  blockTotals(
    block,
    collections.map((c) => c.amountCents),
  );
  const type = block.ele('PmtTpInf');
  text(type.ele('SvcLvl'), 'Cd', 'SEPA');
  text(type.ele('LclInstrm'), 'Cd', scheme);
  text(type, 'SeqTp', sequenceType);
  date(block, 'ReqdColltnDt', collectionDate);
  party(block, 'Cdtr', creditor);
  account(block, 'CdtrAcct', creditor);
  agent(block, 'CdtrAgt', creditor);
  text(block, 'ChrgBr', 'SLEV');
  creditorSchemeId(block, creditor.creditorId);
  for (const collection of collections) transaction(block, collection);
}

/** CdtrSchmeId/Id/PrvtId/Othr with scheme name SEPA, as the EPC guidelines prescribe. */
function creditorSchemeId(parent: SepaElement, creditorId: string): void {
  const other = parent.ele('CdtrSchmeId').ele('Id').ele('PrvtId').ele('Othr');
  text(other, 'Id', creditorId);
  text(other.ele('SchmeNm'), 'Prtry', 'SEPA');
}

/** DirectDebitTransactionInformation9, in its schema's order. */
function transaction(block: SepaElement, collection: Collection): void {
  const tx = block.ele('DrctDbtTxInf');
  text(tx.ele('PmtId'), 'EndToEndId', collection.endToEndId);
  amount(tx, 'InstdAmt', collection.amountCents);
  const mandate = tx.ele('DrctDbtTx').ele('MndtRltdInf');
  text(mandate, 'MndtId', collection.mandateId);
  date(mandate, 'DtOfSgntr', collection.mandateSignedOn);
  agent(tx, 'DbtrAgt', collection.debtor);
  party(tx, 'Dbtr', collection.debtor);
  account(tx, 'DbtrAcct', collection.debtor);
  if (collection.remittance !== undefined) text(tx.ele('RmtInf'), 'Ustrd', collection.remittance);
}
