import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aReport, seedFaultNetwork } from '../../src/operations/use-cases/fault-test-support.ts';
import { createTestUser, userTokenFor } from '../support/users.ts';
import {
  END_USER_NAME,
  seedNoticeCustomer,
  seedProviderOrderNetwork,
  seedTermsCustomer,
} from './portal-journeys-seed.ts';
import type { NoticeSeed, ProviderSeed, TermsSeed } from './portal-journeys-seed.ts';
import { expectAccessible } from './support/accessibility.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The portals' journeys of issue 8, in Chromium against the real server:
 *  1. provider order to active: a provider's user orders its service for an end user with the
 *     signed form's file (vn:2.3.3), which the operator and the provider can download, the operator
 *     accepts, plans, programs, releases and activates it, and the provider sees it active;
 *  2. customer notice: a customer's contact opens a contract, sees the effective end date notice
 *     today gives and the rule ids behind it, confirms, and sees the notice recorded;
 *  3. customer fault, and provider fault: each reports a fault on its service and follows it;
 *  4. terms objection: a customer sees a new version of the terms with its window, objects with
 *     reasons, and sees the objection recorded (vn:1.1.4).
 * Dates in Dutch notation; the harness's clock stands on 22 November 2026.
 */

const dutch = (iso: string) => iso.split('-').reverse().join('-');

