import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { InvalidInputError } from '../shared/errors/index.ts';
import { formatAmount } from '../shared/money/index.ts';
import { parseBankStatement } from './camt-statement.ts';
import {
  PAIN_001_NAMESPACE,
  renderCreditTransferBatch,
  type CreditTransfer,
  type CreditTransferBatch,
} from './sepa-credit-transfer.ts';
import { schemaErrors } from './test-support/iso20022-schema.ts';
import { PAIN_001_001_03 } from './test-support/pain-schemas.ts';
import { all, first, text, texts, type XmlElement } from './test-support/ubl-query.ts';

function refund(n: number, overrides: Partial<CreditTransfer> = {}): CreditTransfer {
  return {
    endToEndId: `VZ-RF-2026-${String(n).padStart(4, '0')}`,
    amountCents: 25000,
    creditorName: 'M. de Boer',
    creditorIban: 'NL22SNSB0912345678',
    remittance: `Terugbetaling borg contract C-${String(n).padStart(4, '0')}`,
    ...overrides,
  };
}

function batch(overrides: Partial<CreditTransferBatch> = {}): CreditTransferBatch {
  return {
    messageId: 'VZ-RF-20260303',
    createdAt: Temporal.Instant.from('2026-03-03T16:00:00Z'),
    debtor: { name: 'Vezel Test Seller B.V.', iban: 'NL44RABO0123456789', bic: 'RABONL2U' },
    executionDate: '2026-03-04',
    transactions: [refund(1)],
    ...overrides,
  };
}

function parse(xml: string): XmlElement {
  return create(xml).root().node as unknown as XmlElement;
}

