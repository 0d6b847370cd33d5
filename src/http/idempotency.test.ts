import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../test/support/app.ts';
import { describeEachStore } from '../../test/support/stores.ts';
import type { HttpServer } from './server.ts';

let kvk = 40_000_000;
/** A business customer with a KvK number of its own (a number is unique per customer). */
const customer = (legalName: string, kvkNumber = String((kvk += 1))) => ({
  legalName,
  kvkNumber,
  email: 'factuur@idem.example',
  billingAddress: { street: 'Stationsplein', houseNumber: '1', postcode: '3511ED', city: 'Utrecht' },
});

describeEachStore('Idempotency-Key on API writes', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const post = (payload: object, key?: string) =>
    server.inject({
      method: 'POST',
      url: '/customers',
      payload,
      headers: key === undefined ? {} : { 'idempotency-key': key },
    });
  const countNamed = async (name: string) =>
    (await server.inject(`/customers?search=${encodeURIComponent(name)}`))
      .json()
      .items.filter((item: { legalName: string }) => item.legalName === name).length;

  it('answers a retry with the first answer and creates nothing twice', async () => {
    const body = customer('Idem Eén B.V.');
    const first = await post(body, 'order-7f3a');
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await post(body, 'order-7f3a');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.json()).toEqual(first.json());
    expect(await countNamed('Idem Eén B.V.')).toBe(1);
  });

  it('takes the same JSON with its keys in another order as the same request', async () => {
    const body = customer('Idem Twee B.V.');
    const first = await post(body, 'k-order');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await post(reordered, 'k-order');
    expect(again.json()).toEqual(first.json());
    expect(await countNamed('Idem Twee B.V.')).toBe(1);
  });

  it('refuses the same key for another body with a 409 that says so, and changes nothing', async () => {
    expect((await post(customer('Idem Drie B.V.'), 'k-reused')).statusCode).toBe(201);
    const other = await post(customer('Idem Vier B.V.'), 'k-reused');
    expect(other.statusCode).toBe(409);
    expect(other.json().detail).toMatch(/Idempotency-Key 'k-reused' was used for another request/);
    expect(await countNamed('Idem Vier B.V.')).toBe(0);
  });

  it('gives the key back after a refusal, so the corrected retry runs', async () => {
    const taken = customer('Idem Vijf B.V.');
    expect((await post(taken)).statusCode).toBe(201);
    const refused = await post(customer('Idem Zes B.V.', taken.kvkNumber), 'k-refused');
    expect(refused.statusCode).toBe(409);
    const corrected = await post(customer('Idem Zes B.V.'), 'k-refused');
    expect(corrected.statusCode).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(await countNamed('Idem Zes B.V.')).toBe(1);
  });

  it('refuses a malformed key naming the header', async () => {
    const answer = await post(customer('Idem Acht B.V.'), 'x'.repeat(256));
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual([
      { field: 'Idempotency-Key', problem: 'must be 1 to 255 visible ASCII characters' },
    ]);
    expect(await countNamed('Idem Acht B.V.')).toBe(0);
  });

  it('without a key, every request is a new one', async () => {
    await post(customer('Idem Negen B.V.'));
    await post(customer('Idem Negen B.V.'));
    expect(await countNamed('Idem Negen B.V.')).toBe(2);
  });
});
