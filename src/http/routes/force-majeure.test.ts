import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { contractWithService } from '../../operations/use-cases/force-majeure-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('force majeure over HTTP (bit:6)', (database) => {
  let server: HttpServer;
  let contractId = '';
  let serviceId = '';

  beforeAll(async () => {
    await seedCustomers(database().db, ['CU-HFM1']);
    ({ contractId, serviceId } = await contractWithService(database().db, 'bit', 'CU-HFM1', '2027-01-04'));
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-04-01'));
  });
  afterAll(() => server.close());

  const post = (url: string, payload: object) => server.inject({ method: 'POST', url, payload });

  it('declares, shows the rights, refuses before day 31, ends the contract and the event', async () => {
    const bad = await post('/force-majeure-events', {
      sellerId: 'bit',
      description: 'x',
      startedOn: '2027-03-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail ?? bad.json().title).toBeTruthy();

    const declared = await post('/force-majeure-events', {
      sellerId: 'bit',
      description: 'Carrier outage in Ede',
      startedOn: '2027-03-01',
      knownOn: '2027-03-02',
      serviceIds: [serviceId],
    });
    expect(declared.statusCode).toBe(201);
    const eventId = declared.json().event.id as string;
    expect(declared.headers.location).toBe(`/force-majeure-events/${eventId}`);
    expect(declared.json()).toMatchObject({
      event: { sellerId: 'bit', startedOn: '2027-03-01', knownOn: '2027-03-02', endedOn: null },
      services: [{ serviceId, contractId, endedOn: null }],
    });

    const rights = await server.inject({ url: `/contracts/${contractId}/force-majeure?asOf=2027-03-31` });
    expect(rights.statusCode).toBe(200);
    expect(rights.json().events[0].contract.rights.customer).toMatchObject({
      mayEnd: false,
      from: '2027-04-01',
    });

    const early = await post(`/force-majeure-events/${eventId}/contract-endings`, {
      contractId,
      by: 'customer',
      on: '2027-03-31',
    });
    expect(early.statusCode).toBe(403);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.json().detail).toMatch(/the right exists from 2027-04-01 \(bit:6\.4\)/);

    const ended = await post(`/force-majeure-events/${eventId}/contract-endings`, {
      contractId,
      by: 'customer',
    });
    expect(ended.statusCode).toBe(201);
    expect(ended.json()).toMatchObject({
      on: '2027-04-01',
      by: 'customer',
      right: { mayEnd: true, because: ['bit:6.4'] },
      timeline: { status: 'ended', effectiveEnd: '2027-04-01' },
    });

    const over = await post(`/force-majeure-events/${eventId}/end`, {});
    expect(over.statusCode).toBe(200);
    expect(over.json()).toEqual({
      event: expect.objectContaining({ endedOn: '2027-04-01' }),
      resumedServiceIds: [],
    });
    expect((await post(`/force-majeure-events/${eventId}/end`, {})).statusCode).toBe(409);

    const list = await server.inject({ url: '/force-majeure-events?sellerId=bit' });
    expect(list.json().map((e: { id: string }) => e.id)).toEqual([eventId]);
    const shown = await server.inject({ url: `/force-majeure-events/${eventId}` });
    expect(shown.json().contracts).toEqual([
      {
        contractId,
        customerId: 'CU-HFM1',
        serviceIds: [serviceId],
        endedOn: '2027-04-01',
        endedBy: 'customer',
        rights: null,
      },
    ]);
    expect((await server.inject({ url: '/force-majeure-events/FM-999' })).statusCode).toBe(404);
  });
});
