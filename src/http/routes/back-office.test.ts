import { afterAll, beforeAll, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { getAttention } from '../../back-office/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedBackOfficeContracts, seedBackOfficeFigures } from '../../../test/support/back-office-seed.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import type { HttpServer } from '../server.ts';

// The figures are worked by hand in test/support/back-office-seed.ts (today 2026-11-22).
describeEachStore('the back-office home and dashboards over HTTP', (database) => {
  let server: HttpServer;
  let contracts: string[] = [];
  beforeAll(async () => {
    await seedBackOfficeFigures(database().db);
    server = await httpServerOn(database(), Temporal.PlainDate.from('2026-11-22'));
    contracts = await seedBackOfficeContracts(server);
  });
  afterAll(() => server.close());

  const get = async (url: string) => {
    const response = await server.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const counts = (attention: { sections: Record<string, { count: number }> }) =>
    Object.fromEntries(Object.entries(attention.sections).map(([key, section]) => [key, section.count]));

  it('lists what needs attention today, each section with its count and first items', async () => {
    const attention = await get('/back-office/attention');
    expect(attention).toMatchObject({ today: '2026-11-22', sellerId: null });
    expect(counts(attention)).toEqual({
      billRunsDue: 1,
      unmatchedPayments: 2,
      disputes: 1,
      dunningDue: 1,
      faults: 2,
      cpeReturns: 1,
      contractDates: 1,
      networkOrders: 1,
    });
    const { sections } = attention;
    // bit's 2026-Q4 run is issued; vitrumnet has none.
    expect(sections.billRunsDue.items).toEqual([
      expect.objectContaining({ sellerId: 'vitrumnet', detail: '2026-Q4' }),
    ]);
    expect(sections.unmatchedPayments.items.map((i: { id: string }) => i.id)).toEqual([
      'BO-PAY-4',
      'BO-PAY-5',
    ]);
    expect(sections.disputes.items[0]).toMatchObject({ id: 'BO-DSP-1', amount: '70.00', reference: 'BO-E' });
    // BO-C1: 200.00 (BO-A) + 508.20 (BO-B) overdue since 23-08 → the reminder (7 days); BO-C2's next
    // step (collection costs) is due only on 04-12, and its disputed invoice holds nothing back.
    expect(sections.dunningDue.items).toEqual([
      expect.objectContaining({
        customerId: 'BO-C1',
        detail: 'reminder',
        amount: '708.20',
        date: '2026-08-23',
      }),
    ]);
    expect(sections.faults.items).toEqual([
      expect.objectContaining({ id: 'BO-FLT-1', detail: 'breached', date: '2026-11-22T10:00:00Z' }),
      expect.objectContaining({ id: 'BO-FLT-2', detail: 'warning', date: '2026-11-22T12:00:00Z' }),
    ]);
    expect(sections.cpeReturns.items).toEqual([
      expect.objectContaining({ id: 'BO-CPE-1', detail: 'SN-OVERDUE', date: '2026-11-15' }),
    ]);
    expect(sections.contractDates.items).toEqual([
      expect.objectContaining({
        id: contracts[0],
        detail: 'notice-deadline',
        date: '2026-11-30',
        customerName: 'Customer BO-C1',
      }),
    ]);
    expect(sections.networkOrders.items).toEqual([
      expect.objectContaining({ id: 'BO-NO-1', reference: 'BO-TP-1', sellerId: 'bit' }),
    ]);
  });

  it("shows one seller's items only, and says nothing where a section is empty", async () => {
    expect(counts(await get('/back-office/attention?sellerId=vitrumnet'))).toEqual({
      billRunsDue: 1,
      unmatchedPayments: 1,
      disputes: 0,
      dunningDue: 0,
      faults: 2,
      cpeReturns: 0,
      contractDates: 0,
      networkOrders: 0,
    });
    const bit = await get('/back-office/attention?sellerId=bit');
    expect(counts(bit)).toMatchObject({ billRunsDue: 0, unmatchedPayments: 1, faults: 0, dunningDue: 1 });
    expect(bit.sections.faults.items).toEqual([]);
    expect((await server.inject('/back-office/attention?sellerId=nobody')).statusCode).toBe(404);
  });

  it('keeps a user limited to one seller to that seller', async () => {
    const context = {
      db: database().db,
      clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
      actor: { id: 'user:1', origin: 'test', sellerId: 'vitrumnet' },
    };
    const own = await getAttention(context, {});
    expect(own.sellerId).toBe('vitrumnet');
    expect(own.sections.unmatchedPayments.items.map((i) => i.id)).toEqual(['BO-PAY-5']);
    await expect(getAttention(context, { sellerId: 'bit' })).rejects.toThrow(/does not exist/);
  });

  it("answers a billing clerk limited to one seller with that seller's items only, over HTTP", async () => {
    const clerk = await createTestUser(database().db, { role: 'billing', sellerId: 'vitrumnet' });
    const authorization = `Bearer ${await userTokenFor(database().db, clerk.id)}`;
    const own = await server.inject({ url: '/back-office/attention', headers: { authorization } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ sellerId: 'vitrumnet' });
    expect(own.json().sections.unmatchedPayments.count).toBe(1);
    const other = await server.inject({
      url: '/back-office/attention?sellerId=bit',
      headers: { authorization },
    });
    expect(other.statusCode).toBe(403); // the permission matrix refuses another seller's id
    const ageing = await server.inject({
      url: '/back-office/dashboards/receivables-ageing',
      headers: { authorization },
    });
    expect(ageing.json()).toMatchObject({ sellerId: 'vitrumnet', sellers: [] });
  });

  it('sums recurring revenue per quarter, seller and product, credit notes subtracted', async () => {
    const revenue = await get('/back-office/dashboards/revenue?from=2026-07-01&to=2026-12-31');
    expect(revenue.quarters).toEqual(['2026-Q3', '2026-Q4']);
    expect(revenue.figures).toEqual([
      {
        quarter: '2026-Q3',
        sellerId: 'bit',
        productId: 'BO-P1',
        productName: 'Glasvezel 1 Gbit/s',
        amount: '300.00',
      },
      { quarter: '2026-Q3', sellerId: 'bit', productId: null, productName: null, amount: '120.00' },
      // 300.00 billed on 01-10, 100.00 credited on 05-11; the usage line and the draft count for nothing.
      {
        quarter: '2026-Q4',
        sellerId: 'bit',
        productId: 'BO-P1',
        productName: 'Glasvezel 1 Gbit/s',
        amount: '200.00',
      },
    ]);
    expect(revenue.totals).toEqual([
      { quarter: '2026-Q3', amount: '420.00' },
      { quarter: '2026-Q4', amount: '200.00' },
    ]);
    const byDefault = await get('/back-office/dashboards/revenue');
    expect(byDefault).toMatchObject({ from: '2026-01-01', to: '2026-11-22' });
    expect(byDefault.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const backwards = await server.inject('/back-office/dashboards/revenue?from=2026-12-01&to=2026-11-01');
    expect(backwards.statusCode).toBe(400);
  });

  it('ages the open amounts by days past due, an invoice 30 days late in 1–30 and 31 in 31–60', async () => {
    const ageing = await get('/back-office/dashboards/receivables-ageing');
    const bit = {
      notDue: '100.00', // BO-D, due today
      days1to30: '200.00', // BO-A: 363.00 − 121.00 credited − 42.00 paid, exactly 30 days late
      days31to60: '70.00', // BO-E, 31 days late (disputed, still receivable)
      days61to90: '30.00', // BO-F, 61 days late
      over90: '508.20', // BO-B, 91 days late; the returned payment pays nothing
      total: '908.20',
      invoices: 5,
    };
    expect(ageing).toEqual({
      asOf: '2026-11-22',
      sellerId: null,
      sellers: [{ sellerId: 'bit', ...bit }],
      total: bit,
    });
    // As things stood on 04-11: before the credit note and the payment on BO-A.
    const before = await get('/back-office/dashboards/receivables-ageing?asOf=2026-11-04&sellerId=bit');
    expect(before.total).toEqual({
      notDue: '100.00',
      days1to30: '433.00',
      days31to60: '30.00',
      days61to90: '508.20',
      over90: '0.00',
      total: '1071.20',
      invoices: 5,
    });
  });

  it('sums usage per month and usage product in its unit', async () => {
    const usage = await get('/back-office/dashboards/usage?from=2026-10-01&to=2026-11-30');
    expect(usage.months).toEqual(['2026-10', '2026-11']);
    expect(usage.figures).toEqual([
      {
        month: '2026-10',
        sellerId: 'bit',
        productId: 'BO-P2',
        productName: 'Dataverkeer',
        unit: 'GB',
        quantity: '19.75',
      },
      {
        month: '2026-11',
        sellerId: 'bit',
        productId: 'BO-P2',
        productName: 'Dataverkeer',
        unit: 'GB',
        quantity: '40',
      },
    ]);
  });
});
