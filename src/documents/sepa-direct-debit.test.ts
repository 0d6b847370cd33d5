import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { InvalidInputError } from '../shared/errors/index.ts';
import { formatAmount } from '../shared/money/index.ts';
import {
  PAIN_008_NAMESPACE,
  renderDirectDebitBatch,
  type DirectDebitBatch,
  type DirectDebitTransaction,
} from './sepa-direct-debit.ts';
import { schemaErrors } from './test-support/iso20022-schema.ts';
import { PAIN_008_001_02 } from './test-support/pain-schemas.ts';
import { all, first, text, texts, type XmlElement } from './test-support/ubl-query.ts';

const CREATED_AT = Temporal.Instant.from('2026-02-26T09:30:00Z');

function transaction(n: number, overrides: Partial<DirectDebitTransaction> = {}): DirectDebitTransaction {
  return {
    endToEndId: `VZ-DD-2026-03-${String(n).padStart(4, '0')}`,
    amountCents: 12100,
    mandateId: `VZ-MANDATE-${String(n).padStart(4, '0')}`,
    mandateSignedOn: '2025-11-01',
    sequenceType: 'RCUR',
    debtorName: 'Bakkerij de Vries B.V.',
    debtorIban: 'NL44RABO0123456789',
    remittance: `BIT-${String(n).padStart(6, '0')}`,
    ...overrides,
  };
}

function batch(overrides: Partial<DirectDebitBatch> = {}): DirectDebitBatch {
  return {
    messageId: 'VZ-20260226-01',
    createdAt: CREATED_AT,
    creditor: {
      name: 'Vezel Test Seller B.V.',
      iban: 'NL20 INGB 0001 2345 67',
      creditorId: 'NL69ZZZ123456780000',
    },
    collectionDate: '2026-03-02',
    scheme: 'CORE',
    transactions: [transaction(1)],
    ...overrides,
  };
}

function parse(xml: string): XmlElement {
  return create(xml).root().node as unknown as XmlElement;
}

