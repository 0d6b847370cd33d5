import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import {
  seedCable,
  seedNapOn,
  seedPlacedService,
  unique,
} from '../../operations/use-cases/maintenance-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('maintenance windows over HTTP (vn:2.1.3, vn:2.2.5)', (database) => {
  let server: HttpServer;
  let cable: string, serviceId: string, customer: string;
  beforeAll(async () => {
    server = await httpServerOn(database());
    customer = unique('C-MWH');
    await seedCustomers(database().db, [customer]);
    cable = await seedCable(database().db);
    const nap = await seedNapOn(database().db, cable, customer);
    serviceId = await seedPlacedService(database().db, { customerId: customer, napId: nap });
  });
  afterAll(() => server.close());

  const post = (url: string, payload?: object) =>
    server.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  const get = (url: string) => server.inject({ method: 'GET', url });
  const plan = (fields: object = {}) =>
    post('/maintenance-windows', {
      sellerId: 'vitrumnet',
      scope: 'cable',
      scopeId: cable,
      startsAt: '2027-01-12T23:00:00+01:00',
      endsAt: '2027-01-13T03:00:00+01:00',
      description: 'Replacing a splice closure',
      ...fields,
    });

  it('plans a window, shows it with its services, lists it, and cancels it once', async () => {
    const planned = await plan();
    expect(planned.statusCode, planned.body).toBe(201);
    const id = planned.json().id as string;
    expect(planned.headers.location).toBe(`/maintenance-windows/${id}`);
    expect(planned.json()).toMatchObject({
      scope: 'cable',
      startsAt: '2027-01-12T22:00:00Z',
      startsAtLocal: '2027-01-12T23:00:00+01:00',
      affected: [{ serviceId, customerId: customer, providerId: null, state: 'active' }],
      notified: { customers: 1, providers: 0 },
      because: ['vn:2.1.3'],
    });

    const shown = await get(`/maintenance-windows/${id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id, affected: [{ serviceId }] });
    const listed = await get(`/maintenance-windows?scope=cable&scopeId=${cable}`);
    expect(listed.json().map((w: { id: string }) => w.id)).toEqual([id]);

    const cancelled = await post(`/maintenance-windows/${id}/cancel`, { reason: 'postponed' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ id, notified: { customers: 1, providers: 0 } });
    expect(cancelled.json().cancelledAt).not.toBeNull();
    expect((await post(`/maintenance-windows/${id}/cancel`)).statusCode).toBe(409);
    expect((await get(`/maintenance-windows?scope=cable&scopeId=${cable}`)).json()).toEqual([]);
    const all = await get(`/maintenance-windows?scope=cable&scopeId=${cable}&upcoming=false`);
    expect(all.json()).toHaveLength(1);
  });

  it('answers problem+json naming the fields, and 404 for an unknown window', async () => {
    // In the past, and so also more than seven days before its end.
    const refused = await plan({ scope: 'pole', startsAt: '2026-01-01T00:00:00Z' });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'scope',
      'startsAt',
      'endsAt',
    ]);
    expect((await get('/maintenance-windows/MW-404404')).statusCode).toBe(404);
    expect((await post('/maintenance-windows/MW-404404/cancel')).statusCode).toBe(404);
  });
});
