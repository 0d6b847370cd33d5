import type { Temporal } from 'temporal-polyfill';
import { create } from 'xmlbuilder2';
import { formatAmount } from '../../shared/money/index.ts';

/** One credit on the operator's account, as the bank books it. */
export interface BankCredit {
  /** The bank's own reference of the entry, unique per account. */
  readonly reference: string;
  readonly amountCents: number;
  readonly payerName: string;
  readonly payerIban: string;
  /** The structured creditor reference (RF…) the payer copied from the invoice, if any. */
  readonly creditorReference?: string;
  /** Free text, when the payer typed something instead. */
  readonly text?: string;
}

/**
 * The demo's bank: a CAMT.053 (BkToCstmrStmt, version 001.02 as Dutch banks deliver it) end-of-day
 * statement of the operator's account with the day's credits, for `importBankStatement` to read as it
 * reads a real bank's file.
 */
export function camtStatementFile(
  account: { iban: string; bookedOn: Temporal.PlainDate; statementId: string },
  credits: readonly BankCredit[],
): string {
  const created = `${account.bookedOn.toString()}T18:00:00+01:00`;
  const statement = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('urn:iso:std:iso:20022:tech:xsd:camt.053.001.02', 'Document')
    .ele('BkToCstmrStmt');
  statement.ele('GrpHdr').ele('MsgId').txt(account.statementId).up().ele('CreDtTm').txt(created);
  const report = statement.ele('Stmt');
  report.ele('Id').txt(account.statementId).up().ele('CreDtTm').txt(created);
  report.ele('Acct').ele('Id').ele('IBAN').txt(account.iban).up().up().ele('Ccy').txt('EUR');
  for (const credit of credits) {
    const amount = formatAmount(credit.amountCents);
    const entry = report.ele('Ntry');
    entry.ele('Amt', { Ccy: 'EUR' }).txt(amount);
    entry.ele('CdtDbtInd').txt('CRDT');
    entry.ele('Sts').txt('BOOK');
    entry.ele('BookgDt').ele('Dt').txt(account.bookedOn.toString());
    entry.ele('ValDt').ele('Dt').txt(account.bookedOn.toString());
    entry.ele('AcctSvcrRef').txt(credit.reference);
    const code = entry.ele('BkTxCd').ele('Domn');
    code.ele('Cd').txt('PMNT').up().ele('Fmly').ele('Cd').txt('RCDT').up().ele('SubFmlyCd').txt('ESCT');
    const details = entry.ele('NtryDtls').ele('TxDtls');
    details.ele('Refs').ele('EndToEndId').txt('NOTPROVIDED');
    details.ele('AmtDtls').ele('TxAmt').ele('Amt', { Ccy: 'EUR' }).txt(amount);
    const parties = details.ele('RltdPties');
    parties.ele('Dbtr').ele('Nm').txt(credit.payerName);
    parties.ele('DbtrAcct').ele('Id').ele('IBAN').txt(credit.payerIban);
    const remittance = details.ele('RmtInf');
    if (credit.text) remittance.ele('Ustrd').txt(credit.text);
    if (credit.creditorReference) {
      const reference = remittance.ele('Strd').ele('CdtrRefInf');
      reference.ele('Tp').ele('CdOrPrtry').ele('Cd').txt('SCOR').up().up().ele('Issr').txt('ISO');
      reference.ele('Ref').txt(credit.creditorReference);
    }
  }
  return statement.end({ prettyPrint: true });
}