describe.skipIf(!chromiumAvailable)('portal journeys in the browser', () => {
  let harness: BrowserHarness;
  let network: ProviderSeed;
  let notice: NoticeSeed;
  let terms: TermsSeed;
  /** The operator's side calls the API as an admin with an API token (the NOC and billing steps). */
  let operator = '';

  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
    const { db } = harness.app.database;
    network = await seedProviderOrderNetwork(db);
    notice = await seedNoticeCustomer(db);
    terms = await seedTermsCustomer(db);
    const admin = await createTestUser(db, { role: 'admin', name: 'Anna Admin' });
    operator = `Bearer ${await userTokenFor(db, admin.id)}`;
  }, 60_000);
  afterAll(async () => harness?.close());

  it('provider order to active: order with the signed form, the operator delivers, the provider sees it active', async () => {
    const { db } = harness.app.database;
    const user = await createTestUser(db, {
      role: 'provider',
      providerId: network.providerId,
      name: 'Gijs Glasnet',
    });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.waitForURL('**/app/provider');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Bestellingen');
    await harness.screenshot(page, 'provider-orders-empty');

    await page.getByRole('link', { name: 'Nieuwe bestelling' }).first().click();
    await page.waitForURL('**/app/provider/orders/new');
    await page.getByLabel('Eindgebruiker (klantnummer)').fill(network.endUserId);
    await page
      .getByLabel('Uw dienst')
      .selectOption({ label: 'Glasnet internet 1 Gbit/s (GLASNET-1000, vitrumnet)' });
    await page.getByLabel('Aansluitpunt (NAP)').fill(network.napId);
    await page.getByLabel('Gewenste opleverdatum').fill('2026-11-22');
    const signedForm = Buffer.from(
      '%PDF-1.4\n% aanvraagformulier Korenaar, getekend door Els de Wit\n%%EOF\n',
    );
    await page.getByLabel('Ondertekend bestelformulier').setInputFiles({
      name: 'aanvraagformulier-korenaar.pdf',
      mimeType: 'application/pdf',
      buffer: signedForm,
    });
    await page.getByLabel('Ondertekend door').fill('Els de Wit');
    await page.getByLabel('Ondertekend op').fill('2026-11-20');
    await harness.screenshot(page, 'provider-new-order');
    await page.getByRole('button', { name: 'Bestelling indienen' }).click();
    const submitted = page.getByRole('heading', { name: /Bestelling ingediend: / });
    await submitted.waitFor();
    const orderId = (await submitted.textContent())!.replace('Bestelling ingediend: ', '').trim();
    await expect(page.getByRole('status').getByText('Ingediend', { exact: true }).count()).resolves.toBe(1);
    // The fingerprint shown is the server's, of the file it received and keeps.
    await expect
      .poll(() => page.getByRole('status').locator('code').textContent())
      .toBe(createHash('sha256').update(signedForm).digest('hex'));
    await harness.screenshot(page, 'provider-order-submitted');
    const download = page.getByRole('link', { name: 'Formulier downloaden' });
    const fromPortal = await page.request.get((await download.getAttribute('href'))!);
    expect(fromPortal.status()).toBe(200);
    expect(fromPortal.headers()['content-type']).toBe('application/pdf');
    expect((await fromPortal.body()).equals(signedForm)).toBe(true);
    const fromOperator = await harness.server.inject({
      method: 'GET',
      url: `/network-orders/${orderId}/signed-form`,
      headers: { authorization: operator },
    });
    expect(fromOperator.statusCode).toBe(200);
    expect(fromOperator.rawPayload.equals(signedForm)).toBe(true);

    // The operator's side: accept, plan today, program, release, the charges paid, activate.
    const step = async (url: string, payload: object = {}) => {
      const answer = await harness.server.inject({
        method: 'POST',
        url,
        payload,
        headers: { authorization: operator },
      });
      expect(answer.statusCode, answer.body).toBe(200);
    };
    await step(`/network-orders/${orderId}/accept`);
    await step(`/network-orders/${orderId}/plan`, { plannedOn: '2026-11-22' });
    await page.goto('/app/provider');
    const row = page.getByRole('row', { name: new RegExp(orderId) });
    await row.getByText('Ingepland').waitFor();
    await expect(row.getByText('22-11-2026').count()).resolves.toBeGreaterThanOrEqual(2);
    await harness.screenshot(page, 'provider-order-planned');
    await expectAccessible(page, 'provider portal home');
    await step(`/network-orders/${orderId}/program`);
    await step(`/network-orders/${orderId}/release`);
    await step(`/network-orders/${orderId}/payments`, { charge: 'first-invoice' });
    await step(`/network-orders/${orderId}/payments`, { charge: 'one-time-charges' });
    await step(`/network-orders/${orderId}/activate`);

    await page.reload();
    const active = page.getByRole('row', { name: new RegExp(orderId) });
    await active.getByText('Actief').waitFor();
    await expect(active.getByText(END_USER_NAME).count()).resolves.toBe(1);
    await expect(active.getByText(network.productId, { exact: true }).count()).resolves.toBe(1);
    await harness.screenshot(page, 'provider-order-active');

    // Its faults screen: the new service to report on, and its (empty) list.
    await page.goto('/app/provider/faults');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Storingen');
    const options = page.getByLabel('Dienst met de storing').locator('option');
    await options.nth(1).waitFor({ state: 'attached' });
    await expect(options.count()).resolves.toBe(2);
    await harness.screenshot(page, 'provider-faults');
  }, 60_000);

  it('customer notice: open a contract, see the effective date and why, confirm, see it recorded', async () => {
    const { db } = harness.app.database;
    const user = await createTestUser(db, {
      role: 'customer',
      customerId: notice.customerId,
      name: 'Pieter Smit',
    });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.waitForURL('**/app/portal');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Mijn contracten');
    const row = page.getByRole('row', { name: new RegExp(notice.contractId) });
    await row.getByText('Lopend').waitFor();
    await expect(row.getByText('bit:12.1', { exact: false }).count()).resolves.toBe(1);
    const listedEnd = (await row.locator('strong').textContent())!;
    expect(listedEnd).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    await harness.screenshot(page, 'customer-contracts');
    await expectAccessible(page, 'customer portal home');

    await row.getByRole('link', { name: notice.contractId }).click();
    await page.waitForURL(`**/app/portal/contracts/${notice.contractId}`);
    await page
      .getByRole('heading', { level: 1, name: `Contract ${notice.contractId} — Colocatie 1U, Ede` })
      .waitFor();
    await page.getByRole('button', { name: 'Opzegging voorbereiden' }).click();
    const effective = page.getByTestId('notice-effective-end');
    await effective.waitFor();
    const shownEnd = (await effective.textContent())!;
    expect(shownEnd).toBe(listedEnd);
    await expect(page.getByText('Als u vandaag opzegt (22-11-2026)', { exact: false }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByLabel(/^Regels: .*bit:12\.1/).count()).resolves.toBe(1);
    await harness.screenshot(page, 'customer-notice-preview');

    await page.getByRole('button', { name: 'Opzegging bevestigen' }).click();
    await page.getByText('Uw opzegging is vastgelegd.', { exact: false }).waitFor();
    await expect(page.getByRole('status').locator('strong').textContent()).resolves.toBe(shownEnd);
    await page.getByText('Opgezegd', { exact: true }).first().waitFor();
    await harness.screenshot(page, 'customer-notice-recorded');

    // What the back office sees is what the customer was shown.
    const recorded = await harness.server.inject({
      method: 'GET',
      url: `/contracts/${notice.contractId}`,
      headers: { authorization: operator },
    });
    const timeline = (recorded.json() as { timeline: { effectiveEnd: string; endedBy: string } }).timeline;
    expect(timeline.endedBy).toBe('notice');
    expect(dutch(timeline.effectiveEnd)).toBe(shownEnd);

    // Its invoice, with the PDF to download, and the account statement.
    await page.goto('/app/portal/invoices');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Facturen');
    expect(notice.invoiceNumber).toMatch(/^BIT-/);
    const invoiceRow = page
      .getByRole('region', { name: 'Facturen en creditnota’s' })
      .getByRole('row', { name: new RegExp(notice.invoiceNumber!) });
    const total = (await invoiceRow.locator('td.num').textContent())!;
    expect(total).toMatch(/^€\s\d{1,3}(\.\d{3})*,\d{2}$/);
    const pdfLink = invoiceRow.getByRole('link', { name: /Downloaden/ });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.getByRole('heading', { name: 'Rekeningoverzicht' }).waitFor();
    const booked = page.getByRole('table', { name: 'Rekeningoverzicht' }).getByRole('row', {
      name: new RegExp(notice.invoiceNumber!),
    });
    await expect(booked.locator('td.num').first().textContent()).resolves.toBe(total);
    await harness.screenshot(page, 'customer-invoices');

    // The customer's other screens.
    for (const [path, heading, shot] of [
      ['/app/portal/faults', 'Storingen', 'customer-faults'],
      ['/app/portal/terms', 'Voorwaarden', 'customer-terms'],
    ] as const) {
      await page.goto(path);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
        .toBe(heading);
      await page.waitForLoadState('networkidle');
      await harness.screenshot(page, shot);
    }
    await page.getByText('Er zijn geen nieuwe voorwaarden voor uw contracten.').waitFor();
  }, 60_000);

  it('provider fault: report a fault on its own service, then see it in its list with its state and SLA', async () => {
    const { db } = harness.app.database;
    const service = await seedFaultNetwork(db, { fiberCount: 96, providerId: network.providerId });
    const user = await createTestUser(db, {
      role: 'provider',
      providerId: network.providerId,
      name: 'Fenna Foutmelding',
    });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.waitForURL('**/app/provider');
    await page.goto('/app/provider/faults');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Storingen');
    await page.getByRole('region', { name: 'Gemelde storingen' }).waitFor();
    const form = page.getByRole('region', { name: 'Storing melden' });
    await form
      .getByLabel('Dienst met de storing')
      .locator(`option[value="${service.serviceId}"]`)
      .waitFor({ state: 'attached' });
    await form.getByLabel('Dienst met de storing').selectOption(service.serviceId);
    await form.getByLabel('Soort storing').selectOption('fiber-break');
    await form.getByLabel('Omschrijving van de storing').fill('Geen licht op de verbinding sinds 08:40');
    await expect.poll(() => form.getByLabel('Naam melder').inputValue()).toBe('Fenna Foutmelding');
    await form.getByLabel('Naam klant').fill(aReport.customerName);
    await form.getByLabel('Contactpersoon', { exact: true }).fill(aReport.contactPerson);
    await form.getByLabel('Telefoon contactpersoon').fill(aReport.contactPhone);
    await form.getByLabel('Telefoon tijdens kantooruren').fill(aReport.phoneOfficeHours);
    await form.getByLabel('Telefoon buiten kantooruren').fill(aReport.phoneOutsideOfficeHours);
    await form.getByLabel('Eindpunt A (adres)').fill(aReport.endPointA);
    await form.getByLabel('Eindpunt B (adres)').fill(aReport.endPointB);
    await harness.screenshot(page, 'provider-fault-form');
    await form.getByRole('button', { name: 'Storing melden' }).click();
    const reported = form.getByRole('status');
    await reported.waitFor();
    const ticketId = (await reported.locator('strong').textContent())!;
    expect(ticketId).toMatch(/\S/);

    // Its list shows the new ticket with its state and the SLA clock of a 96-fiber cable.
    const row = page
      .getByRole('region', { name: 'Gemelde storingen' })
      .getByRole('row', { name: new RegExp(`^${ticketId} `) });
    await row.getByText('Ontvangen').waitFor();
    await expect.poll(() => row.getByText(service.serviceId, { exact: true }).count()).toBe(1);
    await expect.poll(() => row.getByText('Glasvezelbreuk').count()).toBe(1);
    await expect.poll(() => row.getByText('Geen licht op de verbinding sinds 08:40').count()).toBe(1);
    await expect.poll(() => row.getByText('Klok loopt').count()).toBe(1);
    await expect
      .poll(() => row.getByText(/uiterlijk hersteld: \d{2}-\d{2}-\d{4} \d{2}:\d{2}/).count())
      .toBe(1);
    await harness.screenshot(page, 'provider-fault-reported');

    // The operator's side has it as the provider's report.
    const ticket = await harness.server.inject({
      method: 'GET',
      url: `/faults/${ticketId}`,
      headers: { authorization: operator },
    });
    expect(ticket.json()).toMatchObject({
      id: ticketId,
      serviceId: service.serviceId,
      state: 'acknowledged',
    });
  }, 60_000);

  it('terms objection: see the new version and its window, object with reasons, see the objection recorded', async () => {
    const { db } = harness.app.database;
    const user = await createTestUser(db, {
      role: 'customer',
      customerId: terms.customerId,
      name: 'Marieke Verhoef',
    });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.waitForURL('**/app/portal');
    await page.goto('/app/portal/terms');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Voorwaarden');
    const card = page.getByRole('region', { name: 'Algemene voorwaarden Access en Koppelingen 2.6' });
    await card.waitFor();
    const facts = card.locator('dl');
    const fact = (term: string) => facts.locator(`dt:text-is("${term}") + dd`);
    await expect
      .poll(() => fact('Contract').textContent())
      .toBe(`${terms.contractId} — Toegang, Bleskensgraaf`);
    await expect.poll(() => fact('Gepubliceerd').textContent()).toBe('16-11-2026');
    // vn:1.1.4: 30 days from publication for the objection.
    await expect.poll(() => fact('Bezwaar mogelijk tot en met').textContent()).toBe('16-12-2026');
    await expect.poll(() => card.getByText('vn:1.1.4').count()).toBeGreaterThanOrEqual(1);
    await harness.screenshot(page, 'customer-terms-change');

    await card
      .getByLabel('Redenen van uw bezwaar')
      .fill('De opzegtermijn van drie maanden past niet bij ons seizoen.');
    await card.getByRole('button', { name: 'Bezwaar indienen' }).click();
    await expect.poll(() => fact('Bezwaar gemaakt op').textContent(), { timeout: 15_000 }).toBe('22-11-2026');
    await expect.poll(() => fact('Besluit').textContent()).toBe('Nog geen besluit');
    await expect.poll(() => card.getByRole('button', { name: 'Bezwaar indienen' }).count()).toBe(0);
    await harness.screenshot(page, 'customer-terms-objected');

    // The operator's objections list has it, awaiting a decision.
    const objections = await harness.server.inject({
      method: 'GET',
      url: `/back-office/sales/terms-objections?versionId=${terms.versionId}`,
      headers: { authorization: operator },
    });
    expect(objections.json().items).toEqual([
      expect.objectContaining({
        contractId: terms.contractId,
        receivedOn: '2026-11-22',
        reasons: 'De opzegtermijn van drie maanden past niet bij ons seizoen.',
        outcome: null,
      }),
    ]);
  }, 60_000);

  it('customer fault: report a fiber break on its service with the vn:6.4.9 items, then follow it with its SLA deadlines', async () => {
    const { db } = harness.app.database;
    const network = await seedFaultNetwork(db, { fiberCount: 48 });
    const user = await createTestUser(db, {
      role: 'customer',
      customerId: network.customerId,
      name: 'Jan de Vries',
    });
    const page = await harness.newPage();
    await signIn(page, user.email, user.password);
    await page.goto('/app/portal/faults');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Storingen');
    const form = page.getByRole('region', { name: 'Storing melden' });
    await form.getByLabel('Dienst met de storing').selectOption(network.serviceId);
    await form.getByLabel('Soort storing').selectOption('fiber-break');
    await form.getByLabel('Omschrijving van de storing').fill(aReport.description);
    await form.getByLabel('Naam klant').fill(aReport.customerName);
    await form.getByLabel('Telefoon contactpersoon').fill(aReport.contactPhone);
    await form.getByLabel('Telefoon tijdens kantooruren').fill(aReport.phoneOfficeHours);
    await form.getByLabel('Telefoon buiten kantooruren').fill(aReport.phoneOutsideOfficeHours);
    await form.getByLabel('Eindpunt A (adres)').fill(aReport.endPointA);
    await form.getByLabel('Eindpunt B (adres)').fill(aReport.endPointB);
    await harness.screenshot(page, 'customer-fault-form');
    await form.getByRole('button', { name: 'Storing melden' }).click();
    const reported = form.getByRole('status');
    await reported.waitFor();
    const ticketId = (await reported.locator('strong').textContent())!;
    const row = page.getByRole('row', { name: new RegExp(`^${ticketId} `) });
    await row.getByText('Ontvangen').waitFor();
    await expect(row.getByText('Glasvezelbreuk').count()).resolves.toBe(1);
    await expect(row.getByText('Klok loopt').count()).resolves.toBe(1);
    await expect(row.getByText(/uiterlijk hersteld: \d{2}-\d{2}-\d{4} \d{2}:\d{2}/).count()).resolves.toBe(1);
    await harness.screenshot(page, 'customer-fault-reported');
  }, 60_000);
});
