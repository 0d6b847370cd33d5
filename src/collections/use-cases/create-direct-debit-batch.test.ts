import { beforeAll, expect, it } from 'vitest';
import { refusedFields } from '../../../test/support/field-problems.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { billingContext, date } from '../../billing/use-cases/billing-test-support.ts';
import { schemaErrors } from '../../documents/test-support/iso20022-schema.ts';
import { PAIN_008_001_02 } from '../../documents/test-support/pain-schemas.ts';
import { createDirectDebitBatch } from './create-direct-debit-batch.ts';
import { billQuarter, billedCustomers, collectionBlocks, CREDITOR_ID } from './direct-debit-test-support.ts';
import { getBankFile } from './get-bank-file.ts';
import { listMandates } from './list-mandates.ts';
import { recordComplaint } from './record-complaint.ts';
import { registerMandate } from './register-mandate.ts';
import { revokeMandate } from './revoke-mandate.ts';
import { updateSeller } from '../../sellers/index.ts';

describeEachStore('direct-debit batches (pain.008)', (database) => {
  const onNewYear = billingContext(database, '2027-01-01');
  const on = (day: string) => billingContext(database, day)();
  let q1 = new Map<string, { id: string; number: string }>();
  const mandate = (
    id: string,
    customerId: string,
    scheme: 'CORE' | 'B2B' = 'CORE',
    signedOn = '2026-12-01',
  ) =>
    registerMandate(onNewYear(), {
      id,
      sellerId: 'bit',
      customerId,
      scheme,
      iban: 'NL44RABO0123456789',
      debtorName: `Debtor of ${customerId}`,
      signedOn: date(signedOn),
    });
  /**
   * CU-D1 (CORE) and CU-D2 (B2B) pay by direct debit; CU-D3 has no mandate; CU-D4 revoked its mandate;
   * CU-D5 disputes half its invoice; CU-D6 signed in 2023 and never used the mandate.
   */
  beforeAll(async () => {
    q1 = await billedCustomers(
      onNewYear(),
      ['CU-D1', 'CU-D2', 'CU-D3', 'CU-D4', 'CU-D5', 'CU-D6'].map((id) => ({ id })),
    );
    await mandate('M-D1', 'CU-D1');
    await mandate('M-D2', 'CU-D2', 'B2B');
    await mandate('M-D4', 'CU-D4');
    await revokeMandate(onNewYear(), { mandateId: 'M-D4' });
    await mandate('M-D5', 'CU-D5');
    await mandate('M-D6', 'CU-D6', 'CORE', '2023-01-02');
    await recordComplaint(onNewYear(), {
      sellerId: 'bit',
      customerId: 'CU-D5',
      about: 'invoice',
      invoiceNumber: q1.get('CU-D5')!.number,
      receivedOn: date('2027-01-01'),
      channel: 'email',
      description: 'Half the rack was not delivered',
      disputedCents: 18_150,
    });
  });

  it('collects the open invoices under mandates in force, FRST first, in a valid pain.008; again adds nothing', async () => {
    const batch = await createDirectDebitBatch(on('2027-01-04'), {
      sellerId: 'bit',
      collectionDate: date('2027-01-05'),
      creditorId: 'nl69 zzz 1234 5678 0000',
    });
    const fileNumber = batch.file!.id.slice(3);
    expect(batch.collections).toEqual([
      collection('CU-D1', 'M-D1', 'CORE', 36_300, `VZ-DD-${fileNumber}-1`),
      collection('CU-D2', 'M-D2', 'B2B', 36_300, `VZ-DD-${fileNumber}-2`),
      // bit:9.5: the disputed half is not collected.
      collection('CU-D5', 'M-D5', 'CORE', 18_150, `VZ-DD-${fileNumber}-3`),
    ]);
    expect(batch.skipped).toEqual([
      {
        mandateId: 'M-D6',
        customerId: 'CU-D6',
        reason:
          'lapsed: not used for 36 months (usable until 2026-01-02); the customer must sign a new mandate',
      },
    ]);
    expect(batch.file).toMatchObject({
      kind: 'pain.008',
      executionDate: '2027-01-05',
      transactions: 3,
      totalCents: 90_750,
    });
    const file = await getBankFile(database(), batch.file!.id);
    expect(schemaErrors(PAIN_008_001_02, file.xml)).toEqual([]);
    expect(file.xml).toContain('<Id>NL69ZZZ123456780000</Id>');
    expect(file.xml).toContain(`<Ustrd>Factuur ${q1.get('CU-D1')!.number}</Ustrd>`);
    expect(collectionBlocks(file.xml)).toEqual([
      ['CORE', 'FRST', '2027-01-05', [`VZ-DD-${fileNumber}-1`, `VZ-DD-${fileNumber}-3`]],
      ['B2B', 'FRST', '2027-01-05', [`VZ-DD-${fileNumber}-2`]],
    ]);
    expect(file.transfers.map((t) => [t.endToEndId, t.invoiceId, t.sequenceType])).toEqual([
      [`VZ-DD-${fileNumber}-1`, q1.get('CU-D1')!.id, 'FRST'],
      [`VZ-DD-${fileNumber}-2`, q1.get('CU-D2')!.id, 'FRST'],
      [`VZ-DD-${fileNumber}-3`, q1.get('CU-D5')!.id, 'FRST'],
    ]);
    expect((await listMandates(database(), 'CU-D1'))[0]).toMatchObject({ firstCollectedOn: '2027-01-05' });

    const again = await createDirectDebitBatch(on('2027-01-04'), {
      sellerId: 'bit',
      collectionDate: date('2027-01-05'),
      creditorId: CREDITOR_ID,
    });
    expect(again).toMatchObject({ file: null, collections: [] });
  });

  it('collects the next quarter as RCUR, leaving the invoices still being collected alone', async () => {
    const q2 = await billQuarter(onNewYear(), '2027-Q2');
    // CU-D3 signs now: its first batch holds two invoices, the first FRST and the other RCUR.
    await mandate('M-D3', 'CU-D3');
    const batch = await createDirectDebitBatch(on('2027-04-01'), {
      sellerId: 'bit',
      collectionDate: date('2027-04-06'),
      creditorId: CREDITOR_ID,
    });
    expect(batch.collections.map((c) => [c.customerId, c.invoiceId, c.sequenceType, c.amountCents])).toEqual([
      ['CU-D1', q2.get('CU-D1')!.id, 'RCUR', 36_300],
      ['CU-D2', q2.get('CU-D2')!.id, 'RCUR', 36_300],
      ['CU-D3', q1.get('CU-D3')!.id, 'FRST', 36_300],
      ['CU-D3', q2.get('CU-D3')!.id, 'RCUR', 36_300],
      ['CU-D5', q2.get('CU-D5')!.id, 'RCUR', 36_300],
    ]);
  });

  it('refuses a collection date less than one inter-bank business day ahead, and a bad creditor id, at once', async () => {
    const friday = on('2027-01-08');
    expect(
      await refusedFields(
        createDirectDebitBatch(friday, {
          sellerId: 'bit',
          collectionDate: date('2027-01-09'),
          creditorId: 'NL68ZZZ123456780000',
        }),
      ),
    ).toEqual(['creditorId', 'collectionDate']);
    await expect(
      createDirectDebitBatch(friday, {
        sellerId: 'bit',
        collectionDate: date('2027-01-08'),
        creditorId: CREDITOR_ID,
      }),
    ).rejects.toThrow(
      'collectionDate: 2027-01-08 is too soon: a direct debit handed to the bank on 2027-01-08 is due on 2027-01-11 at the earliest',
    );
    expect(
      await refusedFields(
        createDirectDebitBatch(friday, {
          sellerId: 'nobody',
          collectionDate: date('2027-01-11'),
          creditorId: CREDITOR_ID,
        }),
      ),
    ).toEqual(['sellerId']);
    // BIT has no creditor id on record yet.
    expect(
      await refusedFields(
        createDirectDebitBatch(friday, { sellerId: 'bit', collectionDate: date('2027-01-11') }),
      ),
    ).toEqual(['creditorId']);
  });

  it("collects under the seller's own creditor id when none is given; one given overrides it", async () => {
    await updateSeller(onNewYear(), { id: 'bit', changes: { creditorId: 'nl10 zzz 0912 3456 0000' } });
    await billQuarter(onNewYear(), '2027-Q3');
    const own = await createDirectDebitBatch(on('2027-07-01'), {
      sellerId: 'bit',
      collectionDate: date('2027-07-06'),
    });
    expect((await getBankFile(database(), own.file!.id)).xml).toContain('<Id>NL10ZZZ091234560000</Id>');
    await billQuarter(onNewYear(), '2027-Q4');
    const given = await createDirectDebitBatch(on('2027-10-01'), {
      sellerId: 'bit',
      collectionDate: date('2027-10-05'),
      creditorId: CREDITOR_ID,
    });
    expect((await getBankFile(database(), given.file!.id)).xml).toContain(`<Id>${CREDITOR_ID}</Id>`);
  });

  function collection(
    customerId: string,
    mandateId: string,
    scheme: string,
    amountCents: number,
    endToEndId: string,
  ) {
    return {
      endToEndId,
      customerId,
      invoiceId: q1.get(customerId)!.id,
      invoiceNumber: q1.get(customerId)!.number,
      mandateId,
      scheme,
      sequenceType: 'FRST',
      amountCents,
    };
  }
});
