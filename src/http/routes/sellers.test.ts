import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

const acme = {
  id: 'acme-fiber',
  legalName: 'Acme Fiber B.V.',
  profileId: 'bit-2016-10-25',
  kvkNumber: '12345678',
  vatId: 'NL123456782B01',
  iban: 'NL20INGB0001234567',
  address: { street: 'Stationsplein', houseNumber: '1', postcode: '3511 ED', city: 'Utrecht' },
  email: 'billing@acme.example',
  invoiceSeries: 'ACF',
};

describeEachStore('sellers over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
    server.inject({ method, url, payload });

  it('lists the shipped sellers and shows one', async () => {
    const list = await server.inject('/sellers');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((s: { id: string }) => s.id)).toEqual(['bit', 'vitrumnet']);
    const bit = await server.inject('/sellers/bit');
    expect(bit.json()).toMatchObject({
      id: 'bit',
      legalName: 'BIT B.V.',
      profileId: 'bit-2016-10-25',
      invoiceSeries: 'BIT',
      creditNoteSeries: 'BITC',
      address: { city: 'Ede', postcode: '6716 BP', country: 'NL' },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
    });
  });

  it('adds a seller, answering 201 with where it is', async () => {
    const added = await send('POST', '/sellers', acme);
    expect(added.statusCode).toBe(201);
    expect(added.headers.location).toBe('/sellers/acme-fiber');
    expect(added.json()).toMatchObject({
      id: 'acme-fiber',
      bic: null,
      phone: null,
      createdBy: expect.stringMatching(/^user:/),
    });
    expect((await server.inject('/sellers/acme-fiber')).json()).toEqual(added.json());
  });

  it('answers 400 problem+json naming every bad field', async () => {
    const shape = await send('POST', '/sellers', {
      ...acme,
      id: 'acme-2',
      kvkNumber: 12,
      colour: 'red',
      email: undefined,
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(
      shape
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['colour', 'email']);
    const formats = await send('POST', '/sellers', {
      ...acme,
      id: 'acme-2',
      kvkNumber: '1234',
      vatId: 'NL123456789B01',
      invoiceSeries: 'acf-2',
    });
    expect(formats.statusCode).toBe(400);
    expect(formats.json().errors).toEqual([
      { field: 'kvkNumber', problem: "must be 8 digits, not '1234'" },
      { field: 'vatId', problem: expect.stringMatching(/wrong check digit/) },
      {
        field: 'invoiceSeries',
        problem: "must be 1 to 10 capital letters and digits, e.g. BIT, not 'acf-2'",
      },
    ]);
  });

  it('answers 409 for a taken id or series', async () => {
    const taken = await send('POST', '/sellers', { ...acme, invoiceSeries: 'OTHER' });
    expect(taken.statusCode).toBe(409);
    const series = await send('POST', '/sellers', { ...acme, id: 'acme-3', invoiceSeries: 'BIT' });
    expect(series.statusCode).toBe(409);
    expect(series.json().detail).toMatch(/invoice series 'BIT' is already used by seller 'bit'/);
  });

  it('changes a seller with PATCH, and answers 404 for an unknown one', async () => {
    const patched = await send('PATCH', '/sellers/vitrumnet', {
      phone: '010 123 4567',
      creditNoteSeries: 'VNC',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      phone: '+31101234567',
      creditNoteSeries: 'VNC',
      invoiceSeries: 'VN',
    });
    const bad = await send('PATCH', '/sellers/vitrumnet', { id: 'vn', profileId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['id']);
    const unknownProfile = await send('PATCH', '/sellers/vitrumnet', { profileId: 'nope' });
    expect(unknownProfile.json().errors).toEqual([
      { field: 'profileId', problem: "'nope' is not a known terms profile; add the profile first" },
    ]);
    expect((await server.inject('/sellers/acme')).statusCode).toBe(404);
    expect((await send('PATCH', '/sellers/acme', { phone: null })).statusCode).toBe(404);
  });
});
