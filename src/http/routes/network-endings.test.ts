import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('the network side of endings over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());
  const post = (url: string, payload?: object) =>
    server.inject({ method: 'POST', url, payload: payload ?? {} });

  it('runs the daily steps, finding nothing to do on an empty network', async () => {
    const closed = await post('/network/close-ended-contracts', { asOf: '2027-01-01' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual([]);
    const reminded = await post('/network/cpe-return-reminders');
    expect(reminded.json()).toEqual([]);
  });

  it('settles only a switch that is back, naming what is wrong otherwise', async () => {
    expect((await post('/cpe/CPE-404/settle-deposit')).statusCode).toBe(404);
    const registered = await post('/cpe', {
      serialNumber: 'SW-1',
      model: 'XGS1250',
      ports: 12,
      sticker: 'VN-1',
    });
    expect(registered.statusCode).toBe(201);
    const refused = await post(`/cpe/${registered.json().id}/settle-deposit`, { openClaimsCents: 100 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(
      /after the switch is returned or written off as lost; it is in-stock/,
    );
    const bad = await post(`/cpe/${registered.json().id}/settle-deposit`, {
      openClaimsCents: -1,
      on: 'soon',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['on', 'openClaimsCents']);
  });
});
