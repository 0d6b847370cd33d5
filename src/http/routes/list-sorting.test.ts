import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createSubscription, draftBillRun, issueBillRun, startBillRun } from '../../billing/index.ts';
import { bankFile } from '../../collections/use-cases/collections-test-support.ts';
import { customers } from '../../customers/schema.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { createUser } from '../../users/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * Every back-office list that sorts on the server (issue 8): each key both ways, the default order
 * kept, and an unknown key refused naming `sort`. Three customers whose names, numbers and amounts
 * each sort differently, so a list in the wrong order cannot pass by chance.
 */

const BIT_IBAN = 'NL91ABNA0417164300';
// Name order: Amstel (CU-LS9), Maas (CU-LS10), Zeeland (CU-LS2); number order: LS2, LS9, LS10.
const CUSTOMERS = [
  { id: 'CU-LS2', legalName: 'Zeeland Glas', createdAt: '2026-03-01T09:00:00Z', priceCents: 10_000 },
  { id: 'CU-LS9', legalName: 'Amstel Data', createdAt: '2026-01-01T09:00:00Z', priceCents: 30_000 },
  { id: 'CU-LS10', legalName: 'Maas Hosting', createdAt: '2026-02-01T09:00:00Z', priceCents: 20_000 },
];

const on = (db: Db, date: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(date)),
  actor: { id: 'test', origin: 'test' },
});

async function billQuarter(db: Db, period: string, on_: string): Promise<void> {
  const context = on(db, on_);
  const run = await startBillRun(context, { sellerId: 'bit', period });
  await draftBillRun(context, run.id);
  await issueBillRun(context, run.id);
}

