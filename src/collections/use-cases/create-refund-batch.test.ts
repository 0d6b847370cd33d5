import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { refusedFields } from '../../../test/support/field-problems.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { billingContext, date } from '../../billing/use-cases/billing-test-support.ts';
import { customers } from '../../customers/schema.ts';
import { schemaErrors } from '../../documents/test-support/iso20022-schema.ts';
import { PAIN_001_001_03 } from '../../documents/test-support/pain-schemas.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { bankFile } from './collections-test-support.ts';
import { createRefundBatch } from './create-refund-batch.ts';
import { settledDeposit } from './deposit-test-support.ts';
import { billedCustomers, billQuarter } from './direct-debit-test-support.ts';
import { getAccountStatement } from './get-account-statement.ts';
import { getBankFile } from './get-bank-file.ts';
import { getPayment } from './get-payment.ts';
import { importBankStatement } from './import-bank-statement.ts';
import { recordPayment } from './record-payment.ts';
import { registerMandate } from './register-mandate.ts';

describeEachStore('refund batches (pain.001): the switch deposit', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:billing', origin: 'test' },
  });
  const deposits = new Map<string, { cpeId: string; refundCents: number }>();
  const setIban = (customerId: string, iban: string) =>
    database().db.update(customers).set({ iban }).where(eq(customers.id, customerId));

  /** CU-F1 has an IBAN on record; CU-F2 none; CU-F3 none but a mandate; CU-F4 lost the switch. */
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-F1', 'CU-F2', 'CU-F3', 'CU-F4']);
    await setIban('CU-F1', 'NL44RABO0123456789');
    await registerMandate(context(), {
      id: 'VN-F3',
      sellerId: 'vitrumnet',
      customerId: 'CU-F3',
      scheme: 'CORE',
      iban: 'NL20INGB0001234567',
      debtorName: 'J. Jansen',
      signedOn: Temporal.PlainDate.from('2026-11-01'),
    });
    for (const customerId of ['CU-F1', 'CU-F2', 'CU-F3'])
      deposits.set(customerId, await settledDeposit(context(), customerId));
    deposits.set('CU-F4', await settledDeposit(context(), 'CU-F4', 'lost'));
  });

  it('refunds each settled deposit once, to the IBAN on record or the mandate’s, and says which cannot go', async () => {
    expect(deposits.get('CU-F1')!.refundCents).toBe(11_250);
    expect(deposits.get('CU-F4')!.refundCents).toBe(0);
    const batch = await createRefundBatch(context(), { sellerId: 'vitrumnet' });
    const fileNumber = batch.file!.id.slice(3);
    expect(batch.refunds).toEqual([
      {
        endToEndId: `VZ-RF-${fileNumber}-1`,
        customerId: 'CU-F1',
        refundOf: `deposit:${deposits.get('CU-F1')!.cpeId}`,
        amountCents: 11_250,
        creditorName: 'Customer CU-F1',
        creditorIban: 'NL44RABO0123456789',
      },
      {
        endToEndId: `VZ-RF-${fileNumber}-2`,
        customerId: 'CU-F3',
        refundOf: `deposit:${deposits.get('CU-F3')!.cpeId}`,
        amountCents: 11_250,
        creditorName: 'J. Jansen',
        creditorIban: 'NL20INGB0001234567',
      },
    ]);
    expect(batch.skipped).toEqual([
      {
        refundOf: `deposit:${deposits.get('CU-F2')!.cpeId}`,
        customerId: 'CU-F2',
        amountCents: 11_250,
        reason: "no bank account known for CU-F2: record the customer's IBAN, then run the batch again",
      },
    ]);
    const file = await getBankFile(database(), batch.file!.id);
    expect(file).toMatchObject({
      kind: 'pain.001',
      executionDate: '2026-11-22',
      transactions: 2,
      totalCents: 22_500,
    });
    expect(schemaErrors(PAIN_001_001_03, file.xml)).toEqual([]);
    expect(file.xml).toMatch(/<Ustrd>Terugbetaling borg switch SN-[\d-]+<\/Ustrd>/);

    await setIban('CU-F2', 'NL91ABNA0417164300');
    const next = await createRefundBatch(context(), {
      sellerId: 'vitrumnet',
      executionDate: Temporal.PlainDate.from('2026-11-24'),
    });
    expect(next.refunds.map((r) => [r.customerId, r.refundOf])).toEqual([
      ['CU-F2', `deposit:${deposits.get('CU-F2')!.cpeId}`],
    ]);
    expect(next.skipped).toEqual([]);
    expect(await createRefundBatch(context(), { sellerId: 'vitrumnet' })).toMatchObject({
      file: null,
      refunds: [],
    });
    // BIT sold none of these contracts.
    expect(await createRefundBatch(context(), { sellerId: 'bit' })).toMatchObject({
      file: null,
      refunds: [],
      skipped: [],
    });
  });

  it('refuses an execution date in the past and an unknown seller', async () => {
    expect(
      await refusedFields(
        createRefundBatch(context(), {
          sellerId: 'vitrumnet',
          executionDate: Temporal.PlainDate.from('2026-11-21'),
        }),
      ),
    ).toEqual(['executionDate']);
    expect(await refusedFields(createRefundBatch(context(), { sellerId: 'nobody' }))).toEqual(['sellerId']);
  });
});

