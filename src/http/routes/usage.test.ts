import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedUsageFixture } from '../../billing/use-cases/usage-test-support.ts';
import type { UsageFixture } from '../../billing/use-cases/usage-test-support.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('usage over HTTP', (database) => {
  let server: HttpServer;
  let products: UsageFixture;
  beforeAll(async () => {
    products = await seedUsageFixture(database().db, 'HT');
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const post = (url: string, payload: unknown) =>
    server.inject({ method: 'POST', url, payload: payload as object });
  const record = (recordId: string, changes: object = {}) => ({
    recordId,
    customerId: 'CU-1',
    productId: products.traffic,
    quantity: '12.5',
    occurredOn: '2026-10-31',
    ...changes,
  });
  const fieldsOf = (response: { json: () => { errors?: { field: string }[] } }) =>
    response.json().errors?.map((e) => e.field);

  it('POST /v1/usage records a batch, and the same batch again adds nothing', async () => {
    const body = { sellerId: 'vitrumnet', records: [record('H-1'), record('H-2', { quantity: 3 })] };
    const first = await post('/v1/usage', body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: 2, added: 2, duplicates: 0 });
    expect((await post('/v1/usage', body)).json()).toEqual({ received: 2, added: 0, duplicates: 2 });
  });

  it('refuses a batch with 400 naming records[i].field, from the schema and from the rules alike', async () => {
    const bad = await post('/v1/usage', {
      sellerId: 'vitrumnet',
      records: [record('H-3'), record('H-4'), record('H-5'), record('H-6', { quantity: '-1' })],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(bad)).toEqual(['records[3].quantity']);
    const shape = await post('/v1/usage', {
      sellerId: 'vitrumnet',
      records: [
        record('H-7', { unit: 'GB' }),
        record('H-8', { quantity: { value: 1 }, recordId: undefined }),
      ],
    });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(shape)).toEqual(['records[0].unit', 'records[1].recordId', 'records[1].quantity']);
    const unknown = await post('/v1/usage', {
      sellerId: 'vitrumnet',
      records: [record('H-9', { customerId: 'CU-404' })],
    });
    expect(fieldsOf(unknown)).toEqual(['records[0].customerId']);
    // Text the store cannot keep (a NUL, half a surrogate pair) is refused by name, not by the store.
    const unstorable = await post('/v1/usage', {
      sellerId: 'vitrumnet',
      records: [record('H-10', { description: 'port\u0000 1' }), record('H-11', { recordId: 'H-\ud800' })],
    });
    expect(unstorable.statusCode).toBe(400);
    expect(fieldsOf(unstorable)).toEqual(['records[0].description', 'records[1].recordId']);
    expect((await post('/v1/usage', { sellerId: 'acme', records: [] })).statusCode).toBe(404);
  });

  it('refuses more than 10,000 records', async () => {
    const records = Array.from({ length: 10_001 }, (_, i) => record(`M-${i}`));
    const response = await post('/v1/usage', { sellerId: 'vitrumnet', records });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['records']);
  });

  it('adds a metered port, takes its samples and rates its month (vn:7.1.4)', async () => {
    const port = await post('/metered-ports', {
      id: 'ams1-sw1:xe-0/0/3',
      sellerId: 'vitrumnet',
      customerId: 'CU-2',
      productId: products.bandwidth,
      description: 'IP transit, Amsterdam',
    });
    expect(port.statusCode).toBe(201);
    const url = `/metered-ports/${encodeURIComponent('ams1-sw1:xe-0/0/3')}`;
    const samples = [0, 1, 2].map((i) => ({
      at: new Date(Date.parse('2026-10-01T00:00:00Z') + i * 300_000).toISOString(),
      inOctets: String(BigInt(i) * 37_500_000n),
      outOctets: '0',
    }));
    const taken = await post(`${url}/samples`, { samples });
    expect(taken.json()).toEqual({ received: 3, added: 3, duplicates: 0 });
    const badSample = await post(`${url}/samples`, { samples: [{ ...samples[0], inOctets: '-5' }] });
    expect(fieldsOf(badSample)).toEqual(['samples[0].inOctets']);
    const rated = await post(`${url}/rate`, { month: '2026-10' });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({
      portId: 'ams1-sw1:xe-0/0/3',
      percentile: {
        value: { billedMbps: '1.000', inboundBps: '1000000', intervals: 2 },
        because: ['vn:7.1.4'],
      },
      usageRecord: { recordId: 'p95:ams1-sw1:xe-0/0/3:2026-10', added: true },
    });
    expect((await post(`${url}/rate`, { month: '2026-11' })).statusCode).toBe(409);
    expect((await post('/metered-ports/none/rate', { month: '2026-10' })).statusCode).toBe(404);
  });
});