describeEachStore('sorting the back-office lists over HTTP', (database) => {
  let server: HttpServer;

  beforeAll(async () => {
    const { db } = database();
    await seedCustomers(
      db,
      CUSTOMERS.map((c) => c.id),
    );
    for (const customer of CUSTOMERS) {
      await db
        .update(customers)
        .set({ legalName: customer.legalName, createdAt: customer.createdAt })
        .where(eq(customers.id, customer.id));
      await createSubscription(on(db, '2027-01-01'), {
        sellerId: 'bit',
        customerId: customer.id,
        description: 'Colocatie 1U',
        priceCents: customer.priceCents,
        startsOn: Temporal.PlainDate.from('2027-01-01'),
      });
    }
    // Two runs, so the bill runs and the invoices' dates differ: 2027-Q1 (due 15 January) and Q2.
    await billQuarter(db, '2027-Q1', '2027-01-01');
    await billQuarter(db, '2027-Q2', '2027-04-01');
    for (const [index, name] of ['Bea Sorttest', 'Cor Sorttest', 'Ada Sorttest'].entries())
      await createUser(on(db, '2027-01-01'), {
        email: `${['a', 'b', 'c'][index]}-sorttest@example.test`,
        name,
        role: 'billing',
      });
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-01-25'));
    const imported = await server.inject({
      method: 'POST',
      url: '/sellers/bit/bank-statements',
      headers: { 'content-type': 'application/xml' },
      payload: bankFile(BIT_IBAN, [
        { ref: 'LS1', amountCents: 5_678, valueDate: '2027-01-12', text: 'Onbekend een' },
        { ref: 'LS2', amountCents: 1_234, valueDate: '2027-01-13', text: 'Onbekend twee' },
      ]),
    });
    expect(imported.json()).toMatchObject({ unmatched: 2 });
    // Disputes: Amstel € 100 on 12 January, Zeeland € 50 on 14 January (on their 2027-Q1 invoices).
    for (const [customerId, receivedOn, disputedCents] of [
      ['CU-LS9', '2027-01-12', 10_000],
      ['CU-LS2', '2027-01-14', 5_000],
    ] as const) {
      const invoices = await get(`/invoices?customerId=${customerId}&sort=issuedOn&order=asc&limit=1`);
      const recorded = await server.inject({
        method: 'POST',
        url: '/complaints',
        payload: {
          sellerId: 'bit',
          customerId,
          about: 'invoice',
          invoiceNumber: invoices.invoices[0].number,
          receivedOn,
          channel: 'email',
          description: 'Niet geleverd',
          disputedCents,
        },
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    await server.inject({
      method: 'POST',
      url: '/products',
      payload: {
        sellerId: 'bit',
        code: 'LS-B',
        name: 'Alfa sorteer',
        kind: 'colocation',
        vatCategory: 'standard',
        firstPrice: { amountCents: 20_000 },
      },
    });
    await server.inject({
      method: 'POST',
      url: '/products',
      payload: {
        sellerId: 'bit',
        code: 'LS-A',
        name: 'Beta sorteer',
        kind: 'colocation',
        vatCategory: 'standard',
        firstPrice: { amountCents: 10_000 },
      },
    });
  });
  afterAll(() => server.close());

  async function get(url: string) {
    const response = await server.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  /** The values of `pick` on the list at `url` (`items`, or `invoices` for the invoice list). */
  const listed = async <T>(url: string, pick: (item: T) => unknown) => {
    const page = await get(url);
    return ((page.items ?? page.invoices) as T[]).map(pick);
  };
  /** Sorting by `key` asc gives `ascending`, desc gives it reversed. */
  const sortsBothWays = async <T>(
    base: string,
    key: string,
    pick: (item: T) => unknown,
    ascending: unknown[],
  ) => {
    const join = base.includes('?') ? '&' : '?';
    expect(await listed(`${base}${join}sort=${key}&order=asc`, pick)).toEqual(ascending);
    expect(await listed(`${base}${join}sort=${key}&order=desc`, pick)).toEqual([...ascending].reverse());
  };
  const refusesUnknownSort = async (base: string) => {
    const join = base.includes('?') ? '&' : '?';
    const response = await server.inject(`${base}${join}sort=bogus`);
    expect(response.statusCode).toBe(400);
    const problem = response.json().errors.find((p: { field: string }) => p.field === 'sort');
    // The refusal names the keys the list does take.
    expect(problem?.problem).toMatch(/^must be one of "\w+"(, "\w+")*$/);
  };

  it('sorts the customers by name (the default), number and when made', async () => {
    const id = (c: { id: string }) => c.id;
    expect(await listed('/customers', id)).toEqual(['CU-LS9', 'CU-LS10', 'CU-LS2']);
    await sortsBothWays('/customers', 'name', id, ['CU-LS9', 'CU-LS10', 'CU-LS2']);
    await sortsBothWays('/customers', 'id', id, ['CU-LS2', 'CU-LS9', 'CU-LS10']);
    await sortsBothWays('/customers', 'createdAt', id, ['CU-LS9', 'CU-LS10', 'CU-LS2']);
    // Paging by name in steps of one sees each customer once.
    const pages = [0, 1, 2].map((offset) => listed(`/customers?sort=name&limit=1&offset=${offset}`, id));
    expect((await Promise.all(pages)).flat()).toEqual(['CU-LS9', 'CU-LS10', 'CU-LS2']);
    await refusesUnknownSort('/customers');
  });

  it('sorts the invoices by date, due date, number, total and customer; newest made first by default', async () => {
    const invoices = (await get('/invoices?limit=10')).invoices as Invoice[];
    expect(invoices).toHaveLength(6);
    // Default: the newest made first, the Q2 run's invoices before Q1's.
    expect(invoices.slice(0, 3).every((i) => i.issuedOn === '2027-04-01')).toBe(true);
    const byNumber = [...invoices].sort((a, b) => a.number.localeCompare(b.number)).map((i) => i.id);
    await sortsBothWays('/invoices', 'number', (i: Invoice) => i.id, byNumber);
    // Dates, totals and names repeat: the values come in order (the id breaks the ties).
    const pickers: [string, (i: Invoice) => unknown][] = [
      ['issuedOn', (i) => i.issuedOn],
      ['dueOn', (i) => i.dueOn],
      ['total', (i) => i.totalCents],
      ['customer', (i) => i.customer.legalName],
    ];
    for (const [key, pick] of pickers) {
      const up = await listed(`/invoices?sort=${key}&order=asc`, pick);
      expect(up, key).toEqual([...up].sort(compare));
      expect(await listed(`/invoices?sort=${key}&order=desc`, pick), key).toEqual([...up].reverse());
    }
    expect(await listed('/invoices?sort=total&order=asc&limit=1', (i: Invoice) => i.totalCents)).toEqual([
      12_100,
    ]);
    await refusesUnknownSort('/invoices');
  });

  it('sorts the bill runs by period and by when started', async () => {
    const period = (r: { period: string }) => r.period;
    expect(await listed('/back-office/billing/bill-runs', period)).toEqual(['2027-Q2', '2027-Q1']);
    await sortsBothWays('/back-office/billing/bill-runs', 'period', period, ['2027-Q1', '2027-Q2']);
    await sortsBothWays('/back-office/billing/bill-runs', 'startedAt', period, ['2027-Q1', '2027-Q2']);
    await refusesUnknownSort('/back-office/billing/bill-runs');
  });

  it('sorts the unmatched payments by value date (the default) and amount', async () => {
    const url = '/back-office/collections/unmatched-payments';
    const amount = (p: { amountCents: number }) => p.amountCents;
    expect(await listed(url, amount)).toEqual([5_678, 1_234]);
    await sortsBothWays(url, 'valueDate', amount, [5_678, 1_234]);
    await sortsBothWays(url, 'amount', amount, [1_234, 5_678]);
    await refusesUnknownSort(url);
  });

  it('sorts the disputes by the day opened (the default), customer and amount', async () => {
    const url = '/back-office/collections/disputes';
    const customer = (d: { customerId: string }) => d.customerId;
    expect(await listed(url, customer)).toEqual(['CU-LS9', 'CU-LS2']);
    await sortsBothWays(url, 'openedOn', customer, ['CU-LS9', 'CU-LS2']);
    await sortsBothWays(url, 'customer', customer, ['CU-LS9', 'CU-LS2']);
    await sortsBothWays(url, 'amount', customer, ['CU-LS2', 'CU-LS9']);
    await refusesUnknownSort(url);
  });

  it('sorts the dunning queue by due date (the default), customer and the overdue amount', async () => {
    const url = '/back-office/collections/dunning-queue?asOf=2027-01-20';
    const customer = (q: { customerId: string }) => q.customerId;
    // All three are due since 15 January: the customer number breaks the tie.
    expect(await listed(url, customer)).toEqual(['CU-LS10', 'CU-LS2', 'CU-LS9']);
    await sortsBothWays(url, 'dueOn', customer, ['CU-LS10', 'CU-LS2', 'CU-LS9']);
    await sortsBothWays(url, 'customer', customer, ['CU-LS9', 'CU-LS10', 'CU-LS2']);
    // Overdue less the open disputes: Zeeland € 121 − € 50, Maas € 242, Amstel € 363 − € 100.
    await sortsBothWays(
      url,
      'amount',
      (q: { overdueCents: number }) => q.overdueCents,
      [7_100, 24_200, 26_300],
    );
    await refusesUnknownSort(url);
  });

  it("sorts a seller's price list by code (the default), name and today's price", async () => {
    const url = '/back-office/sales/products?sellerId=bit&search=sorteer';
    const code = (p: { code: string }) => p.code;
    expect(await listed(url, code)).toEqual(['LS-A', 'LS-B']);
    await sortsBothWays(url, 'code', code, ['LS-A', 'LS-B']);
    await sortsBothWays(url, 'name', code, ['LS-B', 'LS-A']);
    await sortsBothWays(url, 'priceToday', code, ['LS-A', 'LS-B']);
    await refusesUnknownSort(url);
  });

  it('sorts the users by e-mail address (the default), name and role', async () => {
    const url = '/users?search=sorttest';
    const email = (u: { email: string }) => u.email.slice(0, 1);
    expect(await listed(url, email)).toEqual(['a', 'b', 'c']);
    await sortsBothWays(url, 'email', email, ['a', 'b', 'c']);
    await sortsBothWays(url, 'name', email, ['c', 'a', 'b']);
    expect(await listed('/users?sort=role&order=asc', (u: { role: string }) => u.role)).toEqual([
      'admin',
      'billing',
      'billing',
      'billing',
    ]);
    await refusesUnknownSort(url);
  });
});

interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly totalCents: number;
  readonly customer: { readonly legalName: string };
}

const compare = (a: unknown, b: unknown): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
