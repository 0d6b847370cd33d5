import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn, testToday } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { fixedClock } from '../../platform/clock.ts';
import { addProfile, findShippedProfile } from '../../terms/index.ts';
import type { HttpServer } from '../server.ts';

// An operator's own terms: bit's, under its own id and seller, so its answers must equal bit's.
const bit = findShippedProfile('bit-2016-10-25')!;
const acme = { ...bit, id: 'acme-2026', seller: 'Acme B.V.' };

describeEachStore('GET /explain/… with a profile the operator added', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    const actor = { id: 'user:anna', origin: 'api' };
    await addProfile(database().db, fixedClock(testToday), actor, { document: acme });
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const ask = async (path: string) => {
    const response = await server.inject(path);
    return { status: response.statusCode, body: response.json() };
  };
  /** The answers for acme-2026 and for bit-2016-10-25, which must be the same but for the profile. */
  const both = async (route: string, query: string) => {
    const own = await ask(`/explain/${route}?profile=acme-2026&${query}`);
    const shipped = await ask(`/explain/${route}?profile=bit-2016-10-25&${query}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(shipped.status).toBe(200);
    return { own: own.body, shipped: shipped.body };
  };

  it.each([
    ['termination', 'kind=fixed-term&start=2026-01-01&termMonths=12&notice=2026-12-01'],
    ['formation', 'orderReceived=2026-03-02&confirmed=2026-03-05'],
    ['cancellation-fee', 'orderTotalInclVat=1210.00'],
    ['complaint-deadline', 'kind=delivery&date=2026-04-24'],
  ])('%s answers as for the profile it copies', async (route, query) => {
    const { own, shipped } = await both(route, query);
    expect(own).toEqual({ ...shipped, profile: 'acme-2026' });
  });

  it('names the rule ids of the profile it applied', async () => {
    const { own } = await both('termination', 'kind=indefinite&start=2025-06-01&notice=2026-03-01');
    expect(own).toMatchObject({ effectiveDate: '2026-06-30', because: ['bit:12.2'], profile: 'acme-2026' });
  });

  it("lists the operator's ids with the shipped ones when the id is unknown", async () => {
    const { status, body } = await ask(
      '/explain/termination?profile=acme-2025&kind=indefinite&start=2025-01-01&notice=2026-03-01',
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        field: 'profile',
        problem:
          "'acme-2025' is not a known terms profile; known: bit-2016-10-25, vitrumnet-2.5-2018-04-15, acme-2026",
      },
    ]);
  });
});
