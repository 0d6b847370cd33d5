import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBillRun, getInvoice, getSubscription } from '../../billing/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

interface Problem {
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly { field: string; problem: string }[];
}

describeEachStore('billing over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-H1', 'CU-H2', 'CU-H3']);
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const post = (url: string, payload: object = {}) => server.inject({ method: 'POST', url, payload });
  const fieldsOf = (response: { json: () => Problem }) => response.json().errors?.map((e) => e.field);
  const subscribe = (customerId: string, startsOn: string, priceCents = 30_000) =>
    post('/subscriptions', {
      sellerId: 'bit',
      customerId,
      description: 'Glasvezel 1 Gbit/s',
      priceCents,
      startsOn,
    });

  it('takes subscriptions through a bill run to issued invoices, their PDF and UBL, and a credit note', async () => {
    const added = await subscribe('CU-H1', '2026-12-01');
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ customerId: 'CU-H1', cadence: 'quarter', billedThrough: null });
    expect(added.json()).toEqual(await getSubscription(database().db, added.json().id));
    expect((await subscribe('CU-H2', '2027-01-01', 12_000)).statusCode).toBe(201);
    const listed = await server.inject('/subscriptions?customerId=CU-H1');
    expect(listed.json().map((s: { id: string }) => s.id)).toEqual([added.json().id]);

    const started = await post('/bill-runs', { sellerId: 'bit', period: '2027-Q1', chunkSize: 1 });
    expect(started.statusCode).toBe(201);
    const run = started.json();
    expect(run).toMatchObject({
      period: '2027-Q1',
      invoiceDate: '2027-01-01',
      state: 'drafting',
      customers: 2,
      progress: { chunks: 2, drafted: 0, issued: 0 },
    });
    const again = await post('/bill-runs', { sellerId: 'bit', period: '2027-Q1' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(run.id);
    expect((await post(`/bill-runs/${run.id}/issue`)).statusCode).toBe(409);

    const drafted = await post(`/bill-runs/${run.id}/draft`);
    expect(drafted.statusCode).toBe(200);
    expect(drafted.json()).toMatchObject({
      state: 'drafted',
      progress: { drafted: 2 },
      invoices: { drafts: 2 },
    });
    const drafts = (await server.inject(`/invoices?billRunId=${run.id}&state=draft`)).json();
    expect(drafts.total).toBe(2);
    const draftId = drafts.invoices[0].id as string;
    const draftUbl = await server.inject(`/invoices/${draftId}/ubl`);
    expect(draftUbl.statusCode).toBe(409);
    expect(draftUbl.headers['content-type']).toMatch(/application\/problem\+json/);
    const draftPdf = await server.inject(`/invoices/${draftId}/pdf`);
    expect(draftPdf.statusCode).toBe(200);
    expect(draftPdf.headers['content-disposition']).toBe(`inline; filename="${draftId}.pdf"`);

    const issued = await post(`/bill-runs/${run.id}/issue`);
    expect(issued.json()).toMatchObject({
      state: 'issued',
      progress: { issued: 2 },
      invoices: { issued: 2 },
    });
    expect((await server.inject(`/bill-runs/${run.id}`)).json()).toEqual(issued.json());
    expect(issued.json()).toEqual(JSON.parse(JSON.stringify(await getBillRun(database().db, run.id))));
    expect((await server.inject('/bill-runs?sellerId=bit')).json().map((r: { id: string }) => r.id)).toEqual([
      run.id,
    ]);
    const page = (await server.inject(`/invoices?billRunId=${run.id}&kind=invoice&limit=1`)).json();
    expect(page).toMatchObject({ total: 2, invoices: [{ state: 'issued' }] });

    const { invoices } = (await server.inject('/invoices?customerId=CU-H1')).json();
    const invoice = (await server.inject(`/invoices/${invoices[0].id}`)).json();
    // The response schema drops nothing the use case answers.
    expect(invoice).toEqual(JSON.parse(JSON.stringify(await getInvoice(database().db, invoice.id))));
    // December by days (31 of Q4's 92: bit:11.1), then Q1 in full, 21% VAT.
    expect(invoice).toMatchObject({
      number: 'BIT-000001',
      issuedOn: '2027-01-01',
      dueOn: '2027-01-15',
      netCents: 40_109,
      vatCents: 8_423,
      totalCents: 48_532,
      customer: { id: 'CU-H1', address: { city: 'Ede' } },
      seller: { id: 'bit' },
    });
    expect(
      invoice.lines.map((l: { periodFrom: string; netCents: number }) => [l.periodFrom, l.netCents]),
    ).toEqual([
      ['2026-12-01', 10_109],
      ['2027-01-01', 30_000],
    ]);
    const pdf = await server.inject(`/invoices/${invoice.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="BIT-000001.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ubl = await server.inject(`/invoices/${invoice.id}/ubl`);
    expect(ubl.headers['content-type']).toMatch(/^application\/xml/);
    expect(ubl.headers['content-disposition']).toBe('inline; filename="BIT-000001.xml"');
    expect(ubl.body).toContain('<cbc:ID>BIT-000001</cbc:ID>');

    const credited = await post(`/invoices/${invoice.id}/credit-notes`, { reason: 'Outage', lines: [2] });
    expect(credited.statusCode).toBe(201);
    expect(credited.json()).toMatchObject({
      kind: 'credit-note',
      state: 'issued',
      number: 'BITC-000001',
      corrects: { id: invoice.id, number: 'BIT-000001' },
      totalCents: 36_300,
    });
    const twice = await post(`/invoices/${invoice.id}/credit-notes`, { reason: 'Again', lines: [2] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/credited already/);
    const credits = (await server.inject('/invoices?kind=credit-note')).json();
    expect(credits.invoices).toMatchObject([{ correctsId: invoice.id }]);
  });

  it('ends a subscription, and refuses an end before its start naming the field', async () => {
    const sub = (await subscribe('CU-H3', '2027-04-01')).json();
    const ended = await post(`/subscriptions/${sub.id}/end`, { endsOn: '2027-05-31' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ id: sub.id, endsOn: '2027-05-31' });
    expect((await server.inject(`/subscriptions/${sub.id}`)).json().endsOn).toBe('2027-05-31');
    const early = await post(`/subscriptions/${sub.id}/end`, { endsOn: '2027-03-31' });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual(['endsOn']);
  });

  it('answers 400 naming the field of a bad period, date, chunk size or page', async () => {
    const cases: [string, object, string[]][] = [
      ['/bill-runs', { sellerId: 'bit', period: '2027-Q5' }, ['period']],
      ['/bill-runs', { sellerId: 'bit', period: 'Q1 2027' }, ['period']],
      ['/bill-runs', { sellerId: 'bit', period: '2027-Q3', invoiceDate: '2027-02-30' }, ['invoiceDate']],
      ['/bill-runs', { sellerId: 'bit', period: '2027-Q3', invoiceDate: '2027-07-02' }, ['invoiceDate']],
      ['/bill-runs', { sellerId: 'bit', period: '2027-Q3', chunkSize: 0 }, ['chunkSize']],
      ['/bill-runs', { period: '2027-Q3' }, ['sellerId']],
      ['/subscriptions', { sellerId: 'bit', customerId: 'CU-H1', startsOn: '01-12-2026' }, ['startsOn']],
      [
        '/subscriptions',
        { sellerId: 'bit', customerId: 'CU-H1', startsOn: '2027-01-01', priceCents: -1 },
        ['priceCents'],
      ],
      ['/invoices/INV-1/credit-notes', { reason: '', lines: [] }, ['reason', 'lines']],
    ];
    for (const [url, payload, fields] of cases) {
      const response = await post(url, payload);
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(fieldsOf(response)).toEqual(fields);
    }
    const page = await server.inject('/invoices?limit=0&state=paid');
    expect(page.statusCode).toBe(400);
    expect(fieldsOf(page)).toEqual(['state', 'limit']);
  });

  it('answers 404 for an unknown invoice, bill run, subscription or seller', async () => {
    for (const url of ['/invoices/INV-999999', '/invoices/INV-999999/pdf', '/invoices/INV-999999/ubl'])
      expect((await server.inject(url)).statusCode, url).toBe(404);
    const credit = await post('/invoices/INV-999999/credit-notes', { reason: 'x' });
    expect(credit.statusCode).toBe(404);
    expect(credit.json().detail).toMatch(/invoice 'INV-999999'/);
    expect((await server.inject('/bill-runs/BR-999999')).statusCode).toBe(404);
    expect((await post('/bill-runs/BR-999999/draft')).statusCode).toBe(404);
    expect((await server.inject('/subscriptions/SUB-999999')).statusCode).toBe(404);
    expect((await post('/bill-runs', { sellerId: 'acme', period: '2027-Q1' })).statusCode).toBe(404);
  });
});
