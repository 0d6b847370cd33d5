import { InvalidInputError } from '../shared/errors/index.ts';
import { iban } from '../shared/identifiers/index.ts';
import type { XmlNode } from './bank-xml.ts';
import { readBankXml } from './bank-xml.ts';
import { all, first, textAt } from './bank-xml-query.ts';
import { ENTRY_ELEMENTS, readEntry, type BankEntry } from './camt-entry.ts';
import { CamtProblems, optionalDateTimeAt, requiredAt } from './camt-values.ts';

export type { BankEntry, BankEntryDetail } from './camt-entry.ts';

/*
 * Bank files in: ISO 20022 CAMT.053 (bank-to-customer statement) and CAMT.054 (debit/credit
 * notification, which banks use for direct-debit returns), message versions 001.02 and later.
 * The elements read exist in every version; where a version moved one (`Sts` → `Sts/Cd`,
 * `Dbtr/Nm` → `Dbtr/Pty/Nm`, `AmtDtls/TxAmt/Amt` → `TxDtls/Amt`), both places are read.
 * A file that is not one of these, or breaks a rule below, is refused whole with the element path
 * and line of every problem (`InvalidInputError('statement', …)`).
 */

export type BankFileKind = 'camt.053' | 'camt.054';

export interface BankStatementFile {
  readonly kind: BankFileKind;
  /** `GrpHdr/MsgId`. */
  readonly messageId: string;
  /** `Stmt` (camt.053) or `Ntfctn` (camt.054). */
  readonly statements: readonly BankStatement[];
}

export interface BankStatement {
  readonly id: string;
  readonly accountIban: string;
  readonly currency: 'EUR';
  /** YYYY-MM-DD, from `FrToDt`. */
  readonly fromDate?: string;
  readonly toDate?: string;
  readonly entries: readonly BankEntry[];
}

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.(053|054)\.001\.(\d{2})$/;

const DOCUMENT = {
  'camt.053': { message: 'BkToCstmrStmt', report: 'Stmt' },
  'camt.054': { message: 'BkToCstmrDbtCdtNtfctn', report: 'Ntfctn' },
} as const;

const KEEP: ReadonlySet<string> = new Set([
  ...Object.values(DOCUMENT).flatMap((d) => [d.message, d.report]),
  'GrpHdr',
  'MsgId',
  'Acct',
  'Ccy',
  'FrToDt',
  'FrDtTm',
  'ToDtTm',
  ...ENTRY_ELEMENTS,
]);

export function parseBankStatement(xml: string | Buffer): BankStatementFile {
  const found: { kind?: BankFileKind } = {};
  const root = readBankXml(xml, {
    field: 'statement',
    keep: KEEP,
    checkRoot: (namespace, name) => {
      const match = NAMESPACE.exec(namespace);
      if (match === null || name !== 'Document' || Number(match[2]) < 2)
        return `is not a camt.053 or camt.054 document (version 001.02 or later): its root element is {${namespace}}${name}`;
      found.kind = match[1] === '053' ? 'camt.053' : 'camt.054';
      return undefined;
    },
  });
  const kind = found.kind ?? 'camt.053';
  const problems = new CamtProblems();
  const names = DOCUMENT[kind];
  const message = first(root, names.message);
  if (message === undefined)
    throw new InvalidInputError('statement', `Document (line ${root.line}): ${names.message} is missing`);
  const messageId = requiredAt(message, 'GrpHdr/MsgId', problems);
  const reports = all(message, names.report);
  if (reports.length === 0) problems.add(message, `has no ${names.report}`);
  const statements = reports.map((report) => readStatement(report, problems));
  problems.throwIfAny();
  return { kind, messageId: messageId as string, statements: statements as BankStatement[] };
}

function readStatement(report: XmlNode, problems: CamtProblems): BankStatement | undefined {
  const id = requiredAt(report, 'Id', problems);
  const accountIban = accountOf(report, problems);
  const fromDate = optionalDateTimeAt(report, 'FrToDt/FrDtTm', problems);
  const toDate = optionalDateTimeAt(report, 'FrToDt/ToDtTm', problems);
  if (id === undefined || accountIban === undefined) return undefined;
  const entries = all(report, 'Ntry').map((ntry, index) =>
    readEntry(ntry, { accountIban, statementId: id, position: index + 1 }, problems),
  );
  return {
    id,
    accountIban,
    currency: 'EUR',
    ...(fromDate === undefined ? {} : { fromDate }),
    ...(toDate === undefined ? {} : { toDate }),
    entries: entries as BankEntry[],
  };
}

/** The account's IBAN, normal form; an account in another currency than euros is refused. */
function accountOf(report: XmlNode, problems: CamtProblems): string | undefined {
  const account = first(report, 'Acct');
  if (account === undefined) return problems.add(report, 'Acct is missing');
  const currency = textAt(account, 'Ccy');
  if (currency !== undefined && currency !== 'EUR')
    problems.add(account, `only EUR accounts are supported: this account is in '${currency}'`);
  const text = textAt(account, 'Id/IBAN');
  if (text === undefined)
    return problems.add(account, 'Id/IBAN is missing: only accounts with an IBAN are read');
  try {
    return iban(text, 'IBAN');
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return problems.add(account, `Id/IBAN ${error.problems[0]?.problem ?? 'is not an IBAN'}`);
  }
}
