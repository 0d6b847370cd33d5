import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../shared/errors/index.ts';
import { parseBankStatement, type BankEntry } from './camt-statement.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./test-support/bank-files/${name}`, import.meta.url), 'utf8');

const ING_053_V02 = fixture('camt053-001-02-ing.xml');
const RABO_053_V08 = fixture('camt053-001-08-rabobank.xml');
const RETURNS_054_V02 = fixture('camt054-001-02-returns.xml');

/** The message of the refusal, which must be an InvalidInputError on the field `statement`. */
function refusal(xml: string | Buffer): string {
  try {
    parseBankStatement(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const invalid = error as InvalidInputError;
    expect(invalid.problems.every((p) => p.field === 'statement')).toBe(true);
    return invalid.message;
  }
  throw new Error('the file was read, not refused');
}

function entries(xml: string): readonly BankEntry[] {
  return parseBankStatement(xml).statements[0]?.entries ?? [];
}

describe('parseBankStatement: camt.053.001.02', () => {
  const file = parseBankStatement(ING_053_V02);
  const statement = file.statements[0];
  const [single, remitted, batch, reversal, charges] = statement?.entries ?? [];

  it('reads the message and the statement', () => {
    expect(file.kind).toBe('camt.053');
    expect(file.messageId).toBe('053D2026030307412600000001');
    expect(file.statements).toHaveLength(1);
    expect(statement).toMatchObject({
      id: '0001234567-2026-03-02',
      accountIban: 'NL20INGB0001234567',
      currency: 'EUR',
      fromDate: '2026-03-02',
      toDate: '2026-03-02',
    });
    expect(statement?.entries).toHaveLength(5);
  });

  it('reads an entry with a structured creditor reference, keyed by the bank reference', () => {
    expect(single).toEqual({
      entryReference: 'ING-20260302-000101',
      entryReferenceSource: 'AcctSvcrRef',
      amountCents: 12100,
      direction: 'credit',
      bookingDate: '2026-03-02',
      valueDate: '2026-03-02',
      status: 'BOOK',
      reversal: false,
      details: [
        {
          amountCents: 12100,
          counterpartyName: 'Bakkerij de Vries B.V.',
          counterpartyIban: 'NL44RABO0123456789',
          remittance: { unstructured: [], creditorReference: 'RF86BIT000012' },
        },
      ],
    });
  });

  it('leaves out an end-to-end id of NOTPROVIDED', () => {
    expect(single?.details[0]).not.toHaveProperty('endToEndId');
  });

  it('reads unstructured remittance lines with their invoice number, and a value date apart from the booking date', () => {
    expect(remitted).toMatchObject({
      entryReference: '2',
      entryReferenceSource: 'NtryRef',
      amountCents: 6050,
      bookingDate: '2026-03-02',
      valueDate: '2026-02-27',
    });
    expect(remitted?.details[0]).toEqual({
      endToEndId: 'JANSEN-20260227-01',
      amountCents: 6050,
      counterpartyName: 'J. Jansen',
      counterpartyIban: 'NL39RABO0300065264',
      remittance: { unstructured: ['Factuur BIT-000012 klant C-0042', 'restant & rente'] },
    });
  });

  it('gives a batch entry one detail per transaction, each with its own debtor and mandate', () => {
    expect(batch).toMatchObject({ amountCents: 36300, direction: 'credit', reversal: false });
    expect(batch?.details.map((d) => [d.endToEndId, d.mandateId, d.amountCents, d.counterpartyName])).toEqual(
      [
        ['VZ-DD-2026-03-0001', 'VZ-MANDATE-0001', 12100, "Café 't Hoekje"],
        ['VZ-DD-2026-03-0002', 'VZ-MANDATE-0002', 6050, 'P. Bakker'],
        ['VZ-DD-2026-03-0003', 'VZ-MANDATE-0003', 18150, 'Stichting Dorpshuis'],
      ],
    );
    expect(batch?.details.map((d) => d.counterpartyIban)).toEqual([
      'NL36INGB0007654321',
      'NL12TRIO0198765432',
      'NL52BUNQ2042424242',
    ]);
    expect(batch?.details.map((d) => d.remittance.unstructured)).toEqual([
      ['BIT-000013'],
      ['BIT-000014'],
      ['BIT-000015'],
    ]);
  });

  it('marks a reversal, whose counterparty is the debtor of the payment it undoes', () => {
    expect(reversal).toMatchObject({ direction: 'debit', reversal: true, amountCents: 6050 });
    expect(reversal?.details[0]).toMatchObject({
      endToEndId: 'VZ-DD-2026-03-0002',
      mandateId: 'VZ-MANDATE-0002',
      counterpartyName: 'P. Bakker',
      counterpartyIban: 'NL12TRIO0198765432',
    });
  });

  it('keys an entry without references by a hash, stable across reads, and keeps its description', () => {
    expect(charges).toMatchObject({
      entryReferenceSource: 'hash',
      amountCents: 495,
      direction: 'debit',
      valueDate: '2026-03-01',
      additionalInfo: 'Kosten betalingsverkeer februari 2026',
      details: [],
    });
    expect(charges?.entryReference).toMatch(/^sha256:[0-9a-f]{32}$/);
    const again = parseBankStatement(Buffer.from(ING_053_V02, 'utf8')).statements[0]?.entries[4];
    expect(again?.entryReference).toBe(charges?.entryReference);
    const otherStatement = entries(ING_053_V02.replace('0001234567-2026-03-02', '0001234567-2026-03-03'))[4];
    expect(otherStatement?.entryReference).not.toBe(charges?.entryReference);
  });
});

describe('parseBankStatement: camt.053.001.08', () => {
  const file = parseBankStatement(RABO_053_V08);
  const [incoming, refund] = file.statements[0]?.entries ?? [];

  it('reads Sts/Cd, a booking date-time, TxDtls/Amt, Pty/Nm and an IBAN written in groups', () => {
    expect(file.messageId).toBe('RABO-CAMT053-20260304-000017');
    expect(file.statements[0]).not.toHaveProperty('fromDate');
    expect(incoming).toMatchObject({
      entryReference: 'RABO-2026-03-04-88412',
      entryReferenceSource: 'AcctSvcrRef',
      status: 'BOOK',
      bookingDate: '2026-03-04',
      amountCents: 121000,
    });
    expect(incoming?.details[0]).toEqual({
      endToEndId: 'ACME-INV-PAY-77121',
      amountCents: 121000,
      counterpartyName: 'Acme Hosting B.V.',
      counterpartyIban: 'NL91ABNA0417164300',
      remittance: { unstructured: [], creditorReference: 'RF18539007547034' },
    });
  });

  it('takes the creditor as the counterparty of money going out', () => {
    expect(refund).toMatchObject({ direction: 'debit', entryReference: '20260304-0002' });
    expect(refund?.details[0]).toMatchObject({
      endToEndId: 'VZ-RF-2026-0007',
      counterpartyName: 'M. de Boer',
      counterpartyIban: 'NL22SNSB0912345678',
    });
  });
});

describe('parseBankStatement: several statements in one message', () => {
  it('reads each statement with its own account, and keys alike entries apart', () => {
    const stmt = /<Stmt>[^]*<\/Stmt>/.exec(ING_053_V02)?.[0] ?? '';
    const second = stmt
      .replace('0001234567-2026-03-02', '0007654321-2026-03-02')
      .replaceAll('NL20INGB0001234567', 'NL36INGB0007654321');
    const file = parseBankStatement(ING_053_V02.replace(stmt, `${stmt}\n${second}`));
    expect(file.statements.map((s) => [s.id, s.accountIban, s.entries.length])).toEqual([
      ['0001234567-2026-03-02', 'NL20INGB0001234567', 5],
      ['0007654321-2026-03-02', 'NL36INGB0007654321', 5],
    ]);
    const [charges, sameCharges] = file.statements.map((s) => s.entries[4]?.entryReference);
    expect(charges).not.toBe(sameCharges);
  });
});

describe('parseBankStatement: camt.054 direct-debit returns', () => {
  const file = parseBankStatement(RETURNS_054_V02);

  it('reads the notification and each return with its reason, mandate and debtor', () => {
    expect(file.kind).toBe('camt.054');
    expect(file.messageId).toBe('054D2026031008150000000003');
    expect(file.statements[0]).toMatchObject({
      id: '0001234567-2026-03-10-R',
      accountIban: 'NL20INGB0001234567',
    });
    const returns = file.statements[0]?.entries.map((e) => ({
      direction: e.direction,
      valueDate: e.valueDate,
      ...e.details[0],
    }));
    expect(returns).toEqual([
      {
        direction: 'debit',
        valueDate: '2026-03-10',
        endToEndId: 'VZ-DD-2026-03-0001',
        mandateId: 'VZ-MANDATE-0001',
        amountCents: 12100,
        counterpartyName: "Café 't Hoekje",
        counterpartyIban: 'NL36INGB0007654321',
        remittance: { unstructured: ['BIT-000013'] },
        returnReason: 'MD06',
      },
      {
        direction: 'debit',
        valueDate: '2026-03-09',
        endToEndId: 'VZ-DD-2026-03-0003',
        mandateId: 'VZ-MANDATE-0003',
        amountCents: 18150,
        counterpartyName: 'Stichting Dorpshuis',
        counterpartyIban: 'NL52BUNQ2042424242',
        remittance: { unstructured: ['BIT-000015'] },
        returnReason: 'AM04',
      },
    ]);
  });
});

describe('parseBankStatement: encodings', () => {
  it('reads bytes in UTF-8 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RETURNS_054_V02, 'utf8')]);
    expect(parseBankStatement(bytes).statements[0]?.entries[0]?.details[0]?.counterpartyName).toBe(
      "Café 't Hoekje",
    );
  });

  it('reads bytes in ISO-8859-1 when the declaration says so', () => {
    const latin1 = RETURNS_054_V02.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const file = parseBankStatement(Buffer.from(latin1, 'latin1'));
    expect(file.statements[0]?.entries[0]?.details[0]?.counterpartyName).toBe("Café 't Hoekje");
  });
});