function problemsOf(input: CreditTransferBatch): string[] {
  try {
    renderCreditTransferBatch(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems.map((p) => `${p.field}: ${p.problem}`);
  }
  throw new Error('the batch was rendered, not refused');
}

describe('renderCreditTransferBatch', () => {
  const xml = renderCreditTransferBatch(
    batch({
      transactions: [
        refund(7),
        refund(8, {
          amountCents: 1999,
          creditorName: 'Zoë Müller',
          creditorBic: 'ingbnl2a',
          remittance: undefined,
        }),
        refund(9, { amountCents: 4242, executionDate: Temporal.PlainDate.from('2026-03-10') }),
      ],
    }),
  );
  const message = first(parse(xml), 'CstmrCdtTrfInitn') as XmlElement;
  const blocks = all(message, 'PmtInf');

  it('writes a pain.001.001.03 document that follows the schema', () => {
    expect(parse(xml).namespaceURI).toBe(PAIN_001_NAMESPACE);
    expect(schemaErrors(PAIN_001_001_03, xml)).toEqual([]);
  });

  it('writes the totals of the file and of each execution date', () => {
    expect(text(message, 'GrpHdr/MsgId')).toBe('VZ-RF-20260303');
    expect(text(message, 'GrpHdr/CreDtTm')).toBe('2026-03-03T16:00:00Z');
    expect(text(message, 'GrpHdr/NbOfTxs')).toBe('3');
    expect(text(message, 'GrpHdr/CtrlSum')).toBe('312.41');
    expect(
      blocks.map((b) => [
        text(b, 'PmtInfId'),
        text(b, 'ReqdExctnDt'),
        text(b, 'NbOfTxs'),
        text(b, 'CtrlSum'),
      ]),
    ).toEqual([
      ['VZ-RF-20260303-1', '2026-03-04', '2', '269.99'],
      ['VZ-RF-20260303-2', '2026-03-10', '1', '42.42'],
    ]);
  });

  it('pays from the seller: debtor, account and bank in every block', () => {
    for (const block of blocks) {
      expect(text(block, 'PmtMtd')).toBe('TRF');
      expect(text(block, 'PmtTpInf/SvcLvl/Cd')).toBe('SEPA');
      expect(text(block, 'Dbtr/Nm')).toBe('Vezel Test Seller B.V.');
      expect(text(block, 'DbtrAcct/Id/IBAN')).toBe('NL44RABO0123456789');
      expect(text(block, 'DbtrAgt/FinInstnId/BIC')).toBe('RABONL2U');
      expect(text(block, 'ChrgBr')).toBe('SLEV');
    }
  });

  it('pays each customer, with a creditor bank only when its BIC is known', () => {
    const [first_, second] = all(blocks[0] as XmlElement, 'CdtTrfTxInf');
    expect(text(first_ as XmlElement, 'PmtId/EndToEndId')).toBe('VZ-RF-2026-0007');
    expect(text(first_ as XmlElement, 'Amt/InstdAmt')).toBe('250.00');
    expect(all(first_ as XmlElement, 'CdtrAgt')).toHaveLength(0);
    expect(text(first_ as XmlElement, 'Cdtr/Nm')).toBe('M. de Boer');
    expect(text(first_ as XmlElement, 'CdtrAcct/Id/IBAN')).toBe('NL22SNSB0912345678');
    expect(text(first_ as XmlElement, 'RmtInf/Ustrd')).toBe('Terugbetaling borg contract C-0007');
    expect(text(second as XmlElement, 'CdtrAgt/FinInstnId/BIC')).toBe('INGBNL2A');
    expect(text(second as XmlElement, 'Cdtr/Nm')).toBe('Zoe Muller');
    expect(all(second as XmlElement, 'RmtInf')).toHaveLength(0);
  });

  it('writes a debtor bank of NOTPROVIDED when the seller gave no BIC', () => {
    const output = renderCreditTransferBatch(
      batch({ debtor: { name: 'Vezel', iban: 'NL44RABO0123456789' } }),
    );
    expect(schemaErrors(PAIN_001_001_03, output)).toEqual([]);
    expect(text(parse(output), 'CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/Othr/Id')).toBe('NOTPROVIDED');
  });

  it('keeps the control sums right for any amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 99_999_999_999 }), { minLength: 1, maxLength: 12 }),
        (amounts) => {
          const output = renderCreditTransferBatch(
            batch({ transactions: amounts.map((amountCents, i) => refund(i + 1, { amountCents })) }),
          );
          expect(schemaErrors(PAIN_001_001_03, output)).toEqual([]);
          const root = parse(output);
          const total = formatAmount(amounts.reduce((sum, a) => sum + a, 0));
          expect(text(root, 'CstmrCdtTrfInitn/GrpHdr/CtrlSum')).toBe(total);
          expect(text(root, 'CstmrCdtTrfInitn/PmtInf/CtrlSum')).toBe(total);
          expect(texts(root, 'CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/Amt/InstdAmt')).toEqual(
            amounts.map((a) => formatAmount(a)),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is refused by the statement reader: a payment order is not a bank statement', () => {
    expect(() => parseBankStatement(xml)).toThrow(
      'statement: is not a camt.053 or camt.054 document (version 001.02 or later): its root element is {urn:iso:std:iso:20022:tech:xsd:pain.001.001.03}Document',
    );
  });
});

describe('renderCreditTransferBatch: refusals', () => {
  it('names every bad field at once', () => {
    expect(
      problemsOf(
        batch({
          messageId: 'X'.repeat(32),
          debtor: { name: 'Vezel', iban: 'NL44RABO0123456780' },
          executionDate: '04-03-2026',
          transactions: [
            refund(1, { amountCents: -500, creditorName: 'Jan_de_Vries #3', creditorIban: 'GB00' }),
            refund(1, { remittance: '' }),
          ],
        }),
      ),
    ).toEqual([
      `messageId: '${'X'.repeat(32)}' has 32 characters, more than 31`,
      "debtor.iban: 'NL44RABO0123456780' has a wrong check digit; check for a typing error",
      "executionDate: '04-03-2026' is not a valid date (expected YYYY-MM-DD): it is not written as four-digit year, two-digit month and two-digit day",
      'transactions[0].amountCents: must be whole cents above 0 and at most 99999999999 (999,999,999.99 euros), not -500',
      "transactions[0].creditorName: contains '#', which the SEPA character set does not have (a–z, A–Z, 0–9, space and / - ? : ( ) . , ' +)",
      "transactions[0].creditorIban: 'GB00' has 4 characters; an IBAN from GB has 22",
      'transactions[1].remittance: is empty',
      "transactions[1].endToEndId: 'VZ-RF-2026-0001' is also the id of transactions[0]",
    ]);
  });
});
