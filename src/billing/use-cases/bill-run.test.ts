import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { queryRows } from '../../platform/database/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { raiseCharge } from '../store/pending-charges.ts';
import { aCustomer, billingContext, date } from './billing-test-support.ts';
import { getBillRun, listBillRuns } from './get-bill-run.ts';
import { getInvoice, listInvoices } from './get-invoice.ts';
import { createSubscription, endSubscription } from './manage-subscriptions.ts';
import { startBillRun } from './start-bill-run.ts';
import { draftBillRun, issueBillRun } from './work-on-bill-run.ts';

describeEachStore('a bill run', (database, kind) => {
  const context = billingContext(database);
  const subscribe = (customerId: string, startsOn: string, priceCents = 30_000, sellerId = 'bit') =>
    createSubscription(context(), {
      sellerId,
      customerId,
      description: 'Glasvezel 1 Gbit/s',
      priceCents,
      startsOn: date(startsOn),
    });
  const runThrough = async (sellerId: string, period: string, chunkSize = 2) => {
    const run = await startBillRun(context(), { sellerId, period, chunkSize });
    await draftBillRun(context(), run.id);
    return issueBillRun(context(), run.id);
  };

  it('bills the quarter in advance, prorates a start inside it, and numbers invoices consecutively', async () => {
    for (const id of ['CU-B1', 'CU-B2', 'CU-B3']) await aCustomer(database().db, id);
    await subscribe('CU-B1', '2026-10-01');
    await subscribe('CU-B2', '2026-11-16');
    await subscribe('CU-B3', '2026-12-31', 91_000);
    const started = await startBillRun(context(), { sellerId: 'bit', period: '2027-Q1', chunkSize: 2 });
    expect(started).toMatchObject({ state: 'drafting', customers: 3, progress: { chunks: 2, drafted: 0 } });
    const steps: number[] = [];
    const drafted = await draftBillRun(context(), started.id, { onProgress: (p) => steps.push(p.done) });
    expect(steps).toEqual([0, 1, 2]);
    expect(drafted).toMatchObject({ state: 'drafted', invoices: { drafts: 3, issued: 0 } });
    const issued = await issueBillRun(context(), started.id);
    expect(issued).toMatchObject({ state: 'issued', invoices: { drafts: 0, issued: 3 } });
    const { invoices } = await listInvoices(database().db, { billRunId: started.id });
    const numbers = invoices.map((i) => i.number).sort();
    expect(numbers).toEqual(['BIT-000001', 'BIT-000002', 'BIT-000003']);

    // CU-B1 was billed for nothing before: Q4 2026 in full is caught up, then Q1 2027.
    const b1 = await getInvoice(database().db, invoices.find((i) => i.customerId === 'CU-B1')!.id);
    expect(b1.lines.map((l) => [l.periodFrom, l.periodTo, l.netCents])).toEqual([
      ['2026-10-01', '2026-12-31', 30_000],
      ['2027-01-01', '2027-03-31', 30_000],
    ]);
    expect(b1).toMatchObject({
      issuedOn: '2027-01-01',
      dueOn: '2027-01-15',
      netCents: 60_000,
      vatCents: 12_600,
    });
    expect(b1.totalCents).toBe(72_600);
    expect(b1.paymentReference).toMatch(/^RF\d\d/);
    // CU-B2 from 16 November: 46 of Q4's 92 days, half the fee.
    const b2 = await getInvoice(database().db, invoices.find((i) => i.customerId === 'CU-B2')!.id);
    expect(b2.lines[0]).toMatchObject({ periodFrom: '2026-11-16', periodTo: '2026-12-31', netCents: 15_000 });
    // CU-B3 starts on the last day of a quarter: one day of Q4's 92, then Q1 2027 in full.
    const b3 = await getInvoice(database().db, invoices.find((i) => i.customerId === 'CU-B3')!.id);
    expect(b3.lines.map((l) => l.netCents)).toEqual([989, 91_000]);
  });

  it('issues nothing new when the run is started, drafted or issued again', async () => {
    await aCustomer(database().db, 'CU-R1');
    await subscribe('CU-R1', '2027-01-01', 10_000, 'vitrumnet');
    const first = await runThrough('vitrumnet', '2027-Q1');
    const again = await startBillRun(context(), { sellerId: 'vitrumnet', period: '2027-Q1' });
    expect(again.id).toBe(first.id);
    await draftBillRun(context(), first.id);
    await issueBillRun(context(), first.id);
    const { invoices, total } = await listInvoices(database().db, { customerId: 'CU-R1' });
    expect(total).toBe(1);
    expect(invoices[0]).toMatchObject({ number: 'VN-000001', dueOn: '2027-01-31', paymentTermDays: 30 });
    // The next quarter bills only the next quarter.
    const q2 = await runThrough('vitrumnet', '2027-Q2');
    const next = await listInvoices(database().db, { billRunId: q2.id });
    expect(next.invoices.map((i) => [i.number, i.periodFrom, i.periodTo])).toEqual([
      ['VN-000002', '2027-04-01', '2027-06-30'],
    ]);
  });

  it('bills a pending charge and reverse-charges a Belgian business', async () => {
    await aCustomer(database().db, 'CU-E1', { country: 'BE', language: 'en' });
    await subscribe('CU-E1', '2029-10-01', 20_000);
    await raiseCharge(database().db, {
      sellerId: 'bit',
      customerId: 'CU-E1',
      contractId: null,
      productId: null,
      description: 'Removal of the switch',
      amountCents: 7_500,
      vatCategory: 'standard',
      raisedOn: '2029-12-20',
      because: ['vn:1.6.8'],
      dedupeKey: 'test:removal:CU-E1',
      createdAt: '2029-12-20T10:00:00Z',
    });
    const run = await startBillRun(context(), {
      sellerId: 'bit',
      period: '2030-Q1',
      invoiceDate: date('2029-12-28'),
    });
    await draftBillRun(context(), run.id);
    const [draft] = (await listInvoices(database().db, { billRunId: run.id, customerId: 'CU-E1' })).invoices;
    const invoice = await getInvoice(database().db, draft!.id);
    expect(invoice).toMatchObject({
      state: 'draft',
      number: null,
      language: 'en',
      reverseCharge: true,
      netCents: 47_500,
      vatCents: 0,
      totalCents: 47_500,
      customer: { vatId: 'BE0403170701' },
    });
    expect(invoice.notes.join(' ')).toMatch(/verlegd/i);
    expect(invoice.lines.map((l) => [l.source, l.vatCategory, l.vatPercent])).toEqual([
      ['recurring', 'AE', '0'],
      ['recurring', 'AE', '0'],
      ['charge', 'AE', '0'],
    ]);
    expect(invoice.vatSubtotals).toMatchObject([{ category: 'AE', taxableCents: 47_500, vatCents: 0 }]);
  });

  it('credits the days paid in advance after an end, as a credit note in its own series', async () => {
    await aCustomer(database().db, 'CU-C1');
    const sub = await subscribe('CU-C1', '2031-01-01', 9_000);
    await runThrough('bit', '2031-Q1');
    await endSubscription(context(), { subscriptionId: sub.id, endsOn: date('2031-02-14') });
    await runThrough('bit', '2031-Q2');
    const { invoices } = await listInvoices(database().db, { customerId: 'CU-C1', kind: 'credit-note' });
    expect(invoices).toHaveLength(1);
    const credit = await getInvoice(database().db, invoices[0]!.id);
    // 15 February – 31 March: 45 of Q1's 90 days, half the fee back.
    expect(credit).toMatchObject({ kind: 'credit-note', netCents: 4_500, vatCents: 945, totalCents: 5_445 });
    expect(credit.number).toMatch(/^BITC-\d{6}$/);
    // It names the invoice whose days it gives back (nl:vat).
    const [q1] = (await listInvoices(database().db, { customerId: 'CU-C1', kind: 'invoice' })).invoices;
    expect(credit.corrects).toEqual({ id: q1!.id, number: q1!.number, issuedOn: '2031-01-01' });
    expect(credit.lines[0]!.description).toBe(`Glasvezel 1 Gbit/s (credit of ${q1!.number})`);
    expect(credit.lines[0]).toMatchObject({
      source: 'credit',
      periodFrom: '2031-02-15',
      periodTo: '2031-03-31',
    });
  });

  it('refuses to issue while drafting, and an invalid period or invoice date', async () => {
    await expect(startBillRun(context(), { sellerId: 'bit', period: '2027-Q5' })).rejects.toMatchObject({
      problems: [{ field: 'period' }],
    });
    await expect(
      startBillRun(context(), { sellerId: 'bit', period: '2027-Q3', invoiceDate: date('2027-07-02') }),
    ).rejects.toMatchObject({ problems: [{ field: 'invoiceDate' }] });
    await aCustomer(database().db, 'CU-D1');
    await subscribe('CU-D1', '2027-01-01');
    const run = await startBillRun(context(), { sellerId: 'bit', period: '2027-Q4' });
    await expect(issueBillRun(context(), run.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps an issued invoice as it was issued: the database refuses a change', async () => {
    await aCustomer(database().db, 'CU-I1');
    await subscribe('CU-I1', '2028-01-01', 1_000, 'vitrumnet');
    const run = await runThrough('vitrumnet', '2028-Q1');
    const [issued] = (await listInvoices(database().db, { billRunId: run.id, customerId: 'CU-I1' })).invoices;
    const refusal = async (statement: Promise<unknown>) =>
      statement.then(
        () => 'changed',
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(
      await refusal(database().db.execute(sql`UPDATE invoices SET total_cents = 1 WHERE id = ${issued!.id}`)),
    ).toMatch(/is issued and cannot be changed; correct it with a credit note/);
    expect(
      await refusal(database().db.execute(sql`DELETE FROM invoice_lines WHERE invoice_id = ${issued!.id}`)),
    ).toMatch(/lines cannot be changed/);
  });

  it('lists the runs newest quarter first, each with its own progress and invoice counts', async () => {
    await aCustomer(database().db, 'CU-L1');
    await aCustomer(database().db, 'CU-L2');
    await subscribe('CU-L1', '2040-01-01', 10_000);
    const ended = await subscribe('CU-L2', '2039-10-01', 20_000);
    await runThrough('bit', '2040-Q1', 1);
    // CU-L2 ends in February: Q2 gives it a credit note for the rest of Q1.
    await endSubscription(context(), { subscriptionId: ended.id, endsOn: date('2040-02-14') });
    const q2 = await startBillRun(context(), { sellerId: 'bit', period: '2040-Q2', chunkSize: 1 });
    await draftBillRun(context(), q2.id);
    const runs = await listBillRuns(database().db, { sellerId: 'bit' });
    expect(runs.slice(0, 2).map((run) => [run.period, run.state])).toEqual([
      ['2040-Q2', 'drafted'],
      ['2040-Q1', 'issued'],
    ]);
    expect(runs.every((run) => run.sellerId === 'bit')).toBe(true);
    for (const run of runs) {
      const { invoices } = await listInvoices(database().db, { billRunId: run.id, limit: 500 });
      const signed = (i: (typeof invoices)[number]) =>
        i.kind === 'credit-note' ? -i.totalCents : i.totalCents;
      expect(run.invoices).toEqual({
        drafts: invoices.filter((i) => i.state === 'draft').length,
        issued: invoices.filter((i) => i.state === 'issued').length,
        totalCents: invoices.reduce((total, i) => total + signed(i), 0),
      });
      expect(run).toEqual(await getBillRun(database().db, run.id));
    }
    const [drafted] = runs;
    expect(drafted!.progress).toEqual({ chunks: drafted!.customers, drafted: drafted!.customers, issued: 0 });
    const credits = await listInvoices(database().db, { billRunId: q2.id, kind: 'credit-note' });
    expect(credits.invoices.map((i) => i.customerId)).toEqual(['CU-L2']);
  });

  it.skipIf(kind !== 'postgres')(
    'lets two workers share a run: every customer billed once, numbers without a gap',
    async () => {
      const ids = Array.from({ length: 40 }, (_, i) => `CU-W${i + 1}`);
      for (const id of ids) await aCustomer(database().db, id);
      for (const id of ids) await subscribe(id, '2029-01-01', 3_000, 'vitrumnet');
      const run = await startBillRun(context(), { sellerId: 'vitrumnet', period: '2029-Q1', chunkSize: 3 });
      await Promise.all([draftBillRun(context(), run.id), draftBillRun(context(), run.id)]);
      await Promise.all([issueBillRun(context(), run.id), issueBillRun(context(), run.id)]);
      const rows = await queryRows<{ customer_id: string; number: string }>(
        database().db,
        sql`SELECT customer_id, number FROM invoices WHERE bill_run_id = ${run.id} ORDER BY number`,
      );
      expect(
        rows
          .map((r) => r.customer_id)
          .filter((id) => id.startsWith('CU-W'))
          .sort(),
      ).toEqual([...ids].sort());
      const numbers = rows.map((r) => Number(r.number.slice(3)));
      expect(numbers).toEqual(Array.from({ length: rows.length }, (_, i) => numbers[0]! + i));
    },
  );
});
