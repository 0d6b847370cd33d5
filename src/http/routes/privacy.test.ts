import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { recordPayment } from '../../collections/index.ts';
import { cancelContract } from '../../contracts/index.ts';
import {
  billPendingCharges,
  on,
  personOf,
  seedCustomerWithHistory,
} from '../../customers/use-cases/privacy-test-support.ts';
import type { Seeded } from '../../customers/use-cases/privacy-test-support.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('HTTP privacy: /customers/:id/data-export and /erase', (database) => {
  const db = () => database().db;
  const person = personOf('H', '60000006');
  let server: HttpServer;
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = await seedCustomerWithHistory(db, person, 'BIT-920001');
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-03-10'));
  });
  afterAll(async () => server?.close());

  const erase = (reason: unknown) =>
    server.inject({ method: 'POST', url: `/customers/${seeded.customerId}/erase`, payload: { reason } });

  it('exports the data as a JSON document to download', async () => {
    const answer = await server.inject({ method: 'GET', url: `/customers/${seeded.customerId}/data-export` });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="customer-${seeded.customerId}.json"`,
    );
    const document = answer.json<{ tables: Record<string, Record<string, unknown>[]> }>();
    expect(document.tables.customers![0]).toMatchObject({ legal_name: person.legalName });
    expect(document.tables.customer_contacts![0]).toMatchObject({ name: person.contactName });
    const missing = await server.inject({ method: 'GET', url: '/customers/CU-404404/data-export' });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses to erase while the contract runs (409 naming it), and without a reason (400)', async () => {
    const running = await erase('request');
    expect(running.statusCode).toBe(409);
    expect(running.json<{ detail: string }>().detail).toContain(`contract ${seeded.contractId}`);
    const noReason = await erase('');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
  });

  it('erases once the contract has ended and the invoice is paid; a second erase changes nothing', async () => {
    await cancelContract(on(db, '2026-03-04'), { contractId: seeded.contractId });
    const unbilled = await erase('request');
    expect(unbilled.statusCode).toBe(409);
    expect(unbilled.json<{ detail: string }>().detail).toMatch(/charge CH-\d+ .* is not yet invoiced/);
    await billPendingCharges(db(), seeded.customerId, seeded.invoiceId);
    const open = await erase('request');
    expect(open.statusCode).toBe(409);
    expect(open.json<{ detail: string }>().detail).toContain('invoice BIT-920001 is open');
    await recordPayment(on(db, '2026-03-05'), {
      sellerId: 'bit',
      customerId: seeded.customerId,
      amountCents: seeded.invoiceTotalCents,
      valueDate: Temporal.PlainDate.from('2026-03-05'),
    });
    const erased = await erase('request by letter of 2026-03-09');
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({
      customerId: seeded.customerId,
      erased: true,
      because: ['vn:5.1', 'nl:vat'],
    });
    const shown = await server.inject({ method: 'GET', url: `/customers/${seeded.customerId}` });
    expect(shown.json()).toMatchObject({ legalName: `Erased customer ${seeded.customerId}`, contacts: [] });
    const again = await erase('again');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ erased: false, changed: {} });
  });
});
