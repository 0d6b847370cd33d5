import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

const utrecht = { street: 'Stationsplein', houseNumber: '1', postcode: '3511ED', city: 'Utrecht' };
const company = {
  legalName: 'Glasvezel Utrecht B.V.',
  kvkNumber: '30000001',
  email: 'factuur@gvu.example',
  billingAddress: utrecht,
};

describeEachStore('customers over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    server.inject({ method, url, ...(payload ? { payload } : {}) });
  let id = '';

  it('creates a customer with a fault contact, answering 201 with its fault readiness', async () => {
    const created = await send('POST', '/customers', {
      ...company,
      contacts: [{ name: 'NOC', roles: ['fault'], phoneOfficeHours: '030 123 4567' }],
    });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    expect(created.headers.location).toBe(`/customers/${id}`);
    expect(created.json()).toMatchObject({
      kind: 'business',
      billingAddress: { postcode: '3511 ED', country: 'NL' },
      contacts: [
        { name: 'NOC', roles: ['fault'], phoneOfficeHours: '+31301234567', phoneOutsideOfficeHours: null },
      ],
      faultReadiness: { ready: false, missing: ['faultContact.phoneOutsideOfficeHours'] },
      // The test admin's API token (test/support/app.ts) acts as that user.
      createdBy: expect.stringMatching(/^user:/),
    });
    expect((await server.inject(`/customers/${id}`)).json()).toEqual(created.json());
  });

  it('answers 400 problem+json naming every bad field, shape and format', async () => {
    const shape = await send('POST', '/customers', {
      ...company,
      kind: 'company',
      contacts: [{ name: 'X', roles: ['boss'] }],
      billingAddress: { ...utrecht, floor: 2 },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = shape.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'contacts.0.roles.0', 'billingAddress.floor']));
    const formats = await send('POST', '/customers', {
      ...company,
      kvkNumber: '3000000',
      vatId: 'NL123',
      iban: 'NL20INGB0001234568',
      billingAddress: { ...utrecht, postcode: '351 ED' },
      contacts: [{ name: 'X', roles: ['fault'], phoneOutsideOfficeHours: '06 123' }],
    });
    expect(formats.statusCode).toBe(400);
    expect(formats.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'kvkNumber',
      'vatId',
      'iban',
      'billingAddress.postcode',
      'contacts.0.phoneOutsideOfficeHours',
    ]);
  });

  it('answers 409 naming the customer that already has the KvK number', async () => {
    const duplicate = await send('POST', '/customers', { ...company, legalName: 'GVU' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toMatch(new RegExp(`^customer ${id} already has KvK number 30000001`));
  });

  it('lists and searches customers a page at a time', async () => {
    await send('POST', '/customers', {
      kind: 'consumer',
      legalName: 'A. de Boer',
      email: 'a@deboer.example',
      billingAddress: utrecht,
    });
    const page = await server.inject('/customers?limit=1');
    expect(page.json()).toMatchObject({
      total: 2,
      limit: 1,
      offset: 0,
      items: [{ legalName: 'A. de Boer' }],
    });
    const found = await server.inject('/customers?search=3000%200001');
    expect(found.json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    const bad = await server.inject('/customers?limit=0&offset=x');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['limit', 'offset']);
  });

  it('changes a customer with PATCH, and answers 404 for an unknown one', async () => {
    const patched = await send('PATCH', `/customers/${id}`, {
      iban: 'NL20INGB0001234567',
      deliveryAddress: null,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ iban: 'NL20INGB0001234567', contacts: [{ name: 'NOC' }] });
    const consumer = await send('PATCH', `/customers/${id}`, { kind: 'consumer' });
    expect(consumer.statusCode).toBe(400);
    expect(consumer.json().errors).toEqual([
      { field: 'kvkNumber', problem: expect.stringMatching(/^a consumer has no KvK number/) },
    ]);
    expect((await server.inject('/customers/CU-999999')).statusCode).toBe(404);
    expect((await send('PATCH', '/customers/CU-999999', { legalName: 'X' })).statusCode).toBe(404);
  });

  it('adds, changes and removes contacts, answering the fault readiness each time (vn:6.4.9)', async () => {
    const added = await send('POST', `/customers/${id}/contacts`, {
      name: 'On call',
      roles: ['fault', 'technical'],
      phoneOutsideOfficeHours: '06 12345678',
    });
    expect(added.statusCode).toBe(201);
    const contactId = added.json().contact.id as number;
    expect(added.headers.location).toBe(`/customers/${id}/contacts/${contactId}`);
    expect(added.json().customer.faultReadiness).toEqual({ ready: true, missing: [] });

    const changed = await send('PATCH', `/customers/${id}/contacts/${contactId}`, {
      email: 'oncall@gvu.example',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().contact).toMatchObject({
      id: contactId,
      email: 'oncall@gvu.example',
      roles: ['technical', 'fault'],
    });
    const bad = await send('PATCH', `/customers/${id}/contacts/${contactId}`, { phoneOfficeHours: 'none' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['phoneOfficeHours']);

    const removed = await send('DELETE', `/customers/${id}/contacts/${contactId}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().faultReadiness).toEqual({
      ready: false,
      missing: ['faultContact.phoneOutsideOfficeHours'],
    });
    expect((await send('DELETE', `/customers/${id}/contacts/${contactId}`)).statusCode).toBe(404);
    expect(
      (
        await send('POST', '/customers/CU-999999/contacts', {
          name: 'X',
          roles: ['primary'],
          email: 'x@x.example',
        })
      ).statusCode,
    ).toBe(404);
    expect((await send('DELETE', `/customers/${id}/contacts/abc`)).statusCode).toBe(400);
  });
});
