import { afterAll, beforeAll, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { describeEachStore } from '../../../test/support/stores.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import type { HttpServer } from '../server.ts';

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

interface TimelineEvent {
  id: number;
  action: string;
  subjectType: string;
  subjectId: string;
}

describeEachStore('the customer views over HTTP', (database) => {
  let server: HttpServer;
  let contractId: string;
  beforeAll(async () => {
    await seedCustomers(database().db, ['CV-1', 'CV-2'], 'consumer');
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-11-22'));
    const post = (url: string, payload: object) => server.inject({ method: 'POST', url, payload });
    const order = await post('/orders', {
      profileId: 'bit-2016-10-25',
      customerId: 'CV-1',
      terms: colocation,
      receivedOn: '2026-11-02',
    });
    contractId = (await post(`/orders/${order.json().id}/confirm`, { on: '2026-11-03' })).json().contractId;
    await post(`/contracts/${contractId}/notice`, { by: 'customer', channel: 'email' });
    await server.inject({
      method: 'PATCH',
      url: '/customers/CV-1',
      payload: { email: 'billing@cv-1.example' },
    });
    // Another customer's events must not show on CV-1's timeline.
    await post('/orders', { profileId: 'bit-2016-10-25', customerId: 'CV-2', terms: colocation });
    await server.inject({ method: 'PATCH', url: '/customers/CV-2', payload: { email: 'x@cv-2.example' } });
  });
  afterAll(() => server.close());

  const timeline = async (url: string) => {
    const answer = await server.inject(url);
    expect(answer.statusCode).toBe(200);
    return answer.json() as { events: TimelineEvent[]; next: string | null };
  };

  it("answers every event of the customer and of its orders and contracts, newest first, and no other's", async () => {
    const { events, next } = await timeline('/customers/CV-1/timeline');
    expect(next).toBeNull();
    const subjects = events.map((e) => `${e.subjectType}:${e.subjectId}`);
    expect(subjects[0]).toBe('customer:CV-1');
    expect(subjects).toContain(`contract:${contractId}`);
    expect(subjects.some((s) => s.startsWith('order:'))).toBe(true);
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => b - a));
    const other = await timeline('/customers/CV-2/timeline');
    expect(other.events.length).toBeGreaterThan(0);
    const mine = new Set(events.map((e) => e.id));
    expect(other.events.filter((e) => mine.has(e.id))).toEqual([]);
    expect(other.events.every((e) => e.subjectId !== contractId)).toBe(true);
  });

  it('pages by keyset: each page older than the one before, together the whole timeline', async () => {
    const all = (await timeline('/customers/CV-1/timeline')).events.map((e) => e.id);
    expect(all.length).toBeGreaterThan(2);
    const seen: number[] = [];
    let before: string | null = null;
    do {
      const page = await timeline(`/customers/CV-1/timeline?limit=2${before ? `&before=${before}` : ''}`);
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events.map((e) => e.id));
      before = page.next;
    } while (before);
    expect(seen).toEqual(all);
  });

  it('answers 404 for an unknown customer and 400 for a bad cursor', async () => {
    expect((await server.inject('/customers/NOPE/timeline')).statusCode).toBe(404);
    expect((await server.inject('/customers/CV-1/timeline?before=abc')).statusCode).toBe(400);
    expect((await server.inject('/customers/NOPE/overview')).statusCode).toBe(404);
  });

  it('answers the overview: the customer, its sellers and its counts', async () => {
    const answer = await server.inject('/customers/CV-1/overview');
    expect(answer.statusCode).toBe(200);
    const overview = answer.json();
    expect(overview.customer).toMatchObject({ id: 'CV-1', email: 'billing@cv-1.example' });
    expect(overview.sellers.length).toBe(1);
    expect(overview.sellers[0]).toMatchObject({ id: expect.any(String), legalName: expect.any(String) });
    expect(overview.counts).toEqual({
      contracts: 1,
      networkServices: 0,
      openFaults: 0,
      cpe: 0,
      invoices: 0,
      openDunningCases: 0,
    });
  });
});