function problemsOf(input: DirectDebitBatch): string[] {
  try {
    renderDirectDebitBatch(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems.map((p) => `${p.field}: ${p.problem}`);
  }
  throw new Error('the batch was rendered, not refused');
}

describe('renderDirectDebitBatch', () => {
  const mixed = batch({
    transactions: [
      transaction(1, { sequenceType: 'FRST', debtorName: "Café 't Hoekje & Zn.", debtorBic: 'INGBNL2A' }),
      transaction(2, { amountCents: 6050 }),
      transaction(3, { amountCents: 18150, scheme: 'B2B', debtorName: 'Stichting Dorpshuis' }),
      transaction(4, { amountCents: 1 }),
      transaction(5, { collectionDate: Temporal.PlainDate.from('2026-04-01'), sequenceType: 'FNAL' }),
      transaction(6, { sequenceType: 'OOFF', remittance: undefined }),
    ],
  });
  const xml = renderDirectDebitBatch(mixed);
  const message = first(parse(xml), 'CstmrDrctDbtInitn') as XmlElement;
  const blocks = all(message, 'PmtInf');

  it('writes a pain.008.001.02 document that follows the schema', () => {
    expect(parse(xml).namespaceURI).toBe(PAIN_008_NAMESPACE);
    expect(schemaErrors(PAIN_008_001_02, xml)).toEqual([]);
  });

  it('writes the group header with the count and control sum of the whole file', () => {
    expect(text(message, 'GrpHdr/MsgId')).toBe('VZ-20260226-01');
    expect(text(message, 'GrpHdr/CreDtTm')).toBe('2026-02-26T09:30:00Z');
    expect(text(message, 'GrpHdr/NbOfTxs')).toBe('6');
    expect(text(message, 'GrpHdr/CtrlSum')).toBe('605.01');
    expect(text(message, 'GrpHdr/InitgPty/Nm')).toBe('Vezel Test Seller B.V.');
  });

  it('makes one payment-information block per scheme, sequence type and collection date', () => {
    expect(
      blocks.map((b) => [
        text(b, 'PmtInfId'),
        text(b, 'PmtTpInf/LclInstrm/Cd'),
        text(b, 'PmtTpInf/SeqTp'),
        text(b, 'ReqdColltnDt'),
        text(b, 'NbOfTxs'),
        text(b, 'CtrlSum'),
        texts(b, 'DrctDbtTxInf/PmtId/EndToEndId'),
      ]),
    ).toEqual([
      ['VZ-20260226-01-1', 'CORE', 'FRST', '2026-03-02', '1', '121.00', ['VZ-DD-2026-03-0001']],
      [
        'VZ-20260226-01-2',
        'CORE',
        'RCUR',
        '2026-03-02',
        '2',
        '60.51',
        ['VZ-DD-2026-03-0002', 'VZ-DD-2026-03-0004'],
      ],
      ['VZ-20260226-01-3', 'B2B', 'RCUR', '2026-03-02', '1', '181.50', ['VZ-DD-2026-03-0003']],
      ['VZ-20260226-01-4', 'CORE', 'FNAL', '2026-04-01', '1', '121.00', ['VZ-DD-2026-03-0005']],
      ['VZ-20260226-01-5', 'CORE', 'OOFF', '2026-03-02', '1', '121.00', ['VZ-DD-2026-03-0006']],
    ]);
  });

  it('writes the creditor, its account, its scheme id and SLEV charges in every block', () => {
    for (const block of blocks) {
      expect(text(block, 'PmtMtd')).toBe('DD');
      expect(text(block, 'PmtTpInf/SvcLvl/Cd')).toBe('SEPA');
      expect(text(block, 'Cdtr/Nm')).toBe('Vezel Test Seller B.V.');
      expect(text(block, 'CdtrAcct/Id/IBAN')).toBe('NL20INGB0001234567');
      expect(text(block, 'CdtrAgt/FinInstnId/Othr/Id')).toBe('NOTPROVIDED');
      expect(text(block, 'ChrgBr')).toBe('SLEV');
      expect(text(block, 'CdtrSchmeId/Id/PrvtId/Othr/Id')).toBe('NL69ZZZ123456780000');
      expect(text(block, 'CdtrSchmeId/Id/PrvtId/Othr/SchmeNm/Prtry')).toBe('SEPA');
    }
  });

  it('writes each collection with its mandate, debtor and remittance', () => {
    const first_ = first(blocks[0] as XmlElement, 'DrctDbtTxInf') as XmlElement;
    expect(text(first_, 'InstdAmt')).toBe('121.00');
    expect(first(first_, 'InstdAmt')?.getAttribute('Ccy')).toBe('EUR');
    expect(text(first_, 'DrctDbtTx/MndtRltdInf/MndtId')).toBe('VZ-MANDATE-0001');
    expect(text(first_, 'DrctDbtTx/MndtRltdInf/DtOfSgntr')).toBe('2025-11-01');
    expect(text(first_, 'DbtrAgt/FinInstnId/BIC')).toBe('INGBNL2A');
    expect(text(first_, 'Dbtr/Nm')).toBe("Cafe 't Hoekje + Zn.");
    expect(text(first_, 'DbtrAcct/Id/IBAN')).toBe('NL44RABO0123456789');
    expect(text(first_, 'RmtInf/Ustrd')).toBe('BIT-000001');
    const oneOff = first(blocks[4] as XmlElement, 'DrctDbtTxInf') as XmlElement;
    expect(text(oneOff, 'DbtrAgt/FinInstnId/Othr/Id')).toBe('NOTPROVIDED');
    expect(all(oneOff, 'RmtInf')).toHaveLength(0);
  });

  it('keeps the counts and control sums right for any amounts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
            sequenceType: fc.constantFrom('FRST' as const, 'RCUR' as const, 'OOFF' as const, 'FNAL' as const),
            scheme: fc.constantFrom('CORE' as const, 'B2B' as const),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (drawn) => {
          const output = renderDirectDebitBatch(
            batch({ transactions: drawn.map((d, i) => transaction(i + 1, d)) }),
          );
          expect(schemaErrors(PAIN_008_001_02, output)).toEqual([]);
          const root = first(parse(output), 'CstmrDrctDbtInitn') as XmlElement;
          const total = drawn.reduce((sum, d) => sum + d.amountCents, 0);
          expect(text(root, 'GrpHdr/NbOfTxs')).toBe(String(drawn.length));
          expect(text(root, 'GrpHdr/CtrlSum')).toBe(formatAmount(total));
          for (const block of all(root, 'PmtInf')) {
            const amounts = texts(block, 'DrctDbtTxInf/InstdAmt').map((a) => Math.round(Number(a) * 100));
            expect(text(block, 'NbOfTxs')).toBe(String(amounts.length));
            expect(text(block, 'CtrlSum')).toBe(formatAmount(amounts.reduce((s, a) => s + a, 0)));
            const keys = all(block, 'DrctDbtTxInf').map((tx) => {
              const index = Number(text(tx, 'PmtId/EndToEndId').slice(-4)) - 1;
              return `${drawn[index]?.scheme}|${drawn[index]?.sequenceType}`;
            });
            expect(new Set(keys)).toEqual(
              new Set([`${text(block, 'PmtTpInf/LclInstrm/Cd')}|${text(block, 'PmtTpInf/SeqTp')}`]),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('has a schema check that catches an element out of order', () => {
    const swapped = xml.replace(/(<ReqdColltnDt>[^<]*<\/ReqdColltnDt>)(\s*)(<Cdtr>[^]*?<\/Cdtr>)/, '$3$2$1');
    expect(schemaErrors(PAIN_008_001_02, swapped)).toContain(
      'Document/CstmrDrctDbtInitn/PmtInf: ReqdColltnDt is missing (or out of order)',
    );
  });
});

describe('renderDirectDebitBatch: refusals', () => {
  it('names every bad field of the batch at once', () => {
    expect(
      problemsOf(
        batch({
          messageId: 'VZ 2026',
          creditor: {
            name: 'Vezel@Seller',
            iban: 'NL20INGB0001234568',
            bic: 'XX',
            creditorId: 'NL98ZZZ999999999999',
          },
          collectionDate: '2026-02-30',
          scheme: 'SDD' as never,
        }),
      ),
    ).toEqual([
      "messageId: 'VZ 2026' contains a space, but an identifier takes only a–z, A–Z, 0–9 and / - ? : ( ) . , ' +",
      "creditor.name: contains '@', which the SEPA character set does not have (a–z, A–Z, 0–9, space and / - ? : ( ) . , ' +)",
      "creditor.iban: 'NL20INGB0001234568' has a wrong check digit; check for a typing error",
      "creditor.bic: 'XX' has no country code at its 5th and 6th letters",
      "creditor.creditorId: 'NL98ZZZ999999999999' has check digits 98 where its national identifier gives 57 (ISO 7064 MOD 97-10): check for a typing error",
      'scheme: must be CORE or B2B, not SDD',
      "collectionDate: '2026-02-30' is not a valid date (expected YYYY-MM-DD): February 2026 has 28 days",
    ]);
  });

  it('names every bad field of each transaction', () => {
    expect(
      problemsOf(
        batch({
          transactions: [
            transaction(1, {
              amountCents: 0,
              mandateId: 'M//1',
              mandateSignedOn: '2026-03-03',
              sequenceType: 'LAST' as never,
              debtorName: '',
              debtorIban: 'NL00',
              remittance: 'x'.repeat(141),
            }),
            transaction(2, { amountCents: 12.5, endToEndId: 'VZ-DD-2026-03-0001' }),
            transaction(3, { amountCents: 100_000_000_000 }),
          ],
        }),
      ),
    ).toEqual([
      'transactions[0].amountCents: must be whole cents above 0 and at most 99999999999 (999,999,999.99 euros), not 0',
      "transactions[0].mandateId: 'M//1' may not start or end with '/' nor contain '//'",
      'transactions[0].sequenceType: must be FRST, RCUR, OOFF or FNAL, not LAST',
      'transactions[0].debtorName: is empty',
      "transactions[0].debtorIban: 'NL00' has 4 characters; an IBAN from NL has 18",
      'transactions[0].remittance: has 141 characters, more than the 140 a SEPA file takes',
      'transactions[0].mandateSignedOn: 2026-03-03 is after the collection date 2026-03-02: no mandate yet',
      'transactions[1].amountCents: must be whole cents above 0 and at most 99999999999 (999,999,999.99 euros), not 12.5',
      'transactions[2].amountCents: must be whole cents above 0 and at most 99999999999 (999,999,999.99 euros), not 100000000000',
      "transactions[1].endToEndId: 'VZ-DD-2026-03-0001' is also the id of transactions[0]",
    ]);
  });

  it('refuses an empty batch and a creation time that is not an instant', () => {
    expect(problemsOf(batch({ transactions: [], createdAt: '2026-02-26T09:30:00Z' as never }))).toEqual([
      'createdAt: must be a Temporal.Instant',
      'transactions: must be a list of at least one transaction',
    ]);
  });
});
