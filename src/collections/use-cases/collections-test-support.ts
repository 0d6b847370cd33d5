import { formatAmount } from '../../shared/money/index.ts';

/* For the tests beside the collections use cases only: small, valid bank files. */

export interface TestEntry {
  readonly ref: string;
  readonly amountCents: number;
  readonly valueDate: string;
  readonly direction?: 'CRDT' | 'DBIT';
  readonly creditorReference?: string;
  readonly text?: string;
  readonly endToEndId?: string;
  readonly counterpartyIban?: string;
  readonly returnReason?: string;
}

/** A CAMT.053 statement (or with `kind: 'camt.054'` a notification) of one account. */
export function bankFile(
  iban: string,
  entries: readonly TestEntry[],
  kind: 'camt.053' | 'camt.054' = 'camt.053',
): string {
  const [message, report, version] =
    kind === 'camt.053' ? ['BkToCstmrStmt', 'Stmt', '053'] : ['BkToCstmrDbtCdtNtfctn', 'Ntfctn', '054'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.${version}.001.02">
  <${message}>
    <GrpHdr><MsgId>MSG-${entries.map((e) => e.ref).join('-')}</MsgId><CreDtTm>2027-01-01T08:00:00+01:00</CreDtTm></GrpHdr>
    <${report}>
      <Id>S-${entries[0]?.ref ?? 'empty'}</Id>
      <CreDtTm>2027-01-01T08:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries.map(entryXml).join('\n')}
    </${report}>
  </${message}>
</Document>
`;
}

function entryXml(entry: TestEntry): string {
  const amount = `<Amt Ccy="EUR">${formatAmount(entry.amountCents)}</Amt>`;
  const remittance = [
    entry.text ? `<Ustrd>${entry.text}</Ustrd>` : '',
    entry.creditorReference
      ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${entry.creditorReference}</Ref></CdtrRefInf></Strd>`
      : '',
  ].join('');
  return `      <Ntry>
        ${amount}<CdtDbtInd>${entry.direction ?? 'CRDT'}</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>${entry.valueDate}</Dt></BookgDt><ValDt><Dt>${entry.valueDate}</Dt></ValDt>
        <AcctSvcrRef>${entry.ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>${entry.endToEndId ?? 'NOTPROVIDED'}</EndToEndId></Refs>
          <AmtDtls><TxAmt>${amount}</TxAmt></AmtDtls>
          ${entry.counterpartyIban ? `<RltdPties><Dbtr><Nm>Payer</Nm></Dbtr><DbtrAcct><Id><IBAN>${entry.counterpartyIban}</IBAN></Id></DbtrAcct></RltdPties>` : ''}
          ${remittance ? `<RmtInf>${remittance}</RmtInf>` : ''}
          ${entry.returnReason ? `<RtrInf><Rsn><Cd>${entry.returnReason}</Cd></Rsn></RtrInf>` : ''}
        </TxDtls></NtryDtls>
      </Ntry>`;
}
