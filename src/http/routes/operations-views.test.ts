import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { aReport, seedFaultNetwork } from '../../operations/use-cases/fault-test-support.ts';
import type { HttpServer } from '../server.ts';

// The server's clock stands at noon, 2027-01-10 in Amsterdam (11:00 UTC).
const today = Temporal.PlainDate.from('2027-01-10');

describeEachStore('GET /back-office/fault-board', (database) => {
  let server: HttpServer;
  const ids: Record<string, string> = {};

  const report = async (serviceId: string, reportedAt: string, description: string, kind = 'fiber-break') => {
    const answer = await server.inject({
      method: 'POST',
      url: '/faults',
      payload: { serviceId, kind, channel: 'phone', reportedAt, report: { ...aReport, description } },
    });
    expect(answer.statusCode).toBe(201);
    return answer.json().id as string;
  };
  const board = async (query = '') => {
    const answer = await server.inject({ method: 'GET', url: `/back-office/fault-board${query}` });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as { items: { id: string; slaStatus: string }[]; total: number; now: string };
  };

  beforeAll(async () => {
    server = await httpServerOn(database(), today);
    const twelve = await seedFaultNetwork(database().db, { fiberCount: 12 });
    const fortyEight = await seedFaultNetwork(database().db, { fiberCount: 48 });
    // 12 fibers: maximum 8 h. 48 fibers: maximum 14 h; the warning 2 h before the maximum.
    ids.running = await report(twelve.serviceId, '2027-01-10T09:00:00+01:00', 'No light at the mill'); // max 17:00
    ids.warning = await report(twelve.serviceId, '2027-01-10T04:30:00+01:00', 'Flapping link'); // max 12:30
    ids.breached = await report(fortyEight.serviceId, '2027-01-09T21:00:00+01:00', 'Digger at km 3'); // max 11:00
    ids.other = await report(fortyEight.serviceId, '2027-01-10T08:00:00+01:00', 'Slow DNS', 'other');
    ids.closed = await report(twelve.serviceId, '2027-01-10T07:00:00+01:00', 'Loose patch cord');
    const closed = await server.inject({
      method: 'POST',
      url: `/faults/${ids.closed}/close`,
      payload: { reason: 'not-reproducible' },
    });
    expect(closed.statusCode).toBe(200);
  });
  afterAll(async () => server.close());

  it('lists the most urgent maximum first, with each clock’s status, and counts them all', async () => {
    const all = await board();
    expect(all.total).toBe(5);
    expect(all.items.map((item) => [item.id, item.slaStatus])).toEqual([
      [ids.breached, 'breached'],
      [ids.warning, 'warning'],
      [ids.running, 'running'],
      // No clock: the latest report first.
      [ids.other, 'none'],
      [ids.closed, 'none'],
    ]);
    expect(all.now).toBe('2027-01-10T11:00:00Z');
    const page = await board('?limit=2&offset=2');
    expect(page).toMatchObject({ total: 5 });
    expect(page.items.map((item) => item.id)).toEqual([ids.running, ids.other]);
  });

  it('answers the server’s clock in the Date header, for the countdowns', async () => {
    const answer = await server.inject({ method: 'GET', url: '/back-office/fault-board?limit=1' });
    expect(answer.headers.date).toBe('Sun, 10 Jan 2027 11:00:00 GMT');
  });

  it('filters by open, state, seller and cable class, and searches', async () => {
    expect((await board('?open=true')).total).toBe(4);
    expect((await board('?state=closed')).items.map((item) => item.id)).toEqual([ids.closed]);
    expect((await board('?sellerId=vitrumnet')).total).toBe(5);
    expect((await board('?sellerId=bit')).total).toBe(0);
    expect((await board('?cableClass=48')).items.map((item) => item.id)).toEqual([ids.breached]);
    expect((await board('?cableClass=12%2F24&open=true')).items.map((item) => item.id)).toEqual([
      ids.warning,
      ids.running,
    ]);
    expect((await board('?search=digger')).items.map((item) => item.id)).toEqual([ids.breached]);
    expect((await board(`?search=${ids.other}`)).items.map((item) => item.id)).toEqual([ids.other]);
    expect((await board('?search=100%25')).total).toBe(0);
  });

  it('sorts on the columns asked', async () => {
    const byReport = await board('?sort=reportedAt&order=desc');
    expect(byReport.items.map((item) => item.id)).toEqual([
      ids.running,
      ids.other,
      ids.closed,
      ids.warning,
      ids.breached,
    ]);
  });

  it('refuses an unknown cable class naming the field', async () => {
    const answer = await server.inject({ method: 'GET', url: '/back-office/fault-board?cableClass=many' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors.map((error: { field: string }) => error.field)).toEqual(['cableClass']);
  });
});

describeEachStore('the paged lists of the maintenance, force-majeure and abuse screens', (database) => {
  let server: HttpServer;
  const post = async (url: string, payload: object) => {
    const answer = await server.inject({ method: 'POST', url, payload });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json();
  };
  const list = async (url: string) => {
    const answer = await server.inject({ method: 'GET', url });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as { items: { id: string }[]; total: number; now?: string };
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

  beforeAll(async () => {
    server = await httpServerOn(database(), today);
    const network = await seedFaultNetwork(database().db, { fiberCount: 48 });
    for (const [day, description] of [
      ['2027-01-12', 'New splice closure'],
      ['2027-01-14', 'Road works'],
    ])
      await post('/maintenance-windows', {
        sellerId: 'vitrumnet',
        scope: 'cable',
        scopeId: network.cableId,
        startsAt: `${day}T01:00:00+01:00`,
        endsAt: `${day}T05:00:00+01:00`,
        description,
      });
    await post('/force-majeure-events', {
      sellerId: 'vitrumnet',
      description: 'Flooded street cabinet',
      startedOn: '2027-01-09',
      serviceIds: [network.serviceId],
    });
    for (const evidence of ['Spam run from 10.0.0.1', 'Port scan'])
      await post('/abuse-cases', {
        sellerId: 'vitrumnet',
        customerId: network.customerId,
        serviceId: network.serviceId,
        category: 'd',
        source: 'own-detection',
        evidence,
      });
  });
  afterAll(async () => server.close());

  it('pages the upcoming maintenance windows, the next first, and searches them', async () => {
    const all = await list('/back-office/maintenance-windows?limit=1');
    expect(all).toMatchObject({
      total: 2,
      items: [{ description: 'New splice closure', startsAt: '2027-01-12T00:00:00Z' }],
      now: '2027-01-10T11:00:00Z',
    });
    const found = await list('/back-office/maintenance-windows?search=road');
    expect(found).toMatchObject({ total: 1, items: [{ description: 'Road works' }] });
    const latest = await list('/back-office/maintenance-windows?upcoming=false&limit=1');
    expect(latest).toMatchObject({ total: 2, items: [{ description: 'Road works' }] });
  });

  it('pages force-majeure events, open or ended', async () => {
    expect(await list('/back-office/force-majeure-events?open=true')).toMatchObject({
      total: 1,
      items: [{ description: 'Flooded street cabinet', endedOn: null }],
    });
    expect((await list('/back-office/force-majeure-events?open=false')).total).toBe(0);
  });

  it('pages abuse cases with their measures, the newest first, by state and search', async () => {
    const cases = await list('/back-office/abuse-cases');
    expect(cases.total).toBe(2);
    expect(cases.items[0]).toMatchObject({ evidence: 'Port scan', state: 'open', measures: [] });
    expect(ids(await list('/back-office/abuse-cases?search=spam'))).toEqual([cases.items[1]!.id]);
    expect((await list('/back-office/abuse-cases?state=escalated')).total).toBe(0);
    const refused = await server.inject({ method: 'GET', url: '/back-office/abuse-cases?state=nope' });
    expect(refused.statusCode).toBe(400);
  });
});
