import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, userTokenFor } from '../support/users.ts';
import { expectAccessible } from './support/accessibility.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The customer and contract pages, as an admin walks them: find a customer, open it, see its
 * contract, open the contract, read a date's rules on its timeline, give notice and see the end.
 */

const colocation = {
  contractKind: 'fixed-term',
  service: 'colocation',
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30000,
  oneTimeCents: 15000,
  orderTotalInclVatCents: 163350,
};

describe.skipIf(!chromiumAvailable)('the customer and contract pages', () => {
  let harness: BrowserHarness;
  let admin: { email: string; password: string };
  let contractId: string;

  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
    const db = harness.app.database.db;
    const user = await createTestUser(db, { role: 'admin', name: 'Anna Admin' });
    admin = user;
    const authorization = `Bearer ${await userTokenFor(db, user.id)}`;

    const post = async (url: string, payload: object) => {
      const answer = await harness.server.inject({
        method: 'POST',
        url,
        payload,
        headers: { authorization },
      });
      if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.body}`);
      return answer.json();
    };
    const customer = await post('/customers', {
      kind: 'business',
      legalName: 'Glasvezel Gelderland B.V.',
      kvkNumber: '09123456',
      email: 'facturen@glasvezel-gelderland.example',
      billingAddress: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede' },
      contacts: [{ name: 'Piet Storing', roles: ['fault'], email: 'noc@glasvezel-gelderland.example' }],
    });
    await post('/customers', {
      kind: 'consumer',
      legalName: 'J. de Vries',
      email: 'j.devries@example.nl',
      billingAddress: { street: 'Dorpsstraat', houseNumber: '1', postcode: '6711 AA', city: 'Ede' },
    });
    const order = await post('/orders', {
      profileId: 'bit-2016-10-25',
      customerId: customer.id,
      terms: colocation,
      receivedOn: '2026-01-05',
    });
    contractId = (await post(`/orders/${order.id}/confirm`, { on: '2026-01-06' })).contractId;
    await post(`/orders/${order.id}/activate`, { on: '2026-02-01' });
  });
  afterAll(async () => harness?.close());

  it('finds a customer, opens it, its contract, reads a date’s rules and gives notice', async () => {
    const page = await harness.newPage();
    await signIn(page, admin.email, admin.password);

    await page.goto('/app/office/customers');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Klanten');
    await page.getByRole('row', { name: /J\. de Vries/ }).waitFor();
    await harness.screenshot(page, 'customers');
    await expectAccessible(page, 'customers');
    // Sorted on the server: the name header's button, pressed twice, turns the list from A–Z to Z–A.
    const firstRow = () => page.locator('tbody tr').first().textContent();
    await expect.poll(firstRow).toMatch(/Glasvezel Gelderland/);
    const nameHeader = page.getByRole('columnheader', { name: /^Naam/ });
    await nameHeader.getByRole('button').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(firstRow).toMatch(/J\. de Vries/);
    await page.getByRole('searchbox').fill('Gelderland');
    await page.getByRole('row', { name: /J\. de Vries/ }).waitFor({ state: 'detached' });
    // By keyboard: Tab from the search box reaches the row's link, named by the customer; Enter opens it.
    const customerLink = page.getByRole('link', { name: 'Glasvezel Gelderland B.V.' });
    await customerLink.waitFor();
    const focused = () => customerLink.evaluate((element) => element.matches(':focus'));
    await page.getByRole('searchbox').focus();
    for (let presses = 0; presses < 20 && !(await focused()); presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Glasvezel Gelderland B.V.' }).waitFor();
    await expect(page.getByText('09123456').isVisible()).resolves.toBe(true);
    const contractRow = page.getByRole('row', { name: new RegExp(contractId) });
    await contractRow.waitFor();
    // 12 months from 01-02-2026, renewing: notice today (22-11-2026) ends it at the next term end.
    await expect(contractRow.textContent()).resolves.toMatch(/loopt.*bit-2016-10-25.*€\s?300,00/);
    await harness.screenshot(page, 'customer');
    await expectAccessible(page, 'customer');

    await page.getByRole('tab', { name: /Tijdlijn/ }).click();
    await page.getByRole('cell', { name: 'customer.created' }).waitFor();
    await expect(page.getByRole('cell', { name: /^order O-\d+$/ }).count()).resolves.toBeGreaterThan(1);
    await harness.screenshot(page, 'customer-timeline');
    await page.getByRole('tab', { name: /Contactpersonen/ }).click();
    await page.getByRole('cell', { name: 'Piet Storing' }).waitFor();
    await page.getByRole('tab', { name: /Facturen en betalingen/ }).click();
    await page.getByRole('heading', { name: 'Rekeningoverzicht' }).waitFor();
    await page.getByRole('link', { name: 'Download CSV' }).waitFor();
    await page.getByText(/Saldo per 22-11-2026/).waitFor();
    await harness.screenshot(page, 'customer-invoices');
    for (const [tab, shows] of [
      [/Diensten/, 'Geen diensten op het netwerk.'],
      [/Storingen/, 'Geen storingsmeldingen.'],
      [/Brieven/, 'Geen aanmaningen.'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByText(shows).waitFor();
    }
    await page.getByRole('tab', { name: /Apparatuur/ }).click();
    await page.getByRole('region', { name: 'Apparatuur en borgsommen' }).waitFor();
    await page.getByRole('tab', { name: /Brieven/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: /Apparatuur/ }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );

    await page.getByRole('tab', { name: /Contracten/ }).click();
    await page.getByRole('link', { name: contractId }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Contract ${contractId}`) }).waitFor();

    const deadline = page.getByRole('img', { name: /Uiterste opzegdatum/ });
    await deadline.locator('text').hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.textContent()).resolves.toMatch(/Uiterste opzegdatum.*bit:12\.1/);
    await harness.screenshot(page, 'contract-timeline-hover');
    // The same explanation on keyboard focus.
    await page.mouse.move(0, 0);
    await page.getByRole('img', { name: /Overeenkomst gesloten/ }).focus();
    await expect(tooltip.textContent()).resolves.toMatch(/Overeenkomst gesloten.*06-01-2026/);

    await page.getByRole('button', { name: 'Bereken einddatum' }).click();
    const preview = page.getByRole('status');
    await expect(preview.textContent()).resolves.toMatch(/eindigt het contract op\s*31-01-2027/);
    await harness.screenshot(page, 'contract-notice-preview');
    await expectAccessible(page, 'contract');
    await page.getByRole('button', { name: 'Opzegging bevestigen' }).click();
    await page.getByText(/Opgezegd\. Het contract eindigt op/).waitFor();
    await page.getByRole('heading', { level: 1, name: /opgezegd/ }).waitFor();
    await page.getByRole('img', { name: /31-01-2027 Einddatum/ }).waitFor();
    await harness.screenshot(page, 'contract-after-notice');
  });

  it('creates a customer with the form, naming each problem the API finds first', async () => {
    const page = await harness.newPage({ language: 'en' });
    await signIn(page, admin.email, admin.password);
    await page.goto('/app/office/customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.getByLabel('Kind').selectOption('consumer');
    await page.getByLabel('Legal name').fill('A. Jansen');
    await page.getByLabel('E-mail for invoices and letters').fill('a.jansen@example.nl');
    await page.getByLabel('Street').fill('Kerkstraat');
    await page.getByLabel('House number').fill('7');
    await page.getByLabel('Postcode').fill('67');
    await page.getByLabel('City', { exact: true }).fill('Ede');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/billingAddress\.postcode/);
    await harness.screenshot(page, 'new-customer-problem');
    await page.getByLabel('Postcode').fill('6711 AB');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'A. Jansen' }).waitFor();
    await expect(page.getByText('Kerkstraat 7, 6711 AB Ede').isVisible()).resolves.toBe(true);
    await harness.screenshot(page, 'new-customer-created');
  });
});