describe('parseBankStatement: refusals', () => {
  it('refuses what is not XML', () => {
    expect(refusal('Datum,Bedrag\n2026-03-02,121.00')).toBe(
      'statement: is not XML (line 2): text data outside of root node',
    );
    expect(refusal('')).toBe('statement: is not XML (line 1): document must contain a root element');
    expect(refusal(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0xfe, 0x00]))).toBe(
      'statement: is not UTF-8 text (is it a bank file at all?)',
    );
  });

  it('refuses XML that is not well-formed, naming the line', () => {
    const broken = ING_053_V02.replace('<Sts>BOOK</Sts>', '<Sts>BOOK</Status>');
    expect(refusal(broken)).toBe(
      'statement: is not well-formed XML at Document/BkToCstmrStmt/Stmt/Ntry (line 77): unexpected close tag',
    );
  });

  it('refuses another schema or version, naming the root namespace', () => {
    const pain =
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"><CstmrDrctDbtInitn/></Document>';
    expect(refusal(pain)).toBe(
      'statement: is not a camt.053 or camt.054 document (version 001.02 or later): its root element is {urn:iso:std:iso:20022:tech:xsd:pain.008.001.02}Document',
    );
    const intraday = ING_053_V02.replace('camt.053.001.02', 'camt.052.001.02');
    expect(refusal(intraday)).toContain(
      'its root element is {urn:iso:std:iso:20022:tech:xsd:camt.052.001.02}Document',
    );
    expect(refusal(ING_053_V02.replace('camt.053.001.02', 'camt.053.001.01'))).toContain('camt.053.001.01');
    expect(refusal('<Document><BkToCstmrStmt/></Document>')).toContain('its root element is {}Document');
  });

  it('refuses a camt.053 namespace around a notification', () => {
    expect(refusal(RETURNS_054_V02.replace('camt.054.001.02', 'camt.053.001.02'))).toBe(
      'statement: Document (line 2): BkToCstmrStmt is missing',
    );
  });

  it('refuses an entry in another currency, naming the entry', () => {
    const dollars = ING_053_V02.replace('<Amt Ccy="EUR">60.50</Amt>', '<Amt Ccy="USD">60.50</Amt>');
    expect(refusal(dollars)).toBe(
      "statement: Document/BkToCstmrStmt/Stmt/Ntry[2]/Amt (line 140): only EUR accounts are supported: the entry is in 'USD'",
    );
  });

  it('refuses an account in another currency', () => {
    const dollars = RABO_053_V08.replace('<Ccy>EUR</Ccy>', '<Ccy>USD</Ccy>');
    expect(refusal(dollars)).toBe(
      "statement: Document/BkToCstmrStmt/Stmt/Acct (line 12): only EUR accounts are supported: this account is in 'USD'",
    );
  });

  it('refuses a truncated file, naming where it stops', () => {
    const cut = ING_053_V02.slice(0, ING_053_V02.indexOf('<Nm>P. Bakker</Nm>'));
    expect(refusal(cut)).toBe(
      'statement: ends inside an element at Document/BkToCstmrStmt/Stmt/Ntry[3]/NtryDtls/TxDtls[2]/RltdPties/Dbtr (line 258): the file is truncated or incomplete',
    );
    expect(refusal(ING_053_V02.slice(0, -40))).toBe(
      'statement: ends inside an element at Document/BkToCstmrStmt/Stmt (line 374): the file is truncated or incomplete',
    );
    expect(refusal(ING_053_V02.slice(0, ING_053_V02.indexOf('<Amt Ccy="EUR">121.00') + 8))).toBe(
      'statement: ends inside an element at Document/BkToCstmrStmt/Stmt/Ntry (line 75): the file is truncated or incomplete',
    );
  });

  it('refuses missing mandatory elements, naming each at once', () => {
    const broken = ING_053_V02.replace(
      '<Amt Ccy="EUR">121.00</Amt>\n        <CdtDbtInd>',
      '<CdtDbtInd>', // entry 1 without Amt
    )
      .replace(
        '<Amt Ccy="EUR">60.50</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>',
        '<Amt Ccy="EUR">60.50</Amt>',
      )
      .replace(/(<Amt Ccy="EUR">363.00<\/Amt>[^]*?<\/Sts>)\s*<BookgDt>[^]*?<\/BookgDt>/, '$1')
      .replace(/<ValDt>\s*<Dt>2026-03-01<\/Dt>\s*<\/ValDt>/, '');
    expect(refusal(broken).split('; ')).toEqual([
      'statement: Document/BkToCstmrStmt/Stmt/Ntry[1] (line 74): Amt is missing',
      'statement: Document/BkToCstmrStmt/Stmt/Ntry[2] (line 137): CdtDbtInd is missing',
      'statement: Document/BkToCstmrStmt/Stmt/Ntry[3] (line 183): BookgDt is missing',
      'statement: Document/BkToCstmrStmt/Stmt/Ntry[5] (line 348): ValDt is missing',
    ]);
  });

  it('refuses an amount with more than 2 decimals rather than round it', () => {
    const mills = ING_053_V02.replace('<Amt Ccy="EUR">181.50</Amt>', '<Amt Ccy="EUR">181.505</Amt>');
    expect(refusal(mills)).toBe(
      "statement: Document/BkToCstmrStmt/Stmt/Ntry[3]/NtryDtls/TxDtls[3]/AmtDtls/TxAmt/Amt (line 278): '181.505' has more than 2 decimals, and euros have cents at most",
    );
  });

  it('refuses entity declarations: billion laughs and external entities expand nothing', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol9;</Document>',
    ].join('\n');
    expect(refusal(laughs)).toBe(
      'statement: has a DOCTYPE (line 13): bank files have none, and entity declarations are refused',
    );
    const external =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>';
    expect(refusal(external)).toContain('has a DOCTYPE (line 1)');
    const undeclared = '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol9;</Document>';
    expect(refusal(undeclared)).toBe(
      'statement: is not well-formed XML at Document (line 1): undefined entity',
    );
  });

  it('refuses nesting deeper than 64 levels', () => {
    const deep = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">${'<a>'.repeat(100_000)}`;
    expect(refusal(deep)).toBe(
      'statement: nests elements deeper than 64 levels at Document/a/a/…/a/a/a/a (line 1)',
    );
  });

  it('refuses a file over 50 MB before reading it', () => {
    const huge = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    expect(refusal(huge)).toBe('statement: is 51 MB, more than the 50 MB a bank file may have');
  });

  it('refuses an encoding it cannot read', () => {
    const utf16 = RETURNS_054_V02.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    expect(refusal(Buffer.from(utf16, 'utf8'))).toBe(
      "statement: declares encoding 'UTF-16', but only UTF-8 and ISO-8859-1 are read",
    );
  });

  it('refuses a statement without an IBAN account, and an entry without a status', () => {
    const other = RABO_053_V08.replace('<IBAN>NL44RABO0123456789</IBAN>', '<Othr><Id>0123456789</Id></Othr>');
    expect(refusal(other)).toBe(
      'statement: Document/BkToCstmrStmt/Stmt/Acct (line 12): Id/IBAN is missing: only accounts with an IBAN are read',
    );
    const noStatus = RABO_053_V08.replace(/<Sts>\s*<Cd>BOOK<\/Cd>\s*<\/Sts>/, '');
    expect(refusal(noStatus)).toBe(
      'statement: Document/BkToCstmrStmt/Stmt/Ntry[1] (line 30): Sts is missing',
    );
  });

  it('refuses a transaction of a batch entry without an amount', () => {
    const noAmount = ING_053_V02.replace(
      /<AmtDtls>\s*<TxAmt>\s*<Amt Ccy="EUR">60.50<\/Amt>\s*<\/TxAmt>\s*<\/AmtDtls>\s*(<RltdPties>\s*<Dbtr>\s*<Nm>P. Bakker)/,
      '$1',
    );
    expect(refusal(noAmount)).toMatch(
      /^statement: Document\/BkToCstmrStmt\/Stmt\/Ntry\[3\]\/NtryDtls\/TxDtls\[2\] \(line \d+\): has no amount \(Amt or AmtDtls\), and its entry has several transactions$/,
    );
  });
});