describeEachStore('refund batches (pain.001): credit left on accounts', (database) => {
  const on = (day: string) => billingContext(database, day)();
  const pay = (customerId: string, amountCents: number, valueDate: string) =>
    recordPayment(on(valueDate), { sellerId: 'bit', customerId, amountCents, valueDate: date(valueDate) });
  const open = async (customerId: string) =>
    (await getAccountStatement(database(), { sellerId: 'bit', customerId, asOf: date('2027-04-02') }))
      .openClaims;
  const payments = new Map<string, string[]>();
  /** The end-to-end id of each customer's refund of credit. */
  const refunded = new Map<string, string>();
  let refundFileId = '';

  /** Q1 invoices of € 363,00: CU-R1 pays € 400; CU-R2 € 373 and € 20; CU-R3 (no IBAN) € 383. */
  beforeAll(async () => {
    await billedCustomers(on('2027-01-01'), [{ id: 'CU-R1' }, { id: 'CU-R2' }, { id: 'CU-R3' }]);
    for (const customerId of ['CU-R1', 'CU-R2'])
      await database()
        .db.update(customers)
        .set({ iban: 'NL44RABO0123456789' })
        .where(eq(customers.id, customerId));
    payments.set('CU-R1', [(await pay('CU-R1', 40_000, '2027-01-10')).id]);
    payments.set('CU-R2', [
      (await pay('CU-R2', 37_300, '2027-01-10')).id,
      (await pay('CU-R2', 2_000, '2027-01-12')).id,
    ]);
    await pay('CU-R3', 38_300, '2027-01-10');
  });

  it('refunds each customer its credit in one transfer, allocated to the payments that held it, once', async () => {
    const batch = await createRefundBatch(on('2027-01-20'), { sellerId: 'bit' });
    const fileId = batch.file!.id;
    for (const refund of batch.refunds) refunded.set(refund.customerId, refund.endToEndId);
    refundFileId = fileId;
    expect(batch.refunds.map((r) => [r.customerId, r.refundOf, r.amountCents, r.creditorIban])).toEqual([
      ['CU-R1', `credit:${fileId}:CU-R1`, 3_700, 'NL44RABO0123456789'],
      ['CU-R2', `credit:${fileId}:CU-R2`, 3_000, 'NL44RABO0123456789'],
    ]);
    expect(batch.skipped).toEqual([
      {
        refundOf: 'credit',
        customerId: 'CU-R3',
        amountCents: 2_000,
        reason: "no bank account known for CU-R3: record the customer's IBAN, then run the batch again",
      },
    ]);
    expect(schemaErrors(PAIN_001_001_03, (await getBankFile(database(), fileId)).xml)).toEqual([]);
    const [older, newer] = await Promise.all(payments.get('CU-R2')!.map((id) => getPayment(database(), id)));
    expect([older, newer].map((p) => [p!.unallocatedCents, p!.allocations.at(-1)])).toEqual([
      [0, expect.objectContaining({ component: 'refund', amountCents: 1_000, allocatedOn: '2027-01-20' })],
      [0, expect.objectContaining({ component: 'refund', amountCents: 2_000, allocatedOn: '2027-01-20' })],
    ]);
    const statement = await getAccountStatement(database(), {
      sellerId: 'bit',
      customerId: 'CU-R2',
      asOf: date('2027-01-31'),
    });
    expect(statement.rows.filter((r) => r.kind === 'refund').map((r) => r.debitCents)).toEqual([
      1_000, 2_000,
    ]);
    expect(statement.balanceCents).toBe(0);

    const again = await createRefundBatch(on('2027-01-20'), { sellerId: 'bit' });
    expect(again).toMatchObject({ file: null, refunds: [] });
    expect(again.skipped.map((s) => s.customerId)).toEqual(['CU-R3']);
  });

  it('never spends refunded credit again; a bounced refund puts it back; credit pays new claims before refunds', async () => {
    const q2 = await billQuarter(on('2027-04-01'), '2027-Q2');
    // Allocation runs for CU-R2 with a new euro: only that euro pays the Q2 invoice.
    await pay('CU-R2', 100, '2027-04-02');
    expect(await open('CU-R2')).toMatchObject([{ id: q2.get('CU-R2')!.id, principalCents: 36_200 }]);

    // CU-R1's refund comes back (AC04, account closed): its € 37 is credit again and pays Q2.
    const endToEndId = refunded.get('CU-R1')!;
    const bounced = await importBankStatement(on('2027-04-02'), {
      sellerId: 'bit',
      file: bankFile('NL91ABNA0417164300', [
        { ref: 'RFB-1', amountCents: 3_700, valueDate: '2027-04-02', endToEndId, returnReason: 'AC04' },
      ]),
    });
    expect(bounced).toMatchObject({ returned: 1, matched: 0, unmatched: 0 });
    expect(await open('CU-R1')).toMatchObject([{ id: q2.get('CU-R1')!.id, principalCents: 32_600 }]);
    const file = await getBankFile(database(), refundFileId);
    expect(file.transfers.find((t) => t.endToEndId === endToEndId)).toMatchObject({
      returnedOn: '2027-04-02',
      returnReason: 'AC04',
    });

    // CU-R3's € 20 goes on its Q2 invoice rather than out.
    const batch = await createRefundBatch(on('2027-04-02'), { sellerId: 'bit' });
    expect(batch).toMatchObject({ file: null, refunds: [], skipped: [] });
    expect(await open('CU-R3')).toMatchObject([{ id: q2.get('CU-R3')!.id, principalCents: 34_300 }]);
  });
});
