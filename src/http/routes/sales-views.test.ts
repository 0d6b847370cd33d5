import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import {
  providerContext,
  seedNap,
  seedProduct,
  seedProvider,
  signedFormOf,
} from '../../network/use-cases/network-order-test-support.ts';
import { submitNetworkOrder } from '../../network/use-cases/submit-network-order.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { findShippedProfile } from '../../terms/index.ts';
import type { HttpServer } from '../server.ts';

const access: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'access',
  description: 'Access, Ede',
  termMonths: 24,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
const version26 = { ...vitrumnet, id: 'vitrumnet-2.6-2026-12-01', version: '2.6', publishedOn: '2026-12-01' };

describeEachStore('the sales work screens’ reads over HTTP', (database) => {
  let server: HttpServer;
  let networkOrderId = '';
  let contractId = '';
  const on = (date: string): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from(date)),
    actor: { id: 'test', origin: 'test' },
  });

  beforeAll(async () => {
    const { db } = database();
    await seedCustomers(db, ['CU-SV1', 'CU-SV2']);
    const order = await placeOrder(on('2026-01-05'), {
      profileId: vitrumnet.id,
      customerId: 'CU-SV1',
      terms: access,
    });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const formed = await recordOrderAction(on('2026-02-01'), { orderId: order.id, action: 'activate' });
    contractId = formed.contract!.id;
    const provider = await seedProvider(db, 'Glasnet Sales');
    const submitted = await submitNetworkOrder(providerContext(db, provider), {
      kind: 'third-party-service',
      customerId: 'CU-SV2',
      productId: await seedProduct(db, provider),
      napId: await seedNap(db, 'CU-SV2'),
      signedForm: signedFormOf(),
    });
    networkOrderId = submitted.id;
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-12-20'));
  });
  afterAll(() => server.close());

  const get = async (url: string) => {
    const response = await server.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = async (url: string, payload: unknown, status = 201) => {
    const response = await server.inject({ method: 'POST', url, payload: payload as object });
    expect(response.statusCode, response.body).toBe(status);
    return response.json();
  };

  it('lists quotes with where each stands, and an order placed on one with its contract', async () => {
    const quote = await post('/quotes', { sellerId: 'bit', customerId: 'CU-SV2', terms: access });
    const open = await get('/back-office/sales/quotes?sellerId=bit&search=sv2&status=open');
    expect(open.total).toBe(1);
    expect(open.items[0]).toMatchObject({ id: quote.id, customerName: 'Customer CU-SV2', status: 'open' });

    const order = await post('/orders', { quoteId: quote.id });
    const ordered = await get(`/back-office/sales/quotes?search=${quote.id}`);
    expect(ordered.items[0]).toMatchObject({ status: 'ordered', orderId: order.id });
    expect((await get('/back-office/sales/quotes?status=open&sellerId=bit')).total).toBe(0);

    const orders = await get('/back-office/sales/orders?sort=customer&order=asc');
    expect(orders.items.map((o: { customerId: string }) => o.customerId)).toEqual(['CU-SV1', 'CU-SV2']);
    expect(orders.items[0]).toMatchObject({ status: 'contract', contractId });
    expect(orders.items[1]).toMatchObject({ id: order.id, status: 'open', contractId: null });
    expect((await get('/back-office/sales/orders?status=open&limit=1')).total).toBe(1);
  });

  it('pages the network orders with the names of end user and provider, filtered by state', async () => {
    const page = await get('/back-office/sales/network-orders?state=submitted&search=glasnet');
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: networkOrderId,
      customerName: 'Customer CU-SV2',
      providerName: 'Glasnet Sales',
      allowedActions: ['accept', 'reject', 'cancel'],
    });
    expect((await get('/back-office/sales/network-orders?state=planned')).total).toBe(0);
  });

  it("pages a seller's price list and searches it by code or name", async () => {
    await post('/products', {
      sellerId: 'bit',
      code: 'SV-COLO',
      name: 'Colocatie sales view',
      kind: 'colocation',
      vatCategory: 'standard',
      firstPrice: { amountCents: 10_000 },
    });
    const page = await get('/back-office/sales/products?sellerId=bit&search=sales%20view');
    expect(page).toMatchObject({ total: 1, items: [{ code: 'SV-COLO', priceToday: { value: 10_000 } }] });
  });

  it('publishes a new version of the terms, and lists the objection to it until it is decided', async () => {
    const bad = await server.inject({
      method: 'POST',
      url: '/contracts/terms-versions',
      payload: { document: { id: 'x' }, supersedes: vitrumnet.id },
    });
    expect(bad.statusCode).toBe(400);
    const published = await post('/contracts/terms-versions', {
      document: version26,
      supersedes: vitrumnet.id,
    });
    expect(published).toMatchObject({ id: version26.id, version: '2.6', notified: [contractId] });

    await post(
      `/contracts/${contractId}/terms-objections`,
      { versionId: version26.id, reasons: 'wij willen de oude voorwaarden houden' },
      200,
    );
    const open = await get('/back-office/sales/terms-objections?state=open');
    expect(open).toMatchObject({
      total: 1,
      items: [{ contractId, customerName: 'Customer CU-SV1', versionId: version26.id, decidedOn: null }],
    });
    await post(
      `/contracts/${contractId}/terms-objections/decision`,
      { versionId: version26.id, outcome: 'old-version-kept' },
      200,
    );
    expect((await get('/back-office/sales/terms-objections?state=open')).total).toBe(0);
    const decided = await get('/back-office/sales/terms-objections?state=decided');
    expect(decided.items[0]).toMatchObject({ outcome: 'old-version-kept', decidedOn: '2026-12-20' });
  });
});
