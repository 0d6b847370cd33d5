import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBillRun } from '../../billing/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { anonymousHttpServerOn, testToday } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import type { HttpServer } from '../server.ts';

// Staff limited to one seller (issue 8): another seller's id is refused wherever it is named, and
// lists that filter by seller show theirs only.
describeEachStore('a member of staff limited to one seller', (database) => {
  let server: HttpServer;
  let token: string;
  beforeAll(async () => {
    const context = {
      db: database().db,
      clock: fixedClock(testToday),
      actor: { id: 'test', origin: 'test' },
    };
    await startBillRun(context, { sellerId: 'bit', period: '2026-Q4' });
    await startBillRun(context, { sellerId: 'vitrumnet', period: '2026-Q4' });
    const clerk = await createTestUser(database().db, { role: 'billing', sellerId: 'bit' });
    token = await userTokenFor(database().db, clerk.id);
    server = await anonymousHttpServerOn(database());
  });
  afterAll(() => server.close());

  const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
    server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it("refuses another seller's id in the path, the query and the body, naming it", async () => {
    for (const response of [
      await as('GET', '/sellers/vitrumnet'),
      await as('POST', '/sellers/vitrumnet/dunning-runs', {}),
      await as('GET', '/bill-runs?sellerId=vitrumnet'),
      await as('POST', '/bill-runs', { sellerId: 'vitrumnet', period: '2027-Q1' }),
    ]) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().detail).toMatch(/^You work for seller bit only/);
    }
    expect((await as('GET', '/sellers/bit')).statusCode).toBe(200);
  });

  it('shows only its own seller in a list that filters by seller', async () => {
    const runs = (await as('GET', '/bill-runs')).json() as
      { sellerId: string }[] | { items: { sellerId: string }[] };
    const items = Array.isArray(runs) ? runs : runs.items;
    expect(items.map((run) => run.sellerId)).toEqual(['bit']);
  });

  it('reaches nothing without credentials', async () => {
    const response = await server.inject('/bill-runs');
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="vezel"');
  });
});
