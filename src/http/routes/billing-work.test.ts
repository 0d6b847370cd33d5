import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import {
  createSubscription,
  draftBillRun,
  issueBillRun,
  listInvoices,
  startBillRun,
} from '../../billing/index.ts';
import { bankFile } from '../../collections/use-cases/collections-test-support.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { HttpServer } from '../server.ts';

const BIT_IBAN = 'NL91ABNA0417164300';
const CUSTOMERS = ['CU-BW1', 'CU-BW2', 'CU-BW3'];

describeEachStore('the billing work screens’ reads over HTTP', (database) => {
  let server: HttpServer;
  /** Each customer's 2027-Q1 invoice of BIT: € 300 + 21% VAT = € 363,00, issued 1 January, due 15 January. */
  const invoiceOf = new Map<string, { id: string; number: string; paymentReference: string }>();
  let runId = '';

  beforeAll(async () => {
    const { db } = database();
    await seedCustomers(db, CUSTOMERS);
    const context = {
      db,
      clock: fixedClock(Temporal.PlainDate.from('2027-01-01')),
      actor: { id: 'test', origin: 'test' },
    };
    for (const customerId of CUSTOMERS)
      await createSubscription(context, {
        sellerId: 'bit',
        customerId,
        description: 'Colocatie 1U',
        priceCents: 30_000,
        startsOn: Temporal.PlainDate.from('2027-01-01'),
      });
    const run = await startBillRun(context, { sellerId: 'bit', period: '2027-Q1' });
    runId = run.id;
    await draftBillRun(context, run.id);
    await issueBillRun(context, run.id);
    for (const invoice of (await listInvoices(db, { billRunId: run.id })).invoices)
      invoiceOf.set(invoice.customerId, {
        id: invoice.id,
        number: invoice.number!,
        paymentReference: invoice.paymentReference!,
      });
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-01-25'));
  });
  afterAll(() => server.close());

  const get = async (url: string) => {
    const response = await server.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('pages the bill runs and finds invoices by a part of their number, the other filters unchanged', async () => {
    expect(await get('/back-office/billing/bill-runs?sellerId=bit&limit=1')).toMatchObject({
      total: 1,
      items: [{ id: runId, state: 'issued', invoices: { issued: 3 } }],
    });
    expect(await get('/back-office/billing/bill-runs?sellerId=vitrumnet')).toEqual({ items: [], total: 0 });
    const number = invoiceOf.get('CU-BW2')!.number;
    const found = await get(`/invoices?search=${encodeURIComponent(number.slice(-3).toLowerCase())}`);
    expect(found.total).toBe(1);
    expect(found.invoices[0].number).toBe(number);
    expect((await get(`/invoices?search=${number}&customerId=CU-BW1`)).total).toBe(0);
    expect((await get(`/invoices?search=%25`)).total).toBe(0);
    expect((await get(`/invoices?billRunId=${runId}&state=issued&limit=2`)).invoices).toHaveLength(2);
  });

  it('pages the unmatched queue, and an invoice paid by its reference shows paid with its payment', async () => {
    const xml = bankFile(BIT_IBAN, [
      {
        ref: 'BW1',
        amountCents: 36_300,
        valueDate: '2027-01-12',
        creditorReference: invoiceOf.get('CU-BW1')!.paymentReference,
      },
      { ref: 'BW2', amountCents: 1_234, valueDate: '2027-01-13', text: 'Onbekende betaling' },
      { ref: 'BW3', amountCents: 5_678, valueDate: '2027-01-14', text: 'Nog een onbekende' },
    ]);
    const imported = await server.inject({
      method: 'POST',
      url: '/sellers/bit/bank-statements',
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });
    expect(imported.json()).toMatchObject({ matched: 1, unmatched: 2 });

    const settled = await get(`/back-office/billing/invoices/${invoiceOf.get('CU-BW1')!.id}/settlement`);
    expect(settled).toMatchObject({
      totalCents: 36_300,
      paidCents: 36_300,
      openCents: 0,
      status: 'paid',
      payments: [
        {
          component: 'principal',
          amountCents: 36_300,
          valueDate: '2027-01-12',
          matchedBy: 'payment-reference',
        },
      ],
    });
    expect(
      await get(`/back-office/billing/invoices/${invoiceOf.get('CU-BW2')!.id}/settlement`),
    ).toMatchObject({
      status: 'open',
      openCents: 36_300,
      payments: [],
    });
    expect((await server.inject('/back-office/billing/invoices/INV-NOPE/settlement')).statusCode).toBe(404);

    const page = await get('/back-office/collections/unmatched-payments?sellerId=bit&limit=1');
    expect(page).toMatchObject({ total: 2, items: [{ amountCents: 1_234, valueDate: '2027-01-13' }] });
    expect(await get('/back-office/collections/unmatched-payments?search=nog%20een')).toMatchObject({
      total: 1,
      items: [{ amountCents: 5_678, remittance: expect.stringContaining('Nog een') }],
    });
  });

  it('lists disputes with their invoice and customer, by state', async () => {
    const invoice = invoiceOf.get('CU-BW3')!;
    const recorded = await server.inject({
      method: 'POST',
      url: '/complaints',
      payload: {
        sellerId: 'bit',
        customerId: 'CU-BW3',
        about: 'invoice',
        invoiceNumber: invoice.number,
        receivedOn: '2027-01-12',
        channel: 'email',
        description: 'De helft is niet geleverd',
        disputedCents: 18_150,
      },
    });
    expect(recorded.statusCode).toBe(201);
    const open = await get('/back-office/collections/disputes?state=open');
    expect(open).toMatchObject({
      total: 1,
      items: [
        {
          invoiceId: invoice.id,
          invoiceNumber: invoice.number,
          customerName: 'Customer CU-BW3',
          amountCents: 18_150,
          state: 'open',
        },
      ],
    });
    expect((await get('/back-office/collections/disputes?state=upheld')).total).toBe(0);
    expect((await get('/back-office/collections/disputes?search=cu-bw3')).total).toBe(1);
    expect((await server.inject('/back-office/collections/disputes?state=maybe')).statusCode).toBe(400);
  });

  it('shows the dunning queue with the next step and its day, before and after the run takes it', async () => {
    // CU-BW2 is overdue since 15 January (BIT: reminder 7 days after, bit:11.6); CU-BW3's half is disputed.
    const before = await get('/back-office/collections/dunning-queue?sellerId=bit&asOf=2027-01-20');
    expect(before.items.map((i: { customerId: string }) => i.customerId)).toEqual(['CU-BW2', 'CU-BW3']);
    expect(before.items[0]).toMatchObject({
      caseId: null,
      overdueCents: 36_300,
      oldestDueOn: '2027-01-15',
      nextStep: 'reminder',
      nextDueOn: '2027-01-22',
      dueNow: false,
    });
    expect(before.items[1]).toMatchObject({ overdueCents: 18_150, nextStep: 'reminder' });
    const ran = await server.inject({
      method: 'POST',
      url: '/sellers/bit/dunning-runs',
      payload: { asOf: '2027-01-22' },
    });
    expect(ran.statusCode).toBe(200);
    const after = await get(
      '/back-office/collections/dunning-queue?asOf=2027-01-23&search=Customer%20CU-BW2',
    );
    expect(after).toMatchObject({
      total: 1,
      items: [
        { lastStep: 'reminder', lastSentOn: '2027-01-22', nextStep: 'collection-costs', dueNow: false },
      ],
    });
    expect(after.items[0].caseId).toMatch(/^DC-/);
    expect(after.items[0].nextDueOn).toBe('2027-02-05');
  });
});
