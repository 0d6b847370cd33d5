import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminTokenOf, signedInByDefault } from '../support/app.ts';
import { seedBackOfficeContracts, seedBackOfficeFigures } from '../support/back-office-seed.ts';
import { createTestUser } from '../support/users.ts';
import { expectAccessible } from './support/accessibility.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The back office's day and its dashboards, on the hand-worked data of back-office-seed.ts: an admin
 * signs in and lands on "Vandaag" with every section's count, looks at one seller (an empty section
 * says so), and opens the dashboards, whose tables hold the charts' figures in Dutch notation.
 * The server's clock: 2026-11-22 12:00 in Amsterdam (11:00 UTC).
 */
describe.skipIf(!chromiumAvailable)('the back-office home and dashboards, in the browser', () => {
  let harness: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename, { now: '2026-11-22T12:00:00+01:00' });
    const db = harness.app.database.db;
    await seedBackOfficeFigures(db);
    // The contracts go through the API, as an admin's API token.
    signedInByDefault(harness.server, await adminTokenOf(harness.app.database));
    await seedBackOfficeContracts(harness.server);
    const admin = await createTestUser(db, { role: 'admin', name: 'Anna Admin' });
    page = await harness.newPage();
    await signIn(page, admin.email, admin.password);
  }, 60_000);
  afterAll(async () => harness?.close());

  const text = (value: string) =>
    value
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const section = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const sectionText = async (name: string) => text(await section(name).innerText());
  const rows = async (table: string) =>
    (
      await page
        .getByRole('region', { name: new RegExp(`^${table}`) })
        .getByRole('row')
        .allInnerTexts()
    ).map(text);

  it("shows today's sections with their counts, and one seller's with nothing where nothing is due", async () => {
    await page.goto('/app/office');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Vandaag');
    await page.getByText('Wat vandaag, 22-11-2026, aandacht vraagt.').waitFor();
    const counts: [string, number][] = [
      ['Factuurruns te doen', 1],
      ['Onherkende betalingen', 2],
      ['Betwiste facturen', 1],
      ['Aanmaningsstappen vandaag', 1],
      ['Storingen bij of over het SLA-maximum', 2],
      ['Switches te laat retour', 1],
      ['Opzeggingen en verlengingen \\(30 dagen\\)', 1],
      ['Bestellingen van derden in te plannen', 1],
    ];
    for (const [name, count] of counts)
      expect(text(await section(name).getByRole('heading').innerText())).toMatch(new RegExp(`${count}$`));
    expect(await sectionText('Factuurruns te doen')).toContain(
      'vitrumnet · kwartaal 2026-Q4 nog niet gestart',
    );
    expect(await sectionText('Aanmaningsstappen vandaag')).toContain(
      'Customer BO-C1 · herinnering · € 708,20 achterstallig sinds 23-08-2026',
    );
    const faults = await sectionText('Storingen bij of over het SLA-maximum');
    expect(faults).toContain('BO-FLT-1 · Customer BO-C3 · over het maximum maximum 22-11-2026 11:00');
    expect(faults).toContain('BO-FLT-2 · Customer BO-C3 · maximum nadert maximum 22-11-2026 13:00');
    expect(await sectionText('Opzeggingen en verlengingen')).toMatch(/uiterste opzegdatum 30-11-2026/);
    expect(await sectionText('Betwiste facturen')).toContain('BO-E · Customer BO-C2 · € 70,00');
    await harness.screenshot(page, 'home-today');
    await expectAccessible(page, 'home');

    await page.getByLabel('Verkoper').selectOption('vitrumnet');
    await section('Betwiste facturen').getByText('Niets vandaag.').waitFor();
    expect(await sectionText('Aanmaningsstappen vandaag')).toContain('Niets vandaag.');
    expect(await sectionText('Storingen bij of over het SLA-maximum')).toContain('BO-FLT-1');
    await harness.screenshot(page, 'home-today-vitrumnet');
  });

  it('speaks English on request, with amounts and dates still in Dutch notation', async () => {
    const english = await harness.newPage({ language: 'en' });
    const admin = await createTestUser(harness.app.database.db, { role: 'admin', language: 'en' });
    await signIn(english, admin.email, admin.password);
    await english.goto('/app/office');
    await expect
      .poll(() => english.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Today');
    const dunning = english.getByRole('region', { name: /^Dunning steps due today/ });
    await dunning.getByText('reminder', { exact: true }).waitFor();
    expect(text(await dunning.innerText())).toContain('€ 708,20 overdue since 23-08-2026');
    await harness.screenshot(english, 'home-today-en');
  });

  it('opens the dashboards: revenue, ageing, usage and SLA, each chart with its table', async () => {
    await page.getByRole('link', { name: 'Naar de dashboards' }).click();
    await page.waitForURL('**/app/office/dashboards');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Dashboards');
    await page.getByLabel('Van', { exact: true }).fill('2026-07-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-12-31');
    const revenue = 'Terugkerende omzet per verkoper en product';
    await page.getByRole('region', { name: revenue }).getByText('K3 2026', { exact: true }).first().waitFor();
    expect(await rows(revenue)).toEqual([
      'Kwartaal Verkoper Product Omzet',
      'K3 2026 bit Glasvezel 1 Gbit/s € 300,00',
      'K3 2026 bit zonder product € 120,00',
      'K4 2026 bit Glasvezel 1 Gbit/s € 200,00',
      'Totaal K3 2026 € 420,00',
      'Totaal K4 2026 € 200,00',
    ]);
    expect(await rows('Ouderdom van de debiteuren')).toEqual([
      'Verkoper Niet vervallen 1–30 dagen 31–60 dagen 61–90 dagen > 90 dagen Totaal Facturen',
      'bit € 100,00 € 200,00 € 70,00 € 30,00 € 508,20 € 908,20 5',
      'Alle verkopers € 100,00 € 200,00 € 70,00 € 30,00 € 508,20 € 908,20 5',
    ]);
    expect(await rows('Verbruik per maand')).toEqual([
      'Maand Verkoper Product Hoeveelheid Eenheid',
      'okt 2026 bit Dataverkeer 19,75 GB',
      'nov 2026 bit Dataverkeer 40 GB',
    ]);
    await page.getByRole('heading', { name: 'SLA-prestaties per kabelklasse · vitrumnet' }).waitFor();
    expect(await page.getByRole('img', { name: /Gestapelde staafgrafiek/ }).count()).toBe(2);
    await harness.screenshot(page, 'dashboards');
  });
});
