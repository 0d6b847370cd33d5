import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { contextOn, runningContract } from '../../operations/use-cases/abuse-test-support.ts';
import type { RunningContract } from '../../operations/use-cases/abuse-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('HTTP /abuse-cases', (database) => {
  const on = contextOn(() => database().db);
  let server: HttpServer;
  let vn: RunningContract;

  beforeAll(async () => {
    vn = await runningContract(on, 'vitrumnet', '2027-02-01');
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-03-01'));
  });
  afterAll(async () => server?.close());

  it('opens a case, blocks, lifts, lists and shows it', async () => {
    const opened = await server.inject({
      method: 'POST',
      url: '/abuse-cases',
      payload: {
        sellerId: 'vitrumnet',
        customerId: vn.customerId,
        serviceId: vn.serviceId,
        category: 'd',
        source: 'third-party-notice',
        evidence: 'Spamhaus listing',
      },
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json<{ id: string }>().id;
    expect(opened.headers.location).toBe(`/abuse-cases/${id}`);
    expect(opened.json()).toMatchObject({ state: 'open', contractId: vn.contractId, category: 'd' });

    const refused = await server.inject({
      method: 'POST',
      url: `/abuse-cases/${id}/measures`,
      payload: { measure: 'nuke' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatch(/measure/);

    const blocked = await server.inject({
      method: 'POST',
      url: `/abuse-cases/${id}/measures`,
      payload: { measure: 'block' },
    });
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toMatchObject({
      state: 'measured',
      measures: [{ measure: 'block', serviceId: vn.serviceId }],
    });

    const lifted = await server.inject({ method: 'POST', url: `/abuse-cases/${id}/lift` });
    expect(lifted.json()).toMatchObject({ state: 'complied' });

    const listed = await server.inject({ method: 'GET', url: `/abuse-cases?customerId=${vn.customerId}` });
    expect(listed.json<{ id: string }[]>().map((c) => c.id)).toEqual([id]);
    const shown = await server.inject({ method: 'GET', url: `/abuse-cases/${id}` });
    expect(shown.json()).toMatchObject({ id, state: 'complied' });
    expect((await server.inject({ method: 'GET', url: '/abuse-cases/AB-999999' })).statusCode).toBe(404);
  });

  it('refuses to escalate a VitrumNet case before a notice of default, with 409', async () => {
    const opened = await server.inject({
      method: 'POST',
      url: '/abuse-cases',
      payload: {
        sellerId: 'vitrumnet',
        customerId: vn.customerId,
        contractId: vn.contractId,
        category: 'j',
        source: 'own-detection',
        evidence: 'port scans',
      },
    });
    const id = opened.json<{ id: string }>().id;
    const escalated = await server.inject({
      method: 'POST',
      url: `/abuse-cases/${id}/escalate`,
      payload: {},
    });
    expect(escalated.statusCode).toBe(409);
    expect(escalated.body).toMatch(/notice of default/);
  });
});
