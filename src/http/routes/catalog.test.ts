import { afterAll, beforeAll, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { listMessages } from '../../notifications/index.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

const access = {
  sellerId: 'bit',
  code: 'ACC-100',
  name: 'Access 100 Mbit/s',
  kind: 'access',
  vatCategory: 'standard',
  firstPrice: { amountCents: 100_00, effectiveFrom: '2026-11-22' },
};

describeEachStore('the catalog over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-1']);
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-11-22'));
  });
  afterAll(() => server.close());

  const post = (url: string, payload: unknown) =>
    server.inject({ method: 'POST', url, payload: payload as object });
  let productId: string;

  it('adds a product and answers it with its price today (bit:5.2)', async () => {
    const added = await post('/products', access);
    expect(added.statusCode).toBe(201);
    productId = added.json().id;
    expect(added.json()).toMatchObject({
      code: 'ACC-100',
      charged: 'recurring',
      unit: 'period',
      billing: { value: { period: 'quarter', timing: 'in-advance' } },
      priceToday: { value: 100_00, because: ['bit:5.2'] },
    });
    const one = await server.inject(`/products/${productId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().prices).toEqual([
      { effectiveFrom: '2026-11-22', amountCents: 100_00, announcedOn: '2026-11-22' },
    ]);
  });

  it('lists a seller’s products, of one kind when asked', async () => {
    await post('/products', { ...access, code: 'COLO', kind: 'colocation', firstPrice: undefined });
    const all = await server.inject('/sellers/bit/products');
    expect(all.json().map((p: { code: string }) => p.code)).toEqual(['ACC-100', 'COLO']);
    const colo = await server.inject('/sellers/bit/products?kind=colocation');
    expect(colo.json().map((p: { code: string }) => p.code)).toEqual(['COLO']);
    expect((await server.inject('/sellers/acme/products')).statusCode).toBe(404);
    const bad = await server.inject('/sellers/bit/products?kind=fax');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a duplicate code with 409 naming the product, and unknown fields with 400', async () => {
    const again = await post('/products', access);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(`product ${productId} with code 'ACC-100'`);
    const extra = await post('/products', { ...access, code: 'X', colour: 'blue' });
    expect(extra.statusCode).toBe(400);
    const noProvider = await post('/products', { ...access, code: 'TV', kind: 'third-party-service' });
    expect(noProvider.statusCode).toBe(400);
    expect(noProvider.json().errors.map((e: { field: string }) => e.field)).toEqual(['providerId']);
  });

  it('schedules a price, telling the contract holder, and answers the price on any day', async () => {
    const order = await post('/orders', {
      profileId: 'bit-2016-10-25',
      customerId: 'CU-1',
      receivedOn: '2026-11-02',
      terms: {
        contractKind: 'fixed-term',
        service: 'access',
        description: 'Access, Ede',
        termMonths: 12,
        paymentTermMonths: null,
        recurringCents: 100_00,
        oneTimeCents: 0,
        orderTotalInclVatCents: 484_00,
        productId,
      },
    });
    await post(`/orders/${order.json().id}/confirm`, { on: '2026-11-03' });
    const scheduled = await post(`/products/${productId}/prices`, {
      amountCents: 120_00,
      effectiveFrom: '2026-12-15',
      minimumNoticeDays: 30,
    });
    expect(scheduled.statusCode).toBe(201);
    expect(scheduled.json()).toMatchObject({
      previousCents: 100_00,
      changed: true,
      told: ['CU-1'],
      notice: { value: false, figures: { noticeDays: 23, latestAnnouncement: '2026-11-15' } },
    });
    const [message] = await listMessages(database().db, { customerId: 'CU-1' });
    expect(message).toMatchObject({ kind: 'price-change', about: `product:${productId}` });

    const price = await server.inject(`/products/${productId}/price?on=2027-01-01`);
    expect(price.statusCode).toBe(200);
    expect(price.json()).toEqual({
      value: 120_00,
      because: ['bit:5.2'],
      figures: {
        date: '2027-01-01',
        effectiveFrom: '2026-12-15',
        amount: '120.00',
        nextChange: null,
        productId,
        unit: 'period',
        per: 'quarter',
        retiredOn: null,
      },
    });
    expect((await server.inject(`/products/${productId}/price`)).json().value).toBe(100_00);
  });

  it('answers refused prices with the field, a listed date with 409, an unknown product with 404', async () => {
    const backwards = await post(`/products/${productId}/prices`, {
      amountCents: 1,
      effectiveFrom: '2026-11-21',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([
      expect.objectContaining({ field: 'effectiveFrom', problem: expect.stringMatching(/before today/) }),
    ]);
    const listed = await post(`/products/${productId}/prices`, {
      amountCents: 1,
      effectiveFrom: '2026-12-15',
    });
    expect(listed.statusCode).toBe(409);
    const early = await server.inject(`/products/${productId}/price?on=2026-11-21`);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { field: string }) => e.field)).toEqual(['on']);
    expect((await server.inject('/products/P-999/price')).statusCode).toBe(404);
    expect((await server.inject('/products/P-999')).statusCode).toBe(404);
  });

  it('retires a product once (vn:2.2.3)', async () => {
    const retired = await post(`/products/${productId}/retire`, { on: '2027-06-01', reason: 'replaced' });
    expect(retired.statusCode).toBe(200);
    expect(retired.json().retiredOn).toBe('2027-06-01');
    const again = await post(`/products/${productId}/retire`, {});
    expect(again.statusCode).toBe(409);
    const after = await post(`/products/${productId}/prices`, {
      amountCents: 1,
      effectiveFrom: '2027-07-01',
    });
    expect(after.statusCode).toBe(409);
  });

  it('describes its routes under the catalog tag', async () => {
    const spec = (await server.inject('/openapi.json')).json();
    expect(spec.tags.map((t: { name: string }) => t.name)).toContain('catalog');
    expect(spec.paths['/products/{id}/prices'].post.tags).toEqual(['catalog']);
    expect(spec.paths['/products/{id}/prices'].post.description).toMatch(/one month/);
  });
});
