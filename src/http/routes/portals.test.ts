import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { addProduct } from '../../catalog/index.ts';
import {
  createSubscription,
  draftBillRun,
  issueBillRun,
  listInvoices,
  startBillRun,
} from '../../billing/index.ts';
import { placeOrder, publishTermsVersion, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import {
  aReport,
  seedFaultNetwork,
  seedFaultProvider,
} from '../../operations/use-cases/fault-test-support.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { findShippedProfile } from '../../terms/index.ts';
import { createApiToken, createUser } from '../../users/index.ts';
import type { Role } from '../../users/index.ts';
import type { HttpServer } from '../server.ts';

const colocation: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocatie, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};

const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
// A new version published on 1 March 2027: objections until 31 March (vn:1.1.4, 30 days).
const version26 = {
  ...vitrumnet,
  id: 'vitrumnet-2.6-2027-03-01',
  version: '2.6',
  publishedOn: '2027-03-01',
  contracts: {
    ...vitrumnet.contracts,
    fixedTerm: { ...vitrumnet.contracts.fixedTerm!, notice: { months: 3, days: 0 } },
  },
};

const on = (db: Db, date: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(date)),
  actor: { id: 'test', origin: 'test' },
});

let userCount = 0;
/** A user of `role` with an API token: the Authorization header to call as that user. */
async function tokenOf(
  db: Db,
  role: Role,
  scope: { customerId?: string; providerId?: string } = {},
): Promise<string> {
  const user = await createUser(on(db, '2026-01-01'), {
    email: `portal-${process.pid}-${++userCount}@example.test`,
    name: `Portal user ${userCount}`,
    role,
    ...scope,
  });
  const { secret } = await createApiToken(on(db, '2026-01-01'), { userId: user.id, name: 'portal test' });
  return `Bearer ${secret}`;
}

