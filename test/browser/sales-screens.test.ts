import { Temporal } from 'temporal-polyfill';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProduct } from '../../src/catalog/index.ts';
import { placeOrder, recordOrderAction } from '../../src/contracts/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import {
  providerContext,
  seedNap,
  seedProduct,
  seedProvider,
  signedFormOf,
} from '../../src/network/use-cases/network-order-test-support.ts';
import { submitNetworkOrder } from '../../src/network/use-cases/submit-network-order.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import { findShippedProfile } from '../../src/terms/index.ts';
import { createTestUser } from '../support/users.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The sales and catalog work screens of issue 8, in Chromium against the real server, signed in as
 * sales staff on 22 November 2026:
 *  1. a quote for BIT colocation made from the price list, accepted into an order, confirmed into a
 *     contract (bit:2.3);
 *  2. a provider's third-party order accepted, planned, programmed and released (vn:2.3.3);
 *  3. a price change from 1 January 2027 on the colocation product (bit:5.2);
 *  4. a new version of VitrumNet's terms published, an objection recorded and decided (vn:1.1.4).
 * Amounts in Dutch notation (the space after € is a no-break space in Intl's output).
 */

const euro = (text: string) => new RegExp(`€\\s${text.replace(/\./g, '\\.')}`);
/** What a person sees once the screen has caught up (the API answers, React renders). */
const seen = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
const version26 = { ...vitrumnet, id: 'vitrumnet-2.6-2026-11-22', version: '2.6', publishedOn: '2026-11-22' };

describe.skipIf(!chromiumAvailable)('sales screens in the browser', () => {
  let harness: BrowserHarness;
  let page: Page;
  let networkOrderId = '';
  let runningContract = '';
  let productId = '';

  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
    const db = harness.app.database.db;
    const on = (date: string): Context => ({
      db,
      clock: fixedClock(Temporal.PlainDate.from(date)),
      actor: { id: 'test', origin: 'test' },
    });
    ({ id: productId } = await addProduct(on('2026-11-01'), {
      sellerId: 'bit',
      code: 'COLO-1U-EDE',
      name: 'Colocatie 1U, Ede',
      kind: 'colocation',
      vatCategory: 'standard',
      firstPrice: { amountCents: 45_000 },
    }));
    await createCustomer(on('2026-11-01'), {
      kind: 'business',
      legalName: 'Serverhuis Veluwe B.V.',
      kvkNumber: '30281234',
      email: 'administratie@serverhuis.example',
      billingAddress: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede' },
    });
    // A running VitrumNet contract, told of the new terms when they are published.
    const bakery = await createCustomer(on('2026-01-05'), {
      kind: 'business',
      legalName: 'Bakkerij De Korenaar B.V.',
      kvkNumber: '24345678',
      email: 'administratie@korenaar.example',
      billingAddress: { street: 'Voorstraat', houseNumber: '12', postcode: '3311 ER', city: 'Dordrecht' },
    });
    const order = await placeOrder(on('2026-01-05'), {
      sellerId: 'vitrumnet',
      customerId: bakery.id,
      terms: {
        contractKind: 'fixed-term',
        service: 'access',
        description: 'Access, Dordrecht',
        termMonths: 24,
        paymentTermMonths: null,
        recurringCents: 4_500,
        oneTimeCents: 25_000,
        orderTotalInclVatCents: 30_250,
      },
    });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const formed = await recordOrderAction(on('2026-02-01'), { orderId: order.id, action: 'activate' });
    runningContract = formed.contract!.id;
    // A provider's order for the bakery, waiting for the operator.
    const provider = await seedProvider(db, 'Glasnet Drechtsteden');
    const submitted = await submitNetworkOrder(providerContext(db, provider), {
      kind: 'third-party-service',
      customerId: bakery.id,
      productId: await seedProduct(db, provider),
      napId: await seedNap(db, bakery.id),
      signedForm: signedFormOf('E. de Wit'),
    });
    networkOrderId = submitted.id;

    const seller = await createTestUser(db, { role: 'sales', email: 'sanne@vezel.example' });
    page = await harness.newPage();
    await signIn(page, seller.email, seller.password);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('makes a quote from the price list, accepts it into an order and confirms it into a contract', async () => {
    await page.goto('/app/office/quotes');
    await page.getByRole('heading', { level: 1, name: 'Offertes', exact: true }).waitFor();
    const form = page.getByRole('form', { name: 'Nieuwe offerte' });
    await form.getByLabel('Verkoper').selectOption('bit');
    await form.getByLabel(/Klant zoeken/).fill('Serverhuis');
    await expect
      .poll(() =>
        form
          .getByRole('combobox', { name: /^Klant/ })
          .locator('option:checked')
          .textContent(),
      )
      .toMatch(/Serverhuis Veluwe B\.V\./);
    await form.getByLabel('Product').selectOption(productId);
    await seen(() => form.getByLabel('Omschrijving').inputValue()).toBe('Colocatie 1U, Ede');
    await seen(() => form.getByLabel(/Periodiek bedrag/).inputValue()).toBe('450,00');
    await form.getByLabel('Soort contract').selectOption('indefinite');
    await form.getByLabel(/Looptijd/).fill('');
    await form.getByLabel(/Eenmalig bedrag/).fill('150,00');
    await form.getByLabel(/Totaal van de order/).fill('726,00');
    await form.getByRole('button', { name: 'Offerte maken' }).click();
    await seen(() => form.getByRole('status').textContent()).toMatch(
      /Offerte Q-\d+ gemaakt \(€\s726,00 incl\. btw\)/,
    );

    const list = page.getByRole('region', { name: 'Offertes' }).first();
    const row = list.getByRole('row', { name: /Serverhuis Veluwe/ });
    await seen(() => row.textContent()).toMatch(euro('450,00'));
    await seen(() => row.getByText('Open', { exact: true }).count()).toBe(1);
    await harness.screenshot(page, 'quotes');
    await row.getByRole('button', { name: /Aanvaard: order maken/ }).click();
    await seen(() => page.getByRole('status').filter({ hasText: 'aanvaard' }).textContent()).toMatch(
      /Offerte Q-\d+ aanvaard: order O-\d+ ontvangen\./,
    );
    await seen(() => row.getByText('Besteld').count()).toBe(1);

    await page.getByRole('link', { name: 'Naar de orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Orders', exact: true }).waitFor();
    const orderRow = page.getByRole('row', { name: /Serverhuis Veluwe/ });
    await orderRow.getByRole('button', { name: /^Openen O-/ }).click();
    const detail = page.getByRole('region', { name: /^Order O-/ });
    await seen(() => detail.textContent()).toMatch(euro('726,00'));
    await detail.getByRole('button', { name: 'Bevestigen' }).click();
    await seen(() => detail.getByRole('status').textContent()).toMatch(
      /Vastgelegd: Bevestigen\. Het contract C-\d+ is gevormd\./,
    );
    await seen(() => orderRow.getByText('Contract', { exact: true }).count()).toBe(1);
    await seen(() => orderRow.getByRole('link', { name: /^C-\d+$/ }).count()).toBe(1);
    await harness.screenshot(page, 'orders');
  });

  it("plans, programs and releases a provider's order", async () => {
    await page.goto('/app/office/network-orders');
    await page.getByRole('heading', { level: 1, name: 'Bestellingen van derden', exact: true }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(networkOrderId) });
    await seen(() => row.textContent()).toMatch(
      /Glasnet Drechtsteden.*Bakkerij De Korenaar B\.V\..*Ingediend/,
    );
    await row.getByRole('button', { name: `Openen ${networkOrderId}` }).click();
    const detail = page.getByRole('region', { name: `Bestelling ${networkOrderId}` });
    await detail.getByRole('button', { name: 'Accepteren' }).click();
    await seen(() => detail.getByText('Te plannen').count()).toBeGreaterThan(0);
    await detail.getByLabel('Datum inplannen').fill('2026-11-25');
    await detail.getByRole('button', { name: 'Inplannen' }).click();
    await seen(() => detail.getByRole('status').textContent()).toBe('Vastgelegd: Inplannen.');
    await seen(() => row.textContent()).toMatch(/Gepland.*25-11-2026/);
    await detail.getByRole('button', { name: 'Programmeren' }).click();
    await seen(() => detail.getByRole('status').textContent()).toBe('Vastgelegd: Programmeren.');
    await detail.getByRole('button', { name: 'Vrijgeven' }).click();
    await seen(() => detail.getByRole('status').textContent()).toBe('Vastgelegd: Vrijgeven.');
    await seen(() => row.getByText('Vrijgegeven').count()).toBe(1);
    await harness.screenshot(page, 'network-orders');
  });

  it('schedules a price change from a date and shows the price list over time', async () => {
    await page.goto('/app/office/products');
    await page.getByRole('heading', { level: 1, name: 'Prijslijsten', exact: true }).waitFor();
    await page.getByLabel('Verkoper').selectOption('bit');
    const row = page.getByRole('row', { name: /COLO-1U-EDE/ });
    await seen(() => row.textContent()).toMatch(euro('450,00'));
    await row.getByRole('button', { name: 'Openen COLO-1U-EDE' }).click();
    const detail = page.getByRole('region', { name: /Product COLO-1U-EDE/ });
    await detail.getByLabel(/Nieuwe prijs/).fill('475,00');
    await detail.getByLabel('Ingangsdatum').fill('2027-01-01');
    await detail.getByRole('button', { name: 'Prijs plannen' }).click();
    await seen(() => detail.getByRole('status').textContent()).toMatch(
      /Prijs gepland; 1 klant\(en\) krijgen bericht\..*Op tijd aangekondigd/,
    );
    const prices = detail.getByRole('table');
    await seen(() => prices.getByRole('row', { name: /01-01-2027/ }).textContent()).toMatch(euro('475,00'));
    await seen(() => prices.getByRole('row', { name: /geldt nu/ }).textContent()).toMatch(euro('450,00'));
    await seen(() => row.textContent()).toMatch(new RegExp(`${euro('475,00').source} \\(01-01-2027\\)`));
    await harness.screenshot(page, 'products');
  });

  it('publishes a new version of the terms and decides an objection to it', async () => {
    await page.goto('/app/office/terms');
    await page.getByRole('heading', { level: 1, name: 'Voorwaarden', exact: true }).waitFor();
    const publish = page.getByRole('form', { name: 'Nieuwe versie publiceren' });
    await publish.getByLabel('Vervangt versie').selectOption(vitrumnet.id);
    await publish.getByLabel('Het nieuwe profiel (JSON)').fill(JSON.stringify(version26, null, 2));
    await publish.getByRole('button', { name: 'Controleren' }).click();
    await seen(() => publish.getByRole('status').textContent()).toMatch(/Het profiel is in orde/);
    await publish.getByRole('button', { name: 'Publiceren' }).click();
    await seen(() => publish.getByRole('status').textContent()).toBe(
      `Versie ${version26.id} gepubliceerd; 1 lopend(e) contract(en) kregen bericht (vn:1.1.4).`,
    );
    await seen(() => page.getByRole('row', { name: new RegExp(version26.id) }).textContent()).toMatch(
      /Eigen.*vitrumnet-2\.5-2018-04-15/,
    );

    const objections = page.getByRole('region', { name: 'Bezwaren tegen nieuwe voorwaarden' }).first();
    const record = objections.getByRole('form', { name: 'Schriftelijk bezwaar vastleggen' });
    await record.getByLabel('Contractnummer').fill(runningContract);
    await record.getByLabel('Versie waartegen bezwaar').selectOption(version26.id);
    await record.getByLabel('Redenen van de klant').fill('De kortere opzegtermijn past ons niet');
    await record.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
    await seen(() => objections.getByRole('status').textContent()).toBe('Het bezwaar is vastgelegd.');
    const row = objections.getByRole('row', { name: new RegExp(runningContract) });
    await seen(() => row.textContent()).toMatch(
      /Bakkerij De Korenaar B\.V\..*22-11-2026.*kortere opzegtermijn/,
    );
    await harness.screenshot(page, 'terms');
    await row.getByRole('button', { name: `Oude versie blijft: ${runningContract}` }).click();
    await seen(() => objections.getByRole('status').textContent()).toBe(
      `Besluit over ${runningContract}: Oude versie blijft.`,
    );
    await seen(() => objections.getByRole('row', { name: new RegExp(runningContract) }).count()).toBe(0);
    await objections.getByLabel('Toon').selectOption('decided');
    await seen(() =>
      objections.getByRole('row', { name: new RegExp(runningContract) }).textContent(),
    ).toMatch(/Oude versie blijft \(22-11-2026\)/);
  });

  it('lets an admin add a user limited to one seller, make an API token and deactivate the user', async () => {
    const admin = await createTestUser(harness.app.database.db, { role: 'admin' });
    const office = await harness.newPage();
    await signIn(office, admin.email, admin.password);
    await office.goto('/app/office/users');
    await office.getByRole('heading', { level: 1, name: 'Gebruikers', exact: true }).waitFor();
    const form = office.getByRole('form', { name: 'Nieuwe gebruiker' });
    await form.getByLabel('E-mailadres').fill('pieter@vezel.example');
    await form.getByLabel('Naam').fill('Pieter Verkoop');
    await form.getByLabel('Rol').selectOption('sales');
    await form.getByLabel('Verkoper').selectOption('bit');
    await form.getByLabel(/Wachtwoord/).fill('verkopen-bij-bit-2026');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await seen(() => form.getByRole('status').textContent()).toBe(
      'Gebruiker pieter@vezel.example toegevoegd.',
    );
    const row = office.getByRole('row', { name: /pieter@vezel\.example/ });
    await seen(() => row.textContent()).toMatch(/Pieter Verkoop.*Verkoop.*bit.*Actief/);

    const detail = office.getByRole('region', { name: 'Gebruiker Pieter Verkoop' });
    const tokens = detail.getByRole('form', { name: 'API-tokens' });
    await tokens.getByLabel('Naam van het nieuwe token').fill('offerte-koppeling');
    await tokens.getByRole('button', { name: 'Token maken' }).click();
    await seen(() => detail.getByRole('status').textContent()).toMatch(/alleen nu te zien.*vzu_/);
    await seen(() => detail.getByRole('row', { name: /offerte-koppeling/ }).count()).toBe(1);
    await harness.screenshot(office, 'users');

    await detail.getByRole('button', { name: 'Deactiveren' }).click();
    await seen(() => detail.getByRole('status').textContent()).toMatch(/gedeactiveerd/);
    await seen(() => row.textContent()).toMatch(/Gedeactiveerd/);
    await office.getByRole('searchbox', { name: 'Zoeken' }).fill('pieter');
    await seen(() => office.getByRole('region', { name: 'Gebruikers' }).last().getByRole('row').count()).toBe(
      2,
    );
  });
});
