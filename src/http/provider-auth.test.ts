import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../test/support/app.ts';
import { seedCustomers } from '../../test/support/customers.ts';
import { describeEachStore } from '../../test/support/stores.ts';
import { seedNap, seedProduct } from '../network/use-cases/network-order-test-support.ts';
import { aReport } from '../operations/use-cases/fault-test-support.ts';
import { routesOf } from './provider-auth.ts';
import type { RouteEntry } from './provider-auth.ts';
import type { HttpServer } from './server.ts';

interface Party {
  id: string;
  token: string;
  tokenId: string;
  product: string;
  order: string;
  service: string;
  fault: string;
}

describeEachStore('provider tokens reach their own data on provider routes, and nothing else', (database) => {
  let server: HttpServer;
  let nap = '';
  const a = {} as Party;
  const b = {} as Party;
  let ownOrder = '';
  let ownService = '';
  let ownFault = '';

  const as = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const call = (method: string, url: string, token?: string, payload?: unknown) =>
    server.inject({
      method: method as 'GET',
      url,
      headers: as(token),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const admit = async (party: Party, name: string) => {
    const admitted = await call('POST', '/providers', undefined, {
      name,
      email: `o@${name}.example`,
      helpdeskEmail: `h@${name}.example`,
    });
    party.id = admitted.json().provider.id;
    const issued = await call('POST', `/providers/${party.id}/tokens`, undefined, { name: 'orders' });
    party.token = issued.json().secret;
    party.tokenId = issued.json().token.id;
    party.product = await seedProduct(database().db, party.id);
  };
  const programmed = async (orderId: string) => {
    await call('POST', `/network-orders/${orderId}/accept`);
    await call('POST', `/network-orders/${orderId}/plan`, undefined, { plannedOn: '2026-11-30' });
    return (await call('POST', `/network-orders/${orderId}/program`)).json().serviceId as string;
  };
  let forms = 2000;
  const orderBody = (party: Party) => ({
    kind: 'third-party-service',
    customerId: 'CU-WALK',
    productId: party.product,
    napId: nap,
    signedForm: {
      fileName: 'form.pdf',
      // The file itself (vn:2.3.3), one of its own per order: GET …/signed-form answers the provider with it.
      content: Buffer.from(`%PDF-1.4\n% walk form ${++forms}\n%%EOF\n`).toString('base64'),
      signedOn: '2026-11-20',
      signedBy: 'E. User',
    },
  });

  beforeAll(async () => {
    server = await httpServerOn(database());
    await seedCustomers(database().db, ['CU-WALK']);
    nap = await seedNap(database().db, 'CU-WALK');
    for (const [party, name] of [
      [a, 'walker-a'],
      [b, 'walker-b'],
    ] as const) {
      await admit(party, name);
      const submitted = await call('POST', '/network-orders', party.token, orderBody(party));
      expect(submitted.statusCode).toBe(201);
      party.order = submitted.json().id;
      party.service = await programmed(party.order);
      const reported = await call('POST', '/faults', party.token, {
        serviceId: party.service,
        kind: 'other',
        report: aReport,
      });
      expect(reported.statusCode, reported.body).toBe(201);
      party.fault = reported.json().id;
    }
    ownOrder = (
      await call('POST', '/network-orders', undefined, { kind: 'access', customerId: 'CU-WALK', napId: nap })
    ).json().id;
    ownService = await programmed(ownOrder);
    ownFault = (
      await call('POST', '/faults', undefined, { serviceId: ownService, kind: 'other', report: aReport })
    ).json().id;
  });
  afterAll(() => server.close());

  const idFor = (url: string, ids: { order: string; service: string; fault: string }) =>
    url.startsWith('/network-services') ? ids.service : url.startsWith('/faults') ? ids.fault : ids.order;
  const fill = (route: RouteEntry, ids: { order: string; service: string; fault: string }) =>
    route.url.replace(':id', idFor(route.url, ids)).replace(/:\w+/g, 'x').replace('*', 'x');

  /** A valid body for a provider's write, so the answer is about whose data it is, not about the body. */
  const bodyFor = (route: RouteEntry, text: string) =>
    route.method !== 'POST' ? undefined : route.url.startsWith('/faults') ? { note: text } : { reason: text };

  it('lists every route, and opens only the network-order, fault and provider-portal routes to providers', () => {
    const routes = routesOf(server);
    expect(routes.length).toBeGreaterThan(20);
    const open = routes
      .filter((route) => route.providerAccess)
      .map((route) => `${route.method} ${route.url}`);
    expect(open.sort()).toEqual(
      [
        'GET /network-orders',
        'HEAD /network-orders',
        'POST /network-orders',
        'GET /network-orders/:id',
        'HEAD /network-orders/:id',
        'GET /network-orders/:id/signed-form',
        'HEAD /network-orders/:id/signed-form',
        'POST /network-orders/:id/cancel',
        'GET /network-services',
        'HEAD /network-services',
        'GET /network-services/:id',
        'HEAD /network-services/:id',
        'GET /faults',
        'HEAD /faults',
        'POST /faults',
        'GET /faults/:id',
        'HEAD /faults/:id',
        'POST /faults/:id/notes',
        // The provider portal's own lists (issue 8).
        'GET /portal/provider/faults',
        'HEAD /portal/provider/faults',
        'GET /portal/provider/orders',
        'HEAD /portal/provider/orders',
        'GET /portal/provider/products',
        'HEAD /portal/provider/products',
      ].sort(),
    );
  });

  it('answers every other route 404, exactly like a URL that does not exist', async () => {
    const closed = routesOf(server).filter((route) => !route.providerAccess);
    expect(closed.map((route) => route.url)).toEqual(
      expect.arrayContaining(['/providers', '/providers/:id/tokens']),
    );
    for (const route of closed) {
      const url = fill(route, a);
      const response = await call(
        route.method,
        url,
        a.token,
        route.method === 'GET' || route.method === 'HEAD' ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      if (route.method === 'HEAD') continue;
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json(), `${route.method} ${route.url}`).toEqual({
        type: 'urn:vezel:problem:not-found',
        title: 'Not found',
        status: 404,
        detail: `There is nothing at ${route.method} ${url}`,
      });
    }
    const unknown = await call('GET', '/providers-and-more', a.token);
    expect(unknown.json().detail).toBe('There is nothing at GET /providers-and-more');
  });

  it("answers 404 on every provider route for another provider's or the operator's order, service and fault", async () => {
    const withId = routesOf(server).filter((route) => route.providerAccess && route.url.includes(':id'));
    for (const route of withId) {
      for (const ids of [b, { order: ownOrder, service: ownService, fault: ownFault }]) {
        const url = fill(route, ids);
        const response = await call(route.method, url, a.token, bodyFor(route, 'not mine'));
        expect(response.statusCode, `${route.method} ${url}`).toBe(404);
        if (route.method !== 'HEAD') expect(response.body).not.toContain(b.id);
      }
      const mine = await call(route.method, fill(route, a), a.token, bodyFor(route, 'changed my mind'));
      expect(mine.statusCode, `${route.method} ${route.url} for its own`).toBeLessThan(300);
    }
    // The order B asked for is untouched.
    expect((await call('GET', `/network-orders/${b.order}`)).json().state).toBe('programmed');
  });

  it("never lists another provider's data, whatever the filter", async () => {
    const lists = routesOf(server).filter(
      (route) => route.providerAccess && route.method === 'GET' && !route.url.includes(':'),
    );
    for (const route of lists) {
      for (const query of ['', '?customerId=CU-WALK', `?providerId=${b.id}`]) {
        const response = await call('GET', `${route.url}${query}`, a.token);
        if (response.statusCode === 400) continue;
        expect(response.statusCode).toBe(200);
        expect(response.body).not.toContain(b.id);
        expect(response.body).not.toContain(`"${b.order}"`);
        expect(response.body).not.toContain(`"${ownOrder}"`);
        type Row = { providerId: string };
        const body = response.json() as Row[] | { tickets?: Row[]; items?: Row[] };
        const rows = Array.isArray(body) ? body : (body.tickets ?? body.items ?? []);
        // The portal's order rows name no provider: they are the caller's by construction.
        expect(rows.every((row) => (row.providerId ?? a.id) === a.id)).toBe(true);
        // The portal's lists take no provider filter: they are always the caller's own.
        const filteredAway = query.includes(b.id) && !route.url.startsWith('/portal');
        expect(rows.length).toBe(filteredAway ? 0 : 1);
      }
    }
  });

  it("refuses to submit for another provider's product, without showing its data", async () => {
    const response = await call('POST', '/network-orders', a.token, {
      ...orderBody(a),
      productId: b.product,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain(b.id);
  });

  it('answers an unknown, malformed or revoked token, and a suspended provider, with 401', async () => {
    for (const token of [`vzl_${'A'.repeat(43)}`, 'vzl_short']) {
      const response = await call('GET', '/network-orders', token);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/Bearer/);
      expect(response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    }
    const issued = (await call('POST', `/providers/${b.id}/tokens`, undefined, { name: 'spare' })).json();
    expect((await call('GET', '/network-orders', issued.secret)).statusCode).toBe(200);
    expect((await call('DELETE', `/providers/${b.id}/tokens/${issued.token.id}`)).statusCode).toBe(200);
    expect((await call('GET', '/network-orders', issued.secret)).statusCode).toBe(401);
    // Even on a route it may not see: the token is judged first.
    expect((await call('GET', '/providers', issued.secret)).statusCode).toBe(401);
    await call('POST', `/providers/${b.id}/suspend`, undefined, { reason: 'contract ended' });
    expect((await call('GET', '/network-orders', b.token)).statusCode).toBe(401);
  });

  it('records a provider token as the actor of what it changes', async () => {
    const submitted = await call('POST', '/network-orders', a.token, orderBody(a));
    expect(submitted.json().events[0].by).toBe(`provider:${a.id}/${a.tokenId}`);
    expect(submitted.json().allowedActions).toEqual(['cancel']);
  });
});
