import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { contextOn, runningContract } from '../../operations/use-cases/abuse-test-support.ts';
import type { RunningContract } from '../../operations/use-cases/abuse-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('HTTP /liability-claims', (database) => {
  const on = contextOn(() => database().db);
  let server: HttpServer;
  let vn: RunningContract;

  beforeAll(async () => {
    vn = await runningContract(on, 'vitrumnet', '2027-02-01');
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-06-15'));
  });
  afterAll(async () => server?.close());

  it('records a claim with its cap and flags, lists and shows it', async () => {
    const recorded = await server.inject({
      method: 'POST',
      url: '/liability-claims',
      payload: {
        contractId: vn.contractId,
        damageKind: 'direct',
        claimedCents: 500_000,
        damageOn: '2027-03-01',
        notifiedOn: '2027-04-01',
        notifiedBy: 'email',
        description: 'Three days without access',
      },
    });
    expect(recorded.statusCode).toBe(201);
    const claim = recorded.json<{ id: string }>();
    expect(recorded.json()).toMatchObject({
      customerId: vn.customerId,
      cap: { capCents: 135_000, payableCents: 135_000, basis: 'contract-price-excl-vat' },
      flags: ['late', 'not-registered-letter'],
      reportBy: '2027-03-31',
    });
    const listed = await server.inject({
      method: 'GET',
      url: `/liability-claims?contractId=${vn.contractId}`,
    });
    expect(listed.json<{ id: string }[]>().map((c) => c.id)).toEqual([claim.id]);
    const shown = await server.inject({
      method: 'GET',
      url: `/liability-claims/${claim.id}?asOf=2027-06-16`,
    });
    expect(shown.json()).toMatchObject({ id: claim.id, cap: { because: ['vn:1.8.4'] } });
    expect((await server.inject({ method: 'GET', url: '/liability-claims/LC-999999' })).statusCode).toBe(404);
  });

  it('answers 400 naming the field for a bad kind of damage', async () => {
    const refused = await server.inject({
      method: 'POST',
      url: '/liability-claims',
      payload: {
        contractId: vn.contractId,
        damageKind: 'moral',
        claimedCents: 100,
        damageOn: '2027-03-01',
        notifiedOn: '2027-03-02',
        notifiedBy: 'registered-letter',
        description: 'x',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/damageKind/);
  });
});
