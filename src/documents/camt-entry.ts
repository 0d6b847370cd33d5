import { createHash } from 'node:crypto';
import type { Cents } from '../shared/money/index.ts';
import type { XmlNode } from './bank-xml.ts';
import { all, first, textAt } from './bank-xml-query.ts';
import { amountAt, dateAt, directionAt, reversalAt, statusAt, type CamtProblems } from './camt-values.ts';

/** One booking line (`Ntry`) on a statement or notification. */
export interface BankEntry {
  /** `AcctSvcrRef`, else `NtryRef`, else a hash of the entry's place and content (see `entryReferenceSource`). */
  readonly entryReference: string;
  readonly entryReferenceSource: 'AcctSvcrRef' | 'NtryRef' | 'hash';
  readonly amountCents: Cents;
  readonly direction: 'credit' | 'debit';
  /** YYYY-MM-DD */
  readonly bookingDate: string;
  /** YYYY-MM-DD: the payment date (`bit:11.3`). */
  readonly valueDate: string;
  /** `BOOK`, `PDNG`, `INFO` (the ExternalEntryStatus code as given). */
  readonly status: string;
  /** `RvslInd`: this entry undoes an earlier one (e.g. a direct debit the debtor's bank reversed). */
  readonly reversal: boolean;
  /** `AddtlNtryInf`: some banks put the only description of the entry there. */
  readonly additionalInfo?: string;
  /** One per `TxDtls`: a batch entry has several, a bank charge may have none. */
  readonly details: readonly BankEntryDetail[];
}

export interface BankEntryDetail {
  /** `Refs/EndToEndId`; left out when absent or `NOTPROVIDED`. */
  readonly endToEndId?: string;
  readonly mandateId?: string;
  readonly amountCents: Cents;
  readonly counterpartyName?: string;
  readonly counterpartyIban?: string;
  readonly remittance: {
    readonly unstructured: readonly string[];
    /** `Strd/CdtrRefInf/Ref`, e.g. an RF creditor reference (ISO 11649) or a Dutch payment reference. */
    readonly creditorReference?: string;
  };
  /** `RtrInf/Rsn/Cd` (or `Prtry`): MD06, AM04, MS02… */
  readonly returnReason?: string;
}

/** The elements an entry is read from: everything else in the file is skipped while parsing. */
export const ENTRY_ELEMENTS = [
  'Ntry',
  'NtryRef',
  'Amt',
  'CdtDbtInd',
  'RvslInd',
  'Sts',
  'Cd',
  'Prtry',
  'BookgDt',
  'ValDt',
  'Dt',
  'DtTm',
  'AcctSvcrRef',
  'AddtlNtryInf',
  'NtryDtls',
  'TxDtls',
  'Refs',
  'EndToEndId',
  'MndtId',
  'AmtDtls',
  'TxAmt',
  'InstdAmt',
  'RltdPties',
  'Dbtr',
  'Cdtr',
  'Pty',
  'Nm',
  'DbtrAcct',
  'CdtrAcct',
  'Id',
  'IBAN',
  'RmtInf',
  'Ustrd',
  'Strd',
  'CdtrRefInf',
  'Ref',
  'RtrInf',
  'Rsn',
] as const;

export interface EntryPlace {
  readonly accountIban: string;
  readonly statementId: string;
  /** Position of the entry in its statement, from 1. */
  readonly position: number;
}

export function readEntry(ntry: XmlNode, place: EntryPlace, problems: CamtProblems): BankEntry | undefined {
  const amountCents = amountAt(ntry, 'Amt', 'the entry', problems);
  const direction = directionAt(ntry, problems);
  const bookingDate = dateAt(ntry, 'BookgDt', problems);
  const valueDate = dateAt(ntry, 'ValDt', problems);
  const status = statusAt(ntry, problems);
  const reversal = reversalAt(ntry, problems);
  const txDtls = all(ntry, 'NtryDtls/TxDtls');
  const details = txDtls.map((tx) =>
    readDetail(
      tx,
      { entryAmount: txDtls.length === 1 ? amountCents : undefined, direction, reversal, place },
      problems,
    ),
  );
  if (
    amountCents === undefined ||
    direction === undefined ||
    bookingDate === undefined ||
    valueDate === undefined ||
    status === undefined ||
    details.some((d) => d === undefined)
  )
    return undefined;
  const reference = referenceOf(ntry, place, { amountCents, direction, bookingDate, valueDate });
  const additionalInfo = textAt(ntry, 'AddtlNtryInf');
  return {
    ...reference,
    amountCents,
    direction,
    bookingDate,
    valueDate,
    status,
    reversal,
    ...(additionalInfo === undefined ? {} : { additionalInfo }),
    details: details as BankEntryDetail[],
  };
}

