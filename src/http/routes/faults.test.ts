import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import {
  aReport,
  seedFaultNetwork,
  seedHourlyProduct,
} from '../../operations/use-cases/fault-test-support.ts';
import type { FaultNetwork } from '../../operations/use-cases/fault-test-support.ts';
import type { HttpServer } from '../server.ts';

// The server's clock stands at noon, 2027-01-10 in Amsterdam (11:00 UTC).
const today = Temporal.PlainDate.from('2027-01-10');

describeEachStore('the fault API (vn:6.4)', (database) => {
  let server: HttpServer;
  let network: FaultNetwork;
  let providerToken = '';
  let providerService = '';
  let otherService = '';

  const call = (method: 'GET' | 'POST', url: string, payload?: object, token?: string) =>
    server.inject({
      method,
      url,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      ...(payload === undefined ? {} : { payload }),
    });

  beforeAll(async () => {
    server = await httpServerOn(database(), today);
    network = await seedFaultNetwork(database().db, { fiberCount: 12 });
    const provider = await call('POST', '/providers', {
      name: 'faultnet',
      email: 'o@faultnet.example',
      helpdeskEmail: 'h@faultnet.example',
    });
    const providerId = provider.json().provider.id as string;
    providerToken = (await call('POST', `/providers/${providerId}/tokens`, { name: 'faults' })).json().secret;
    providerService = (await seedFaultNetwork(database().db, { providerId })).serviceId;
    otherService = (await seedFaultNetwork(database().db)).serviceId;
  });
  afterAll(async () => server.close());

  it('takes a report, runs the lifecycle and closes it, with the clock in local time', async () => {
    const reported = await call('POST', '/faults', {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      reportedAt: '2027-01-10T09:00:00+01:00',
      report: aReport,
    });
    expect(reported.statusCode).toBe(201);
    const ticket = reported.json();
    expect(ticket).toMatchObject({
      state: 'acknowledged',
      slaStatus: 'running',
      sla: {
        averageBy: '2027-01-10T15:00:00+01:00',
        maximumBy: '2027-01-10T17:00:00+01:00',
        warnAt: '2027-01-10T15:00:00+01:00',
      },
    });
    const id = ticket.id as string;
    expect((await call('POST', `/faults/${id}/actions`, { action: 'start' })).json().state).toBe(
      'in-progress',
    );
    expect((await call('POST', `/faults/${id}/notes`, { note: 'Crew on the way' })).statusCode).toBe(200);
    const wrong = await call('POST', `/faults/${id}/actions`, { action: 'reopen' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().detail).toMatch(/'in-progress'.*'reopen'/);
    const repaired = await call('POST', `/faults/${id}/repair-report`, {
      repairedAt: '2027-01-10T11:30:00+01:00',
    });
    expect(repaired.json()).toMatchObject({ state: 'resolved', slaStatus: 'met', sla: { repairHours: 2.5 } });
    const product = await seedHourlyProduct(database().db);
    const closed = await call('POST', `/faults/${id}/close`, {
      reason: 'customer-caused',
      chargeableHours: 2,
      hourlyProductId: product,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      state: 'closed',
      chargeableHours: '2.00',
      chargeRecordId: `fault:${id}`,
    });
    const shown = await call('GET', `/faults/${id}`);
    expect(shown.json().history.map((e: { kind: string }) => e.kind)).toEqual([
      'reported',
      'state-changed',
      'note',
      'repair-reported',
      'closed',
    ]);
    const listed = await call('GET', `/faults?customerId=${network.customerId}&state=closed`);
    expect(listed.json().tickets.map((t: { id: string }) => t.id)).toEqual([id]);
  });

  it('refuses an incomplete report naming each missing item (vn:6.4.9)', async () => {
    const response = await call('POST', '/faults', {
      serviceId: network.serviceId,
      kind: 'other',
      report: { ...aReport, reporterName: '', endPointB: ' ' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toContain('report.reporterName');
    expect(response.body).toContain('report.endPointB');
    expect(response.body).toContain('vn:6.4.9');
  });

  it('runs the SLA watch once per alert', async () => {
    const reported = await call('POST', '/faults', {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      reportedAt: '2027-01-10T02:00:00+01:00',
      report: aReport,
    });
    const id = reported.json().id as string;
    // Max 10:00+01:00; the server's now is 12:00+01:00: a breach, once.
    const first = await call('POST', '/sla-watch-runs', {});
    expect(first.json().breaches.map((a: { ticketId: string }) => a.ticketId)).toContain(id);
    const second = await call('POST', '/sla-watch-runs');
    expect(second.json()).toMatchObject({
      checkedAt: '2027-01-10T12:00:00+01:00',
      warnings: [],
      breaches: [],
    });
  });

  it("lets a provider report and follow its own services' faults, and answers 404 for others'", async () => {
    const own = await call(
      'POST',
      '/faults',
      { serviceId: providerService, kind: 'other', report: aReport },
      providerToken,
    );
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ channel: 'provider-api', routedAt: null });
    const others = await call(
      'POST',
      '/faults',
      { serviceId: otherService, kind: 'other', report: aReport },
      providerToken,
    );
    expect(others.statusCode).toBe(404);
    const operators = await call('POST', '/faults', {
      serviceId: otherService,
      kind: 'other',
      report: aReport,
    });
    const hidden = operators.json().id as string;
    expect((await call('GET', `/faults/${hidden}`, undefined, providerToken)).statusCode).toBe(404);
    expect((await call('POST', `/faults/${hidden}/notes`, { note: 'x' }, providerToken)).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/faults/${own.json().id}`, undefined, providerToken)).statusCode).toBe(200);
    const listed = await call('GET', '/faults', undefined, providerToken);
    expect(listed.json().tickets.map((t: { id: string }) => t.id)).toEqual([own.json().id]);
    // The operator's verbs are not there for a provider at all.
    expect(
      (await call('POST', `/faults/${own.json().id}/actions`, { action: 'start' }, providerToken)).statusCode,
    ).toBe(404);
    expect((await call('POST', '/sla-watch-runs', {}, providerToken)).statusCode).toBe(404);
  });
});
