import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createSubscription, draftBillRun, issueBillRun, startBillRun } from '../../billing/index.ts';
import { placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import {
  aReport,
  seedFaultNetwork,
  seedFaultProvider,
} from '../../operations/use-cases/fault-test-support.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { createApiToken, createUser } from '../../users/index.ts';
import type { Role } from '../../users/index.ts';
import type { HttpServer } from '../server.ts';

/*
 * The portals' lists sort on the server (issue 8): each key both ways, the default kept, an unknown
 * key refused naming `sort`. Each caller has two of everything, so an order can be told from its reverse.
 */

const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: 'Zuid: 1U colocatie',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};

const on = (db: Db, date: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(date)),
  actor: { id: 'test', origin: 'test' },
});

let userCount = 0;
async function tokenOf(db: Db, role: Role, scope: { customerId?: string; providerId?: string }) {
  const user = await createUser(on(db, '2026-01-01'), {
    email: `portal-sort-${process.pid}-${++userCount}@example.test`,
    name: `Portal sort ${userCount}`,
    role,
    ...scope,
  });
  const { secret } = await createApiToken(on(db, '2026-01-01'), { userId: user.id, name: 'sort test' });
  return `Bearer ${secret}`;
}

describeEachStore('sorting the portals’ lists over HTTP', (database) => {
  let server: HttpServer;
  const tokens = { customer: '', network: '', provider: '' };
  /** CU-PS's contracts in the order they were made: "Zuid: …" first, then "Noord: …". */
  const contracts: string[] = [];

  beforeAll(async () => {
    const { db } = database();
    await seedCustomers(db, ['CU-PS']);
    for (const description of ['Zuid: 1U colocatie', 'Noord: 2U colocatie']) {
      const order = await placeOrder(on(db, '2026-01-05'), {
        sellerId: 'bit',
        customerId: 'CU-PS',
        terms: { ...colocation, description },
      });
      const { contract } = await recordOrderAction(on(db, '2026-01-06'), {
        orderId: order.id,
        action: 'confirm',
      });
      contracts.push(contract!.id);
    }
    await createSubscription(on(db, '2027-01-01'), {
      sellerId: 'bit',
      customerId: 'CU-PS',
      description: 'Colocatie 1U',
      priceCents: 30_000,
      startsOn: Temporal.PlainDate.from('2027-01-01'),
    });
    for (const [period, day] of [
      ['2027-Q1', '2027-01-01'],
      ['2027-Q2', '2027-04-01'],
    ] as const) {
      const run = await startBillRun(on(db, day), { sellerId: 'bit', period });
      await draftBillRun(on(db, day), run.id);
      await issueBillRun(on(db, day), run.id);
    }
    const providerId = await seedFaultProvider(db);
    const own = await seedFaultNetwork(db);
    const viaProvider = [
      await seedFaultNetwork(db, { providerId }),
      await seedFaultNetwork(db, { providerId }),
    ];
    tokens.customer = await tokenOf(db, 'customer', { customerId: 'CU-PS' });
    tokens.network = await tokenOf(db, 'customer', { customerId: own.customerId });
    tokens.provider = await tokenOf(db, 'provider', { providerId });
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-05-03'));
    for (const _ of [1, 2]) await post('/portal/faults', tokens.network, { serviceId: own.serviceId });
    for (const network of viaProvider) await post('/faults', undefined, { serviceId: network.serviceId });
  });
  afterAll(() => server?.close());

  async function post(url: string, authorization: string | undefined, fault: { serviceId: string }) {
    const response = await server.inject({
      method: 'POST',
      url,
      ...(authorization ? { headers: { authorization } } : {}),
      payload: { ...fault, kind: 'other', report: aReport },
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  const listed = async <T>(authorization: string, url: string, pick: (item: T) => unknown) => {
    const response = await server.inject({ url, headers: { authorization } });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    return ((page.items ?? page.invoices) as T[]).map(pick);
  };
  /** `url` sorted by `key` ascending is `ascending`; descending is its reverse. */
  const sortsBothWays = async <T>(
    authorization: string,
    url: string,
    key: string,
    pick: (item: T) => unknown,
    ascending: unknown[],
  ) => {
    const join = url.includes('?') ? '&' : '?';
    expect(await listed(authorization, `${url}${join}sort=${key}&order=asc`, pick), key).toEqual(ascending);
    expect(await listed(authorization, `${url}${join}sort=${key}&order=desc`, pick), key).toEqual(
      [...ascending].reverse(),
    );
  };
  const refusesUnknownSort = async (authorization: string, url: string) => {
    const response = await server.inject({ url: `${url}?sort=bogus`, headers: { authorization } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((p: { field: string }) => p.field)).toContain('sort');
  };
  const id = (item: { id: string }) => item.id;

  it("sorts a customer's contracts by number (the default) and description", async () => {
    const [south, north] = contracts;
    expect(await listed(tokens.customer, '/portal/contracts', id)).toEqual([south, north]);
    await sortsBothWays(tokens.customer, '/portal/contracts', 'id', id, [south, north]);
    await sortsBothWays(tokens.customer, '/portal/contracts', 'description', id, [north, south]);
    await refusesUnknownSort(tokens.customer, '/portal/contracts');
  });

  it("sorts a customer's invoices by date, due date and number; the newest first by default", async () => {
    const issuedOn = (i: { issuedOn: string }) => i.issuedOn;
    expect(await listed(tokens.customer, '/portal/invoices', issuedOn)).toEqual(['2027-04-01', '2027-01-01']);
    await sortsBothWays(tokens.customer, '/portal/invoices', 'issuedOn', issuedOn, [
      '2027-01-01',
      '2027-04-01',
    ]);
    await sortsBothWays(tokens.customer, '/portal/invoices', 'dueOn', issuedOn, ['2027-01-01', '2027-04-01']);
    await sortsBothWays(tokens.customer, '/portal/invoices', 'number', issuedOn, [
      '2027-01-01',
      '2027-04-01',
    ]);
    const total = (i: { totalCents: number }) => i.totalCents;
    const totals = (await listed(tokens.customer, '/portal/invoices', total)) as number[];
    await sortsBothWays(
      tokens.customer,
      '/portal/invoices',
      'total',
      total,
      [...totals].sort((a, b) => a - b),
    );
    await refusesUnknownSort(tokens.customer, '/portal/invoices');
  });

  it("sorts a customer's and a provider's fault tickets by number; the newest first by default", async () => {
    for (const [who, url] of [
      [tokens.network, '/portal/faults'],
      [tokens.provider, '/portal/provider/faults'],
    ] as const) {
      const tickets = (await listed(who, url, id)) as string[];
      expect(tickets).toHaveLength(2);
      // Reported at the same moment: the newest number first.
      const byNumber = [...tickets].sort((a, b) => a.length - b.length || a.localeCompare(b));
      expect(tickets).toEqual([...byNumber].reverse());
      await sortsBothWays(who, url, 'id', id, byNumber);
      await sortsBothWays(who, url, 'reportedAt', id, byNumber);
      await refusesUnknownSort(who, url);
    }
  });

  it("sorts a provider's orders by end user and by the day submitted", async () => {
    const url = '/portal/provider/orders';
    const customer = (o: { customerName: string }) => o.customerName;
    const names = (await listed(tokens.provider, url, customer)) as string[];
    expect(names).toHaveLength(2);
    await sortsBothWays(tokens.provider, url, 'customer', customer, [...names].sort());
    const submitted = await listed(
      tokens.provider,
      `${url}?sort=submittedAt`,
      (o: { submittedAt: string }) => o.submittedAt,
    );
    expect(submitted).toEqual([...submitted].sort());
    await refusesUnknownSort(tokens.provider, url);
  });
});
