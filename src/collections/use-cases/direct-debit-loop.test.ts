import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { billingContext, date } from '../../billing/use-cases/billing-test-support.ts';
import { bankFile } from './collections-test-support.ts';
import { createDirectDebitBatch } from './create-direct-debit-batch.ts';
import { billedCustomers, CREDITOR_ID } from './direct-debit-test-support.ts';
import { getAccountStatement } from './get-account-statement.ts';
import { getBankFile } from './get-bank-file.ts';
import { getPayment } from './get-payment.ts';
import { importBankStatement } from './import-bank-statement.ts';
import { listMandates } from './list-mandates.ts';
import { registerMandate } from './register-mandate.ts';

const BIT_IBAN = 'NL91ABNA0417164300';

describeEachStore('a direct debit from mandate to return and collected again', (database) => {
  const on = (day: string) => billingContext(database, day)();
  let invoice = { id: '', number: '' };
  beforeAll(async () => {
    invoice = (await billedCustomers(on('2027-01-01'), [{ id: 'CU-LOOP' }])).get('CU-LOOP')!;
    await registerMandate(on('2027-01-01'), {
      id: 'BIT-LOOP-1',
      sellerId: 'bit',
      customerId: 'CU-LOOP',
      scheme: 'CORE',
      iban: 'NL44RABO0123456789',
      debtorName: 'Loop B.V.',
      signedOn: date('2026-12-15'),
    });
  });
  const open = async (asOf: string) =>
    (await getAccountStatement(database(), { sellerId: 'bit', customerId: 'CU-LOOP', asOf: date(asOf) }))
      .openClaims;
  const paymentsOfLoop = async () => {
    const { rows } = await getAccountStatement(database(), {
      sellerId: 'bit',
      customerId: 'CU-LOOP',
      asOf: date('2027-12-31'),
    });
    return Promise.all(
      rows.filter((r) => r.kind === 'payment').map((r) => getPayment(database(), r.reference)),
    );
  };
  /** The collections made for CU-LOOP, the latest first. */
  const collectionsOfLoop = async () => {
    const files = [...fileIds].reverse();
    const all = await Promise.all(files.map((id) => getBankFile(database(), id)));
    return all.flatMap((file) => file.transfers);
  };
  const fileIds: string[] = [];
  const batchOn = async (today: string, collectionDate: string) => {
    const batch = await createDirectDebitBatch(on(today), {
      sellerId: 'bit',
      collectionDate: date(collectionDate),
      creditorId: CREDITOR_ID,
    });
    if (batch.file) fileIds.push(batch.file.id);
    return batch;
  };

  it('collects, is paid by the credit with its end-to-end id, is returned (MD06), and is collected again as FRST', async () => {
    const first = await batchOn('2027-01-11', '2027-01-15');
    expect(first.collections).toMatchObject([
      { invoiceId: invoice.id, sequenceType: 'FRST', amountCents: 36_300 },
    ]);
    const endToEndId = first.collections[0]!.endToEndId;

    // The other seller (same example IBAN) knows no collection of that end-to-end id.
    const elsewhere = await importBankStatement(on('2027-01-15'), {
      sellerId: 'vitrumnet',
      file: bankFile(BIT_IBAN, [{ ref: 'DDC-0', amountCents: 36_300, valueDate: '2027-01-15', endToEndId }]),
    });
    expect(elsewhere).toMatchObject({ matched: 0, unmatched: 1 });

    // The bank credits the collection on its due date; the end-to-end id says it is our direct debit,
    // though the remittance names the invoice too.
    const credited = await importBankStatement(on('2027-01-15'), {
      sellerId: 'bit',
      file: bankFile(BIT_IBAN, [
        {
          ref: 'DDC-1',
          amountCents: 36_300,
          valueDate: '2027-01-15',
          endToEndId,
          text: `Factuur ${invoice.number}`,
        },
      ]),
    });
    expect(credited).toMatchObject({ matched: 1, unmatched: 0 });
    expect(await open('2027-01-20')).toEqual([]);
    const [payment] = await paymentsOfLoop();
    expect(payment).toMatchObject({
      source: 'direct-debit',
      matchedBy: 'end-to-end-id',
      namedInvoiceId: invoice.id,
    });

    // The debtor asks its bank for a refund (MD06): the money goes back, the invoice opens again.
    const returned = await importBankStatement(on('2027-02-01'), {
      sellerId: 'bit',
      file: bankFile(
        BIT_IBAN,
        [
          {
            ref: 'DDR-1',
            amountCents: 36_300,
            valueDate: '2027-02-01',
            direction: 'DBIT',
            endToEndId,
            returnReason: 'MD06',
          },
        ],
        'camt.054',
      ),
    });
    expect(returned).toMatchObject({ kind: 'camt.054', returned: 1 });
    expect(await open('2027-02-01')).toMatchObject([{ id: invoice.id, principalCents: 36_300 }]);
    expect(await paymentsOfLoop()).toMatchObject([
      { returnedOn: '2027-02-01', returnReason: 'MD06', unallocatedCents: 0 },
    ]);

    // The next batch collects it again; the first collection came back, so the series starts anew.
    const second = await batchOn('2027-02-01', '2027-02-03');
    expect(second.collections).toMatchObject([
      { invoiceId: invoice.id, sequenceType: 'FRST', amountCents: 36_300 },
    ]);
    expect(second.collections[0]!.endToEndId).not.toBe(endToEndId);
    expect((await listMandates(database(), 'CU-LOOP'))[0]).toMatchObject({ firstCollectedOn: '2027-02-03' });
    expect(await batchOn('2027-02-01', '2027-02-03')).toMatchObject({ file: null, collections: [] });
  });

  it('a collection the bank rejects before it paid (no credit came) is marked returned and collected again', async () => {
    const batch = await batchOn('2027-02-08', '2027-02-10');
    expect(batch.collections).toEqual([]);
    const [last] = await collectionsOfLoop();
    const rejected = await importBankStatement(on('2027-02-10'), {
      sellerId: 'bit',
      file: bankFile(
        BIT_IBAN,
        [
          {
            ref: 'DDJ-1',
            amountCents: 36_300,
            valueDate: '2027-02-10',
            direction: 'DBIT',
            endToEndId: last!.endToEndId,
            returnReason: 'AC04',
          },
        ],
        'camt.054',
      ),
    });
    expect(rejected).toMatchObject({ returned: 1, skipped: 0 });
    const again = await batchOn('2027-02-10', '2027-02-12');
    expect(again.collections).toMatchObject([
      { invoiceId: invoice.id, sequenceType: 'FRST', amountCents: 36_300 },
    ]);
    const transfers = await collectionsOfLoop();
    expect(transfers.find((t) => t.endToEndId === last!.endToEndId)).toMatchObject({
      returnedOn: '2027-02-10',
      returnReason: 'AC04',
    });
  });
});
