import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('the network inventory over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
    await seedCustomers(database().db, ['CU-H1']);
  });
  afterAll(() => server.close());

  const post = (url: string, payload?: object) =>
    server.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  const get = (url: string) => server.inject({ method: 'GET', url });
  const address = { street: 'Galileïlaan', houseNumber: '19', postcode: '6716bp', city: 'Ede' };
  const ids = { premises: '', nap: '', zNap: '', cpe: '', link: '' };

  it('records a premises, a cable and a NAP, and activates the NAP', async () => {
    const premises = await post('/premises', { address, customerId: 'CU-H1' });
    expect(premises.statusCode).toBe(201);
    ids.premises = premises.json().id;
    expect(premises.headers.location).toBe(`/premises/${ids.premises}`);
    expect(premises.json()).toMatchObject({
      address: { postcode: '6716 BP', country: 'NL' },
      naps: [],
      cpe: [],
    });
    const cable = await post('/cables', { id: 'EDE-07', fiberCount: 96 });
    expect(cable.statusCode).toBe(201);
    const nap = await post('/naps', { premisesId: ids.premises, cableId: 'EDE-07', fiber: 4 });
    expect(nap.statusCode).toBe(201);
    ids.nap = nap.json().id;
    expect(nap.json()).toMatchObject({ fiberCount: 96, fiber: 4, state: 'planned' });
    const active = await post(`/naps/${ids.nap}/state`, { state: 'active', on: '2026-11-20' });
    expect(active.statusCode).toBe(200);
    expect(active.json()).toMatchObject({ state: 'active', activatedOn: '2026-11-20' });
    const other = await post('/premises', { address: { ...address, houseNumber: '21' } });
    const zNap = await post('/naps', { premisesId: other.json().id, cableId: 'EDE-07', fiber: 5 });
    ids.zNap = zNap.json().id;
    expect((await get(`/cables/EDE-07`)).json().naps.map((n: { id: string }) => n.id)).toEqual([
      ids.nap,
      ids.zNap,
    ]);
    expect((await get('/cables?limit=10')).json()).toMatchObject({ total: 1, items: [{ id: 'EDE-07' }] });
  });

  it('refuses a link until the A end has a switch, and the Z end is active (409, vn:2.2.1)', async () => {
    const refused = await post('/links', {
      customerId: 'CU-H1',
      aNapId: ids.nap,
      z: { napId: ids.zNap },
      bandwidthMbps: 1000,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().detail).toBe(
      `cannot order this link: A end: no switch is installed at premises ${ids.premises} of ${ids.nap} (vn:2.2.1); ` +
        `Z end: ${ids.zNap} is planned, not active (vn:2.2.1)`,
    );
  });

  it('registers a switch and installs it, saying when the risk passes; a second installation is refused', async () => {
    const device = await post('/cpe', { serialNumber: 'sn-h1', model: 'Zyxel', ports: 8, sticker: 'VZ-H1' });
    expect(device.statusCode).toBe(201);
    ids.cpe = device.json().id;
    expect(device.json()).toMatchObject({ serialNumber: 'SN-H1', state: 'in-stock' });
    expect(
      (await post('/cpe', { serialNumber: 'SN-H1', model: 'Zyxel', ports: 8, sticker: 'x' })).statusCode,
    ).toBe(409);
    const installed = await post(`/cpe/${ids.cpe}/install`, {
      customerId: 'CU-H1',
      premisesId: ids.premises,
      ownership: 'lent',
      depositCents: 15000,
      installedOn: '2026-11-21',
    });
    expect(installed.statusCode).toBe(200);
    expect(installed.json()).toMatchObject({
      state: 'installed',
      premisesId: ids.premises,
      riskPassesOn: { value: '2026-11-21', because: ['vn:2.1.12'], figures: { passedAt: 'installation' } },
      owner: { value: 'operator' },
    });
    const again = await post(`/cpe/${ids.cpe}/install`, {
      customerId: 'CU-H1',
      premisesId: ids.premises,
      ownership: 'lent',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(`is installed at premises ${ids.premises} for customer CU-H1`);
    expect((await get(`/premises/${ids.premises}`)).json().cpe).toMatchObject([{ id: ids.cpe }]);
    expect((await get('/cpe?state=installed&customerId=CU-H1')).json()).toMatchObject({ total: 1 });
  });

  it('orders a link on the lowest free VLAN, lists it and the pool usage, and ends it', async () => {
    await post(`/naps/${ids.zNap}/state`, { state: 'active' });
    const link = await post('/links', {
      customerId: 'CU-H1',
      aNapId: ids.nap,
      z: { napId: ids.zNap },
      bandwidthMbps: 1000,
    });
    expect(link.statusCode).toBe(201);
    ids.link = link.json().id;
    expect(link.json()).toMatchObject({
      poolId: 'default',
      vlan: 100,
      zNapId: ids.zNap,
      zHandoff: null,
      endedOn: null,
    });
    expect((await get(`/links/${ids.link}`)).json()).toEqual(link.json());
    expect((await get(`/links?napId=${ids.zNap}&active=true`)).json()).toMatchObject({
      total: 1,
      items: [{ id: ids.link }],
    });
    const pools = (await get('/vlan-pools')).json();
    expect(pools.find((p: { id: string }) => p.id === 'default')).toEqual({
      id: 'default',
      first: 100,
      last: 3999,
      size: 3900,
      used: 1,
      free: 3899,
    });
    const ended = await post(`/links/${ids.link}/end`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: '2026-11-22' });
    expect((await post(`/links/${ids.link}/end`, { reason: 'again' })).statusCode).toBe(409);
  });

  it('takes the switch back and writes another off as lost', async () => {
    const returned = await post(`/cpe/${ids.cpe}/return`, { damageShare: '0.1', sticker: 'VZ-H1' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      state: 'returned',
      damageShare: '0.1',
      stickerPresent: true,
      premisesId: null,
    });
    const other = await post('/cpe', { serialNumber: 'SN-H2', model: 'Zyxel', ports: 8, sticker: 'VZ-H2' });
    const lost = await post(`/cpe/${other.json().id}/lost`, { reason: 'stolen from the van' });
    expect(lost.statusCode).toBe(200);
    expect(lost.json()).toMatchObject({ state: 'lost' });
    expect((await get(`/cpe/${other.json().id}`)).json()).toEqual(lost.json());
  });

  it('answers 400 naming every bad field, and 404 for what does not exist', async () => {
    const shape = await post('/links', {
      customerId: 'CU-H1',
      aNapId: ids.nap,
      z: {},
      bandwidthMbps: 0,
      colour: 'red',
    });
    expect(shape.statusCode).toBe(400);
    const cable = await post('/cables', { id: 'EDE-08', fiberCount: 36 });
    expect(cable.statusCode).toBe(400);
    expect(cable.json().errors).toEqual([
      {
        field: 'fiberCount',
        problem:
          "'36' is not a cable class of the repair-time table (vn:6.4.10); use one of 12, 24, 48, 96, 144, 192",
      },
    ]);
    const premises = await post('/premises', {
      address: { ...address, postcode: '6716' },
      customerId: 'CU-NONE',
    });
    expect(premises.statusCode).toBe(400);
    expect(premises.json().errors.map((e: { field: string }) => e.field)).toEqual(['address.postcode']);
    expect((await post('/cpe/CPE-0/return', { sticker: null })).statusCode).toBe(404);
    for (const url of ['/premises/PR-0', '/cables/NONE', '/naps/NAP-0', '/cpe/CPE-0', '/links/L-0'])
      expect((await get(url)).statusCode).toBe(404);
  });

  it('describes the routes under the network tag', async () => {
    const document = (await get('/openapi.json')).json();
    expect(document.tags).toContainEqual(expect.objectContaining({ name: 'network' }));
    expect(document.paths['/links'].post.tags).toEqual(['network']);
    expect(document.paths['/cpe/{id}/install'].post.summary).toMatch(/vn:2\.1\.12/);
  });
});
