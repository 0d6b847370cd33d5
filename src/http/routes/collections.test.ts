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
import { getPayment } from '../../collections/index.ts';
import { bankFile } from '../../collections/use-cases/collections-test-support.ts';
import { pdfPages } from '../../documents/test-support/pdf-text.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { HttpServer } from '../server.ts';

const BIT_IBAN = 'NL91ABNA0417164300';
const CUSTOMERS = ['CU-HC1', 'CU-HC2', 'CU-HC3', 'CU-HC4'];

interface Invoiced {
  readonly id: string;
  readonly number: string;
  readonly paymentReference: string;
}

describeEachStore('payments, bank files, statements and disputes over HTTP', (database) => {
  let server: HttpServer;
  /** Each customer's 2027-Q1 invoice of BIT: € 300 + 21% VAT = € 363,00, issued 1 January, due 15 January. */
  const invoiceOf = new Map<string, Invoiced>();

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
    await draftBillRun(context, run.id);
    await issueBillRun(context, run.id);
    for (const invoice of (await listInvoices(db, { billRunId: run.id })).invoices)
      invoiceOf.set(invoice.customerId, {
        id: invoice.id,
        number: invoice.number!,
        paymentReference: invoice.paymentReference!,
      });
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-03-16'));
  });
  afterAll(() => server.close());

  const post = (url: string, payload: object) => server.inject({ method: 'POST', url, payload });
  const importFile = (xml: string) =>
    server.inject({
      method: 'POST',
      url: '/sellers/bit/bank-statements',
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });
  const statementUrl = (customerId: string, query: string) =>
    `/sellers/bit/customers/${customerId}/statement?${query}`;

  it('refuses a bank statement sent as JSON, naming the body (found by the write-endpoint fuzz)', async () => {
    const sent = await post('/sellers/bit/bank-statements', {});
    expect(sent.statusCode).toBe(400);
    expect(sent.json().errors).toEqual([
      { field: 'body', problem: 'must be a CAMT.053 or CAMT.054 file sent as application/xml' },
    ]);
  });

  it('records a payment by hand and allocates it at once; a bad body is refused naming the fields', async () => {
    const invoice = invoiceOf.get('CU-HC1')!;
    const recorded = await post('/payments', {
      sellerId: 'bit',
      customerId: 'CU-HC1',
      amountCents: 36_300,
      valueDate: '2027-01-10',
      invoiceNumber: invoice.number,
      note: 'Contant aan de balie',
    });
    expect(recorded.statusCode).toBe(201);
    const payment = recorded.json();
    expect(payment).toMatchObject({
      customerId: 'CU-HC1',
      source: 'manual',
      namedInvoiceId: invoice.id,
      unallocatedCents: 0,
      allocations: [
        { invoiceId: invoice.id, component: 'principal', amountCents: 36_300, allocatedOn: '2027-01-10' },
      ],
    });
    const shown = await server.inject(`/payments/${payment.id}`);
    expect(shown.json()).toEqual(JSON.parse(JSON.stringify(await getPayment(database(), payment.id))));

    const bad = await post('/payments', {
      sellerId: 'bit',
      customerId: 'CU-HC1',
      amountCents: 0,
      valueDate: '10-01-2027',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['amountCents', 'valueDate']);
    const stranger = await post('/payments', {
      sellerId: 'bit',
      customerId: 'CU-HC1',
      amountCents: 100,
      valueDate: '2027-01-10',
      invoiceNumber: invoiceOf.get('CU-HC2')!.number,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([
      { field: 'invoiceNumber', problem: expect.stringContaining('to customer') },
    ]);
  });

  it('imports a bank file once, queues what it cannot match, and refuses a malformed one naming where', async () => {
    const xml = bankFile(BIT_IBAN, [
      {
        ref: 'H1',
        amountCents: 36_300,
        valueDate: '2027-01-12',
        creditorReference: invoiceOf.get('CU-HC2')!.paymentReference,
      },
      {
        ref: 'H2',
        amountCents: 12_345,
        valueDate: '2027-01-13',
        text: 'Onbekend',
        counterpartyIban: 'NL02ABNA0123456789',
      },
    ]);
    const imported = await importFile(xml);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({
      kind: 'camt.053',
      alreadyImported: false,
      entries: 2,
      matched: 1,
      unmatched: 1,
    });
    const again = await importFile(xml);
    expect(again.json()).toMatchObject({
      statementId: imported.json().statementId,
      alreadyImported: true,
      matched: 0,
      unmatched: 0,
    });

    const truncated = await importFile(xml.slice(0, xml.indexOf('<AcctSvcrRef>H2')));
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().errors).toEqual([
      {
        field: 'statement',
        problem: expect.stringMatching(
          /^ends inside an element at Document\/BkToCstmrStmt\/Stmt\/Ntry\[2\] \(line \d+\)/,
        ),
      },
    ]);

    const queue = await server.inject('/payments/unmatched?sellerId=bit');
    expect(queue.json()).toMatchObject([
      { amountCents: 12_345, counterpartyIban: 'NL02ABNA0123456789', customerId: null },
    ]);
    const assigned = await post(`/payments/${queue.json()[0].id}/assign`, { customerId: 'CU-HC3' });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      customerId: 'CU-HC3',
      matchedBy: 'clerk',
      unallocatedCents: 0,
      allocations: [{ invoiceId: invoiceOf.get('CU-HC3')!.id, amountCents: 12_345 }],
    });
    expect((await server.inject('/payments/unmatched?sellerId=bit')).json()).toEqual([]);
    expect((await post(`/payments/${queue.json()[0].id}/assign`, { customerId: 'CU-HC3' })).statusCode).toBe(
      409,
    );
  });

  it('answers the statement as JSON, CSV and PDF', async () => {
    const json = await server.inject(statementUrl('CU-HC2', 'asOf=2027-01-31'));
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({
      customerId: 'CU-HC2',
      asOf: '2027-01-31',
      balanceCents: 0,
      accruedInterestCents: 0,
      openClaims: [],
    });
    expect(
      json.json().rows.map((r: { kind: string; balanceCents: number }) => [r.kind, r.balanceCents]),
    ).toEqual([
      ['invoice', 36_300],
      ['payment', 0],
    ]);

    const csv = await server.inject(statementUrl('CU-HC3', 'asOf=2027-01-31&format=csv'));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,kind,reference,description,debit,credit,balance');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^2027-01-01,invoice,BIT-\d+,"Invoice, due 2027-01-15",363\.00,0\.00,363\.00$/),
      expect.stringMatching(/^2027-01-13,payment,PAY-\d+,Onbekend,0\.00,123\.45,239\.55$/),
    ]);

    const pdf = await server.inject(statementUrl('CU-HC3', 'asOf=2027-01-31&format=pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="statement-CU-HC3-2027-01-31.pdf"');
    const [page] = await pdfPages(pdf.rawPayload);
    expect(page).toContain('Rekeningoverzicht');
    expect(page).toContain('Saldo € 239,55');
    // Without asOf the statement is of today, the server's clock.
    expect((await server.inject(statementUrl('CU-HC3', ''))).json().asOf).toBe('2027-03-16');
    expect((await server.inject(statementUrl('CU-NOPE', ''))).statusCode).toBe(404);
  });

  it('records a complaint disputing half an invoice, and resolving it by credit issues a credit note', async () => {
    const invoice = invoiceOf.get('CU-HC4')!;
    const recorded = await post('/complaints', {
      sellerId: 'bit',
      customerId: 'CU-HC4',
      about: 'invoice',
      invoiceNumber: invoice.number,
      receivedOn: '2027-01-12',
      channel: 'email',
      description: 'De helft van de rack-ruimte is niet geleverd',
      disputedCents: 18_150,
    });
    expect(recorded.statusCode).toBe(201);
    const { complaint, dispute } = recorded.json();
    expect(complaint).toMatchObject({ inTime: true, deadline: '2027-01-21', channel: 'email' });
    expect(dispute).toMatchObject({ invoiceId: invoice.id, amountCents: 18_150, state: 'open' });
    const disputed = (await server.inject(statementUrl('CU-HC4', 'asOf=2027-02-01'))).json();
    expect(disputed).toMatchObject({
      disputedCents: 18_150,
      openClaims: [{ principalCents: 36_300, disputedCents: 18_150 }],
    });

    const resolved = await post(`/disputes/${dispute.id}/resolve`, {
      outcome: 'credit',
      reason: 'Half the rack space was not delivered',
      on: '2027-02-01',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      state: 'credited',
      resolvedOn: '2027-02-01',
      creditNoteId: expect.any(String),
    });
    const credit = (await server.inject(`/invoices/${resolved.json().creditNoteId}`)).json();
    expect(credit).toMatchObject({ kind: 'credit-note', state: 'issued', corrects: { id: invoice.id } });
    const statement = (await server.inject(statementUrl('CU-HC4', 'asOf=2027-03-16'))).json();
    expect(statement.rows.map((r: { kind: string }) => r.kind)).toEqual(['invoice', 'credit-note']);
    expect(statement.disputedCents).toBe(0);
    const again = await post(`/disputes/${dispute.id}/resolve`, { outcome: 'uphold', reason: 'Twice' });
    expect(again.statusCode).toBe(409);
  });
});