/**
 * The account servicer's reference identifies an entry at the bank; `NtryRef` is only required to be
 * unique within its statement. Without either, a hash of the entry's place (account, statement id,
 * position) and content stands in: the same file read twice gives the same references.
 */
function referenceOf(
  ntry: XmlNode,
  place: EntryPlace,
  content: { amountCents: Cents; direction: string; bookingDate: string; valueDate: string },
): Pick<BankEntry, 'entryReference' | 'entryReferenceSource'> {
  const servicer = textAt(ntry, 'AcctSvcrRef');
  if (servicer !== undefined) return { entryReference: servicer, entryReferenceSource: 'AcctSvcrRef' };
  const own = textAt(ntry, 'NtryRef');
  if (own !== undefined) return { entryReference: own, entryReferenceSource: 'NtryRef' };
  const key = JSON.stringify([place.accountIban, place.statementId, place.position, content]);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return { entryReference: `sha256:${hash}`, entryReferenceSource: 'hash' };
}

interface DetailContext {
  /** The entry's amount when this is its only TxDtls (which then need not repeat it). */
  readonly entryAmount: Cents | undefined;
  readonly direction: 'credit' | 'debit' | undefined;
  readonly reversal: boolean;
  readonly place: EntryPlace;
}

function readDetail(
  tx: XmlNode,
  context: DetailContext,
  problems: CamtProblems,
): BankEntryDetail | undefined {
  const amountCents = detailAmount(tx, context.entryAmount, problems);
  if (amountCents === undefined) return undefined;
  const endToEndId = textAt(tx, 'Refs/EndToEndId');
  const mandateId = textAt(tx, 'Refs/MndtId');
  const counterparty = counterpartyOf(tx, context);
  const creditorReference = textAt(tx, 'RmtInf/Strd/CdtrRefInf/Ref');
  const returnReason = textAt(tx, 'RtrInf/Rsn/Cd') ?? textAt(tx, 'RtrInf/Rsn/Prtry');
  return {
    ...(endToEndId === undefined || endToEndId === 'NOTPROVIDED' ? {} : { endToEndId }),
    ...(mandateId === undefined ? {} : { mandateId }),
    amountCents,
    ...counterparty,
    remittance: {
      unstructured: all(tx, 'RmtInf/Ustrd')
        .map((u) => u.text.trim())
        .filter((u) => u !== ''),
      ...(creditorReference === undefined ? {} : { creditorReference }),
    },
    ...(returnReason === undefined ? {} : { returnReason }),
  };
}

/** `Amt` (camt.053.001.03 on), else `AmtDtls/TxAmt/Amt`, else `AmtDtls/InstdAmt/Amt`, else the entry's. */
function detailAmount(
  tx: XmlNode,
  entryAmount: Cents | undefined,
  problems: CamtProblems,
): Cents | undefined {
  for (const path of ['Amt', 'AmtDtls/TxAmt/Amt', 'AmtDtls/InstdAmt/Amt'])
    if (first(tx, path) !== undefined) return amountAt(tx, path, 'the transaction', problems);
  if (entryAmount !== undefined) return entryAmount;
  return problems.add(tx, 'has no amount (Amt or AmtDtls), and its entry has several transactions');
}

interface Side {
  readonly name: string | undefined;
  readonly iban: string | undefined;
}

/**
 * The other party: the debtor of money coming in, the creditor of money going out. A return
 * (`RtrInf`) or reversal flows back against the original payment, whose parties it repeats, so
 * the side flips; and a side that is the statement's own account is never the counterparty.
 */
function counterpartyOf(
  tx: XmlNode,
  context: DetailContext,
): Pick<BankEntryDetail, 'counterpartyName' | 'counterpartyIban'> {
  const debtor = sideOf(tx, 'Dbtr', 'DbtrAcct');
  const creditor = sideOf(tx, 'Cdtr', 'CdtrAcct');
  const flipped = context.reversal || first(tx, 'RtrInf') !== undefined;
  const incoming = (context.direction === 'credit') !== flipped;
  let side = incoming ? debtor : creditor;
  if (side.iban !== undefined && side.iban === context.place.accountIban) side = incoming ? creditor : debtor;
  return {
    ...(side.name === undefined ? {} : { counterpartyName: side.name }),
    ...(side.iban === undefined ? {} : { counterpartyIban: side.iban }),
  };
}

/** `Dbtr/Nm` up to camt.053.001.06, `Dbtr/Pty/Nm` from 001.07 on; the account's IBAN without spaces. */
function sideOf(tx: XmlNode, party: string, account: string): Side {
  const name = textAt(tx, `RltdPties/${party}/Nm`) ?? textAt(tx, `RltdPties/${party}/Pty/Nm`);
  const iban = textAt(tx, `RltdPties/${account}/Id/IBAN`)?.replace(/\s+/g, '').toUpperCase();
  return { name, iban };
}
