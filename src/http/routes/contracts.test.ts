import { afterAll, beforeAll, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { describeEachStore } from '../../../test/support/stores.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import type { HttpServer } from '../server.ts';
import { seedCustomers } from '../../../test/support/customers.ts';

const colocation = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30000,
  oneTimeCents: 15000,
  orderTotalInclVatCents: 163350,
};

describeEachStore('contracts over HTTP', (database) => {
  beforeAll(() => seedCustomers(database().db, ['CUST-1', 'CUST-2', 'CUST-3', 'CUST-4']));
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-11-22'));
  });
  afterAll(() => server.close());

  const post = (url: string, payload: unknown) =>
    server.inject({ method: 'POST', url, payload: payload as object });

  it('takes a BIT quote to an order, a contract, and notice, answering the timeline with rule ids', async () => {
    const quote = await post('/quotes', {
      profileId: 'bit-2016-10-25',
      customerId: 'CUST-1',
      terms: colocation,
    });
    expect(quote.statusCode).toBe(201);
    expect(quote.json()).toMatchObject({
      binding: false,
      customerKind: 'business',
      validUntil: '2026-12-22',
    });
    const order = await post('/orders', { quoteId: quote.json().id, receivedOn: '2026-11-02' });
    expect(order.statusCode).toBe(201);
    const confirmed = await post(`/orders/${order.json().id}/confirm`, { on: '2026-11-03' });
    expect(confirmed.statusCode).toBe(200);
    const contractId = confirmed.json().contractId as string;
    expect(contractId).toMatch(/^C-\d+$/);
    await post(`/orders/${order.json().id}/activate`, { on: '2026-11-10' });

    const contract = await server.inject(`/contracts/${contractId}`);
    expect(contract.statusCode).toBe(200);
    expect(contract.json().timeline).toMatchObject({
      status: 'running',
      formedOn: '2026-11-03',
      noticeDeadline: '2027-10-09',
    });
    expect(contract.json().actions).toMatchObject({
      'give-notice': null,
      cancel: expect.stringMatching(/give notice instead/),
    });
    const deadline = contract
      .json()
      .timeline.entries.find((e: { event: string }) => e.event === 'notice-deadline');
    expect(deadline.because).toContain('bit:12.1');

    const notice = await post(`/contracts/${contractId}/notice`, { by: 'customer', channel: 'email' });
    expect(notice.statusCode).toBe(200);
    expect(notice.json()).toMatchObject({ status: 'ending', effectiveEnd: '2027-11-09' });
    const listed = await server.inject('/contracts?customerId=CUST-1');
    expect(listed.json().map((c: { id: string }) => c.id)).toEqual([contractId]);
  });

  it('answers a transition the terms do not allow with 409 and what is allowed instead', async () => {
    const order = await post('/orders', {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-2',
      terms: { ...colocation, service: 'access' },
    });
    const accept = await post(`/orders/${order.json().id}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.headers['content-type']).toMatch(/problem\+json/);
    expect(accept.json().detail).toMatch(
      /signed form is needed first \(vn:1\.5\.2, vn:1\.5\.4\)\. Allowed now: refuse, record-signed-form/,
    );
  });

  it('names each field of a bad request, and changes nothing', async () => {
    const bad = await post('/quotes', {
      profileId: 'bit-2016-10-25',
      customerId: 'CUST-3',
      terms: { ...colocation, contractKind: 'forever', recurringCents: -1 },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['terms.contractKind', 'terms.recurringCents']));
    const unknownKind = await post('/quotes', {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-3',
      terms: { ...colocation, contractKind: 'domain', termMonths: null },
    });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().detail).toMatch(
      /terms\.contractKind: vitrumnet-2\.5-2018-04-15 has no terms for domain contracts/,
    );
    expect((await server.inject('/contracts?customerId=CUST-3')).json()).toEqual([]);
    expect((await server.inject('/contracts/C-999')).statusCode).toBe(404);
  });

  it('records an objection to a notified version and the decision on it (vn:1.1.4)', async () => {
    const order = await post('/orders', {
      profileId: 'vitrumnet-2.5-2018-04-15',
      customerId: 'CUST-4',
      terms: { ...colocation, service: 'access' },
      receivedOn: '2026-10-01',
    });
    await post(`/orders/${order.json().id}/record-signed-form`, { on: '2026-10-01' });
    const contractId = (await post(`/orders/${order.json().id}/accept`, { on: '2026-10-02' })).json()
      .contractId;
    const premature = await post(`/contracts/${contractId}/terms-objections`, {
      versionId: 'vn-x',
      reasons: 'no',
    });
    expect(premature.statusCode).toBe(409);
    expect(premature.json().detail).toMatch(/no new version of the terms has been notified/);
    const view = await server.inject(`/contracts/${contractId}?asOf=2026-11-22`);
    expect(view.json().termsVersion).toMatchObject({ id: 'vitrumnet-2.5-2018-04-15' });
  });

  it('documents the contract endpoints in OpenAPI', async () => {
    const paths = Object.keys((await server.inject('/openapi.json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/quotes',
        '/orders',
        '/orders/{id}/{action}',
        '/contracts/{id}',
        '/contracts/{id}/notice',
        '/contracts/{id}/transfer',
        '/contracts/{id}/terms-objections',
      ]),
    );
  });
});
