import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../src/demo/index.ts';
import type { DemoReport } from '../../src/demo/index.ts';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openPglite, queryRows } from '../../src/platform/database/index.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The demo operator as a newcomer meets it: loaded into an empty data folder by the same use cases as
 * real work, a year up to 22 November 2026. Its figures are the demo's own (the demo is seeded, so
 * the same every time); the API serves them, and every demo user signs in and sees real data.
 */

const today = Temporal.PlainDate.from('2026-11-22');

/** What the seeded year comes to (a change to the demo's history changes these on purpose). */
const DEMO_FIGURES = {
  customers: 300,
  contracts: 439,
  invoices: 951,
  creditNotes: 21,
  billRuns: 10, // both sellers, 2025-Q4 (begun on the first day, nothing to bill yet) to 2026-Q4
  payments: 966,
  unmatched: 13,
  dunningLetters: 266,
  disputes: 13,
  faults: 39,
  openFaults: 5,
  cpeReturned: 14,
};

describe.skipIf(!chromiumAvailable && process.env.CI !== 'true')('the demo operator', () => {
  let folder: string;
  let report: DemoReport;
  let harness: BrowserHarness;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-demo-'));
    const database = await openPglite(folder);
    await migrateDatabase(database);
    report = await loadDemo(database.db, { today });
    harness = await startBrowserHarness(import.meta.filename, {
      database,
      now: '2026-11-22T15:00:00+01:00[Europe/Amsterdam]',
    });
  }, 20 * 60_000);

  afterAll(async () => {
    await harness?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const get = async <T>(url: string): Promise<T> => {
    const response = await harness.server.inject({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  };
  const count = async (table: string, where = 'true'): Promise<number> => {
    const rows = await queryRows<{ n: number }>(
      harness.app.database.db,
      sql.raw(`select count(*)::int as n from ${table} where ${where}`),
    );
    return rows[0]!.n;
  };

  it('loads a year of history for 300 customers, and prints a user of every role', () => {
    expect(report).toMatchObject({ first: '2025-11-01', last: '2026-11-22', customers: 300 });
    expect(report.users.map((user) => user.role)).toEqual([
      'admin',
      'billing',
      'noc',
      'sales',
      'provider',
      'customer',
    ]);
  });

  it('has the figures of its year, and the API serves them', async () => {
    const figures = {
      customers: await count('customers'),
      contracts: await count('contracts'),
      invoices: await count('invoices', "kind = 'invoice' and state = 'issued'"),
      creditNotes: await count('invoices', "kind = 'credit-note'"),
      billRuns: await count('bill_runs', "state = 'issued'"),
      payments: await count('payments'),
      unmatched: await count('payments', 'customer_id is null'),
      dunningLetters: await count('dunning_letters'),
      disputes: await count('disputes'),
      faults: await count('fault_tickets'),
      openFaults: await count('fault_tickets', "state not in ('resolved', 'closed')"),
      cpeReturned: await count('cpe_devices', "state = 'returned'"),
    };
    expect(figures).toEqual(DEMO_FIGURES);
    expect((await get<{ total: number }>('/customers?limit=1')).total).toBe(figures.customers);
    expect((await get<{ total: number }>('/invoices?kind=invoice&state=issued&limit=1')).total).toBe(
      figures.invoices,
    );
    expect(await get<unknown[]>('/payments/unmatched')).toHaveLength(figures.unmatched);
    expect((await get<{ tickets: unknown[] }>('/faults?limit=500')).tickets).toHaveLength(figures.faults);
  });

  const signedIn = async (email: string): Promise<Page> => {
    const page = await harness.newPage();
    await signIn(page, email, DEMO_PASSWORD);
    return page;
  };

  it('the admin sees what needs attention today, filled from the year', async () => {
    const page = await signedIn('admin@demo.vezel.nl');
    await page.goto('/app/office');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Vandaag');
    const faults = page.getByRole('region', { name: /^Storingen bij of over het SLA-maximum/ });
    await faults
      .getByText(/FLT-\d+/)
      .first()
      .waitFor();
    await harness.screenshot(page, 'today');
    await page.goto('/app/office/dashboards');
    await page
      .getByRole('heading', { name: /SLA-prestaties per kabelklasse/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'dashboards');
  });

  it('billing finds the four quarters billed and the invoices of 300 customers', async () => {
    const page = await signedIn('billing@demo.vezel.nl');
    await page.goto('/app/office/bill-runs');
    await page
      .getByRole('row', { name: /2026-Q4/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'bill-runs');
    await page.goto('/app/office/invoices');
    await page.getByLabel('Verkoper').selectOption('bit');
    await page
      .getByRole('row', { name: /BIT-\d+/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'invoices');
    await page.goto('/app/office/dunning');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await harness.screenshot(page, 'dunning');
  });

  it('the NOC sees the fault board with open tickets and their SLA clocks', async () => {
    const page = await signedIn('noc@demo.vezel.nl');
    await page.goto('/app/office/faults');
    await page
      .getByRole('row', { name: /FLT-\d+/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'faults');
  });

  it('sales finds 300 customers, and a customer’s page with its contracts and timeline', async () => {
    const page = await signedIn('sales@demo.vezel.nl');
    await page.goto('/app/office/customers');
    await page
      .getByText(/ van 300$/)
      .first()
      .waitFor();
    await harness.screenshot(page, 'customers');
    await page.getByRole('row').nth(1).getByRole('link').first().click();
    await page.waitForURL(/\/app\/office\/customers\/.+/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await harness.screenshot(page, 'customer');
  });

  it('the provider follows its orders in the provider portal', async () => {
    const page = await signedIn('provider@demo.vezel.nl');
    await page.goto('/app/provider');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Bestellingen');
    await page.getByRole('row').nth(1).waitFor();
    await harness.screenshot(page, 'provider-portal');
  });

  it('the customer sees its contracts and invoices in the customer portal', async () => {
    const page = await signedIn('klant@demo.vezel.nl');
    await page.goto('/app/portal');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Mijn contracten');
    await page
      .getByRole('row', { name: /Lopend/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'customer-portal');
    await page.goto('/app/portal/invoices');
    await page
      .getByRole('row', { name: /BIT-\d+/ })
      .first()
      .waitFor();
    await harness.screenshot(page, 'customer-portal-invoices');
  });
});