describeEachStore('the customer and provider portals over HTTP', (database) => {
  let server: HttpServer;
  const contractOf = new Map<string, string>();
  const invoiceOf = new Map<string, string>();
  const tokens: Record<'a' | 'b' | 't' | 'admin' | 'netA' | 'netB' | 'provider', string> = {} as never;
  let networkA: Awaited<ReturnType<typeof seedFaultNetwork>>;
  let networkB: Awaited<ReturnType<typeof seedFaultNetwork>>;

  beforeAll(async () => {
    const { db } = database();
    await seedCustomers(db, ['CU-PA', 'CU-PB']);
    for (const customerId of ['CU-PA', 'CU-PB']) {
      const order = await placeOrder(on(db, '2026-01-05'), {
        sellerId: 'bit',
        customerId,
        terms: colocation,
      });
      const { contract } = await recordOrderAction(on(db, '2026-01-06'), {
        orderId: order.id,
        action: 'confirm',
      });
      await recordOrderAction(on(db, '2026-02-01'), { orderId: order.id, action: 'activate' });
      contractOf.set(customerId, contract!.id);
      await createSubscription(on(db, '2027-01-01'), {
        sellerId: 'bit',
        customerId,
        description: 'Colocatie 1U',
        priceCents: 30_000,
        startsOn: Temporal.PlainDate.from('2027-01-01'),
      });
    }
    const run = await startBillRun(on(db, '2027-01-01'), { sellerId: 'bit', period: '2027-Q1' });
    await draftBillRun(on(db, '2027-01-01'), run.id);
    await issueBillRun(on(db, '2027-01-01'), run.id);
    for (const invoice of (await listInvoices(db, { billRunId: run.id })).invoices)
      invoiceOf.set(invoice.customerId, invoice.id);

    // A VitrumNet customer whose contract a new version of the terms is notified for.
    await seedCustomers(db, ['CU-PT']);
    const vnOrder = await placeOrder(on(db, '2026-01-05'), {
      profileId: vitrumnet.id,
      customerId: 'CU-PT',
      terms: { ...colocation, service: 'access', description: 'Toegang, Dordrecht', termMonths: 24 },
    });
    await recordOrderAction(on(db, '2026-01-05'), { orderId: vnOrder.id, action: 'record-signed-form' });
    const vn = await recordOrderAction(on(db, '2026-02-01'), { orderId: vnOrder.id, action: 'activate' });
    contractOf.set('CU-PT', vn.contract!.id);
    await publishTermsVersion(on(db, '2027-03-01'), { document: version26, supersedes: vitrumnet.id });
    tokens.t = await tokenOf(db, 'customer', { customerId: 'CU-PT' });

    const providerId = await seedFaultProvider(db);
    await addProduct(on(db, '2026-01-01'), {
      sellerId: 'vitrumnet',
      code: 'GLASNET-1000',
      name: 'Glasnet internet 1 Gbit/s',
      kind: 'third-party-service',
      vatCategory: 'standard',
      providerId,
      firstPrice: { amountCents: 0 },
    });
    networkA = await seedFaultNetwork(db);
    networkB = await seedFaultNetwork(db, { providerId });
    tokens.a = await tokenOf(db, 'customer', { customerId: 'CU-PA' });
    tokens.b = await tokenOf(db, 'customer', { customerId: 'CU-PB' });
    tokens.netA = await tokenOf(db, 'customer', { customerId: networkA.customerId });
    tokens.netB = await tokenOf(db, 'customer', { customerId: networkB.customerId });
    tokens.admin = await tokenOf(db, 'admin');
    tokens.provider = await tokenOf(db, 'provider', { providerId });
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-03-16'));
  });
  afterAll(() => server?.close());

  const call = async (who: keyof typeof tokens, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await server.inject({
      method,
      url,
      headers: { authorization: tokens[who] },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> & unknown[] };
  };

  it("lists a customer's own contracts with the next possible end, and answers 404 for another's", async () => {
    const list = await call('a', 'GET', '/portal/contracts');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ id: contractOf.get('CU-PA'), description: '1U colocatie, Ede', status: 'running' }],
    });
    const [item] = (
      list.body as unknown as { items: { nextPossibleEnd: string; nextPossibleEndBecause: string[] }[] }
    ).items;
    expect(item!.nextPossibleEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(item!.nextPossibleEndBecause.length).toBeGreaterThan(0);

    expect((await call('a', 'GET', `/portal/contracts/${contractOf.get('CU-PA')}`)).status).toBe(200);
    for (const url of [
      `/portal/contracts/${contractOf.get('CU-PB')}`,
      `/portal/contracts/${contractOf.get('CU-PB')}/notice-preview`,
      '/portal/contracts/C-NOPE',
    ])
      expect((await call('a', 'GET', url)).status).toBe(404);
    expect((await call('a', 'POST', `/portal/contracts/${contractOf.get('CU-PB')}/notice`, {})).status).toBe(
      404,
    );
  });

  it('refuses a caller that is not a customer', async () => {
    expect((await call('admin', 'GET', '/portal/contracts')).status).toBe(403);
  });

  it('previews notice with the effective end and its rules, and notice then records exactly that', async () => {
    const contractId = contractOf.get('CU-PB')!;
    const preview = await call('b', 'GET', `/portal/contracts/${contractId}/notice-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ contractId, noticeOn: '2027-03-16', refusal: null });
    const { effectiveEnd, because } = preview.body as unknown as { effectiveEnd: string; because: string[] };
    expect(because).toContain('bit:12.1');

    const given = await call('b', 'POST', `/portal/contracts/${contractId}/notice`, {});
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ status: 'ending', effectiveEnd, endedBy: 'notice' });
    const contract = await call('b', 'GET', `/portal/contracts/${contractId}`);
    const timeline = (
      contract.body as unknown as {
        timeline: { entries: { event: string; because: string[]; figures: Record<string, unknown> }[] };
      }
    ).timeline;
    const end = timeline.entries.find((entry) => entry.event === 'effective-end');
    expect(end).toMatchObject({ because, figures: { channel: 'portal', noticeBy: 'customer' } });

    const again = await call('b', 'GET', `/portal/contracts/${contractId}/notice-preview`);
    expect(again.body).toMatchObject({ effectiveEnd: null });
    expect((again.body as unknown as { refusal: string }).refusal).toMatch(/notice was given on 2027-03-16/);
    expect((await call('b', 'POST', `/portal/contracts/${contractId}/notice`, {})).status).toBe(409);
  });

  it("lists a customer's own issued invoices, its PDF and statement, and answers 404 for another's", async () => {
    const list = await call('a', 'GET', '/portal/invoices');
    expect(list.status).toBe(200);
    const invoices = list.body as unknown as {
      invoices: { id: string; customerId: string }[];
      total: number;
    };
    expect(invoices.total).toBeGreaterThan(0);
    expect(invoices.invoices.every((invoice) => invoice.customerId === 'CU-PA')).toBe(true);

    const pdf = await server.inject({
      method: 'GET',
      url: `/portal/invoices/${invoiceOf.get('CU-PA')}/pdf`,
      headers: { authorization: tokens.a },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await call('a', 'GET', `/portal/invoices/${invoiceOf.get('CU-PB')}/pdf`)).status).toBe(404);

    const statement = await call('a', 'GET', '/portal/statement');
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({ sellerId: 'bit', customerId: 'CU-PA' });
    expect((await call('a', 'GET', '/portal/statement?sellerId=vitrumnet')).status).toBe(404);
  });

  it('takes a fault on its own service by the portal, lists its own, and answers 404 for another’s service', async () => {
    const reported = await call('netA', 'POST', '/portal/faults', {
      serviceId: networkA.serviceId,
      kind: 'other',
      report: aReport,
    });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ customerId: networkA.customerId, channel: 'customer-portal' });
    const refused = await call('netA', 'POST', '/portal/faults', {
      serviceId: networkB.serviceId,
      kind: 'other',
      report: aReport,
    });
    expect(refused.status).toBe(404);
    const missing = await call('netA', 'POST', '/portal/faults', {
      serviceId: networkA.serviceId,
      kind: 'other',
      report: { ...aReport, contactPerson: '' },
    });
    expect(missing.status).toBe(400);

    const mine = await call('netA', 'GET', '/portal/faults');
    expect(mine.body).toMatchObject({ total: 1, items: [{ id: reported.body.id }] });
    expect(await call('netB', 'GET', '/portal/faults')).toMatchObject({ body: { total: 0, items: [] } });
    const services = await call('netA', 'GET', '/portal/services');
    expect(services.body).toEqual([expect.objectContaining({ id: networkA.serviceId })]);
  });

  it("gives a provider its own orders and its own services' faults, paged", async () => {
    const faultOnB = await call('admin', 'POST', '/faults', {
      serviceId: networkB.serviceId,
      kind: 'other',
      report: aReport,
    });
    expect(faultOnB.status).toBe(201);
    const faults = await call('provider', 'GET', '/portal/provider/faults');
    expect(faults.body).toMatchObject({ total: 1, items: [{ id: faultOnB.body.id }] });
    const orders = await call('provider', 'GET', '/portal/provider/orders?limit=10');
    expect(orders.status).toBe(200);
    expect(orders.body).toMatchObject({ total: 1, items: [{ customerId: networkB.customerId }] });
    expect((await call('a', 'GET', '/portal/provider/orders')).status).toBeGreaterThanOrEqual(403);
    expect((await call('provider', 'GET', '/portal/provider/products')).body).toEqual([
      expect.objectContaining({
        sellerId: 'vitrumnet',
        code: 'GLASNET-1000',
        name: 'Glasnet internet 1 Gbit/s',
      }),
    ]);
  });

  it('lists the new terms with the objection window, takes an objection within it, and refuses another’s contract', async () => {
    const contractId = contractOf.get('CU-PT')!;
    const listed = await call('t', 'GET', '/portal/terms-changes');
    expect(listed.body).toEqual([
      expect.objectContaining({
        contractId,
        versionId: version26.id,
        publishedOn: '2027-03-01',
        objectionWindowEnd: '2027-03-31',
        canObject: true,
        objectedOn: null,
      }),
    ]);
    expect((await call('a', 'GET', '/portal/terms-changes')).body).toEqual([]);
    const refused = await call('a', 'POST', `/portal/terms-changes/${version26.id}/objection`, {
      contractId,
      reasons: 'not mine',
    });
    expect(refused.status).toBe(404);
    const objected = await call('t', 'POST', `/portal/terms-changes/${version26.id}/objection`, {
      contractId,
      reasons: 'De kortere opzegtermijn past ons niet',
    });
    expect(objected.status).toBe(200);
    expect((await call('t', 'GET', '/portal/terms-changes')).body).toEqual([
      expect.objectContaining({ objectedOn: '2027-03-16', canObject: false, decision: null }),
    ]);
  });
});
