import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { billingContext } from '../../billing/use-cases/billing-test-support.ts';
import { billedCustomers, CREDITOR_ID } from '../../collections/use-cases/direct-debit-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('direct debits and refunds over HTTP', (database) => {
  let server: HttpServer;
  let invoiceId = '';
  beforeAll(async () => {
    const billed = await billedCustomers(billingContext(database, '2027-01-01')(), [
      { id: 'CU-HD1' },
      { id: 'CU-HD2', kind: 'consumer' },
    ]);
    invoiceId = billed.get('CU-HD1')!.id;
    server = await httpServerOn(database(), Temporal.PlainDate.from('2027-01-04'));
  });
  afterAll(() => server.close());
  const post = (url: string, payload: object) => server.inject({ method: 'POST', url, payload });

  it('registers a mandate, collects under it in a pain.008 the API serves as XML, and revokes it', async () => {
    const mandate = {
      id: 'BIT-HD1',
      sellerId: 'bit',
      customerId: 'CU-HD1',
      scheme: 'CORE',
      iban: 'NL44RABO0123456789',
      debtorName: 'Customer CU-HD1',
      signedOn: '2026-12-30',
    };
    const registered = await post('/mandates', mandate);
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ id: 'BIT-HD1', state: 'active', firstCollectedOn: null });

    const batch = await post('/sellers/bit/direct-debit-batches', {
      collectionDate: '2027-01-05',
      creditorId: CREDITOR_ID,
    });
    expect(batch.statusCode).toBe(201);
    const { file, collections } = batch.json();
    expect(collections).toMatchObject([
      { invoiceId, mandateId: 'BIT-HD1', sequenceType: 'FRST', amountCents: 36_300 },
    ]);
    const again = await post('/sellers/bit/direct-debit-batches', {
      collectionDate: '2027-01-05',
      creditorId: CREDITOR_ID,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ file: null, collections: [] });

    const xml = await server.inject(`/bank-files/${file.id}`);
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    expect(xml.body).toContain(`<EndToEndId>${collections[0].endToEndId}</EndToEndId>`);
    expect(xml.body).toContain('<MndtId>BIT-HD1</MndtId>');

    const revoked = await post('/mandates/BIT-HD1/revoke', { on: '2027-01-04' });
    expect(revoked.json()).toMatchObject({ state: 'revoked', revokedOn: '2027-01-04' });
    const listed = await server.inject('/customers/CU-HD1/mandates');
    expect(listed.json()).toMatchObject([
      { id: 'BIT-HD1', state: 'revoked', firstCollectedOn: '2027-01-05' },
    ]);
  });

  it('answers bad input with problem+json naming the fields, an unknown file with 404, no refund with 200', async () => {
    const bad = await post('/mandates', {
      id: 'M 2',
      sellerId: 'bit',
      customerId: 'CU-HD2',
      scheme: 'B2B',
      iban: 'NL44RABO0123456789',
      debtorName: 'Consumer',
      signedOn: '2027-01-04',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['id', 'scheme']);
    const soon = await post('/sellers/bit/direct-debit-batches', {
      collectionDate: '2027-01-04',
      creditorId: CREDITOR_ID,
    });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().errors).toMatchObject([{ field: 'collectionDate' }]);
    expect((await server.inject('/bank-files/BF-0')).statusCode).toBe(404);
    const refunds = await post('/sellers/bit/refund-batches', {});
    expect(refunds.statusCode).toBe(200);
    expect(refunds.json()).toEqual({
      sellerId: 'bit',
      executionDate: '2027-01-04',
      file: null,
      refunds: [],
      skipped: [],
    });
  });
});
