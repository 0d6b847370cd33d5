import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bankFile } from '../../src/collections/use-cases/collections-test-support.ts';
import { createTestUser } from '../support/users.ts';
import { BIT_IBAN, CUSTOMER_NAME, seedColocationCustomer, seedLatePayers } from './billing-journeys-seed.ts';
import { expectAccessible } from './support/accessibility.ts';
import { chromiumAvailable, signIn, startBrowserHarness } from './support/browser-harness.ts';
import type { BrowserHarness } from './support/browser-harness.ts';

/*
 * The billing clerk's two journeys of issue 8, in Chromium against the real server:
 *  1. bill run to invoice PDF: start BIT's 2026-Q4 run, watch it draft, review the draft, issue it,
 *     open the invoice (€ 726,00: € 450,00 colocation in advance + € 150,00 installation + 21 % VAT)
 *     and see its PDF preview load;
 *  2. bank import to matched payment: a CAMT.053 statement paying that invoice by its payment
 *     reference is uploaded; the invoice shows paid; a second entry without a reference waits in the
 *     unmatched queue and is assigned to the customer by hand;
 * and the collections queues: the dunning queue with the step due and the run that takes it, and a
 * dispute resolved by upholding the invoice. Signed in as a billing clerk through the sign-in screen.
 * Amounts in Dutch notation (the space after € is a no-break space in Intl's output).
 */

const euro = (text: string) => new RegExp(`€\\s${text.replace(/\./g, '\\.')}`);

describe.skipIf(!chromiumAvailable)('billing journeys in the browser', () => {
  let harness: BrowserHarness;
  let page: Page;
  let customerId = '';
  let invoiceId = '';
  let invoiceNumber = '';
  let paymentReference = '';
  let disputedNumber = '';

  beforeAll(async () => {
    harness = await startBrowserHarness(import.meta.filename);
    ({ customerId } = await seedColocationCustomer(harness.app.database.db));
    ({ disputedNumber } = await seedLatePayers(harness.app.database.db));
    const clerk = await createTestUser(harness.app.database.db, {
      role: 'billing',
      name: 'Bart Boekhouding',
    });
    page = await harness.newPage();
    await signIn(page, clerk.email, clerk.password);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('bill run to invoice PDF: start, watch it draft, review, issue, open the invoice and its PDF', async () => {
    await page.goto('/app/office/bill-runs');
    await page.getByRole('heading', { level: 1, name: 'Factuurruns' }).waitFor();
    const start = page.getByRole('region', { name: 'Factuurrun starten' });
    await start.getByLabel('Verkoper').selectOption('bit');
    await start.getByLabel(/Kwartaal/).fill('2026-Q4');
    await harness.screenshot(page, 'bill-runs');
    await expectAccessible(page, 'bill runs');
    await start.getByRole('button', { name: 'Factuurrun starten' }).click();

    // The run page drafts at once and polls until the drafts are there.
    await page.waitForURL(/\/app\/office\/bill-runs\/BR-/);
    await page.getByRole('heading', { level: 1, name: 'Factuurrun bit 2026-Q4' }).waitFor();
    await page.getByText('Concepten klaar').first().waitFor();
    await expect(page.getByText('Concepten gemaakt: 1 van 1 delen').count()).resolves.toBe(1);
    const invoices = page.getByRole('region', { name: 'Facturen van deze run' });
    const draftRow = invoices.getByRole('row', { name: new RegExp(CUSTOMER_NAME) });
    await draftRow.getByText(euro('726,00')).waitFor();
    await expect(draftRow.getByText('Concept').count()).resolves.toBe(1);
    await expect(draftRow.getByText(euro('600,00')).count()).resolves.toBe(1);
    await expect(draftRow.getByText('01-10-2026 – 31-12-2026').count()).resolves.toBe(1);
    await harness.screenshot(page, 'bill-run-drafted');

    await page.getByRole('button', { name: 'Facturen uitreiken…' }).click();
    await page.getByText(/definitief \(nl:vat\)/).waitFor();
    await page.getByRole('button', { name: 'Definitief uitreiken' }).click();
    await page
      .getByRole('heading', { name: /Voortgang/ })
      .getByText('Uitgereikt')
      .waitFor();
    const issuedRow = invoices.getByRole('row', { name: new RegExp(CUSTOMER_NAME) });
    await issuedRow.getByText('Uitgereikt').waitFor();
    invoiceNumber = (await issuedRow.getByRole('link').textContent())!;
    expect(invoiceNumber).toBe('BIT-000001');
    await harness.screenshot(page, 'bill-run-issued');

    // The invoice: its amounts in Dutch notation and the PDF, fetched as a blob into the iframe.
    const pdfAnswer = page.waitForResponse((r) => /\/invoices\/[^/]+\/pdf$/.test(new URL(r.url()).pathname));
    await issuedRow.getByRole('link', { name: invoiceNumber }).click();
    await page.waitForURL(/\/app\/office\/invoices\//);
    invoiceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByRole('heading', { level: 1, name: `Factuur ${invoiceNumber}` }).waitFor();
    const pdf = await pdfAnswer;
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const frame = page.getByTitle(`PDF van de factuur ${invoiceNumber}`);
    await frame.waitFor();
    await expect(frame.getAttribute('src')).resolves.toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    await expect(frame.getAttribute('data-type')).resolves.toBe('application/pdf');

    const facts = page.getByRole('region', { name: 'Gegevens' });
    await expect(facts.getByText('01-10-2026', { exact: true }).count()).resolves.toBe(1); // invoice date
    await expect(facts.getByText('15-10-2026', { exact: true }).count()).resolves.toBe(1); // due: + 14 days (bit:11.3)
    paymentReference = (await facts.getByText(/^RF\d\d/).textContent())!;
    const lines = page.getByRole('region', { name: 'Regels' });
    await expect(
      lines
        .getByRole('row', { name: /Totaal netto/ })
        .getByText(euro('600,00'))
        .count(),
    ).resolves.toBe(1);
    await expect(
      lines
        .getByRole('row', { name: /Btw 21%/ })
        .getByText(euro('126,00'))
        .count(),
    ).resolves.toBe(1);
    await expect(
      lines
        .getByRole('row', { name: /Totaal incl. btw/ })
        .getByText(euro('726,00'))
        .count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByRole('region', { name: /Betaling/ })
        .getByText('Openstaand')
        .count(),
    ).resolves.toBe(2);
    await expect(
      page.getByRole('link', { name: 'E-factuur (UBL) downloaden' }).getAttribute('href'),
    ).resolves.toBe(`/invoices/${encodeURIComponent(invoiceId)}/ubl`);
    await harness.screenshot(page, 'invoice');
    await expectAccessible(page, 'invoice');

    // The invoices list finds it by a part of its number.
    await page.goto('/app/office/invoices');
    const list = page.getByRole('region', { name: 'Facturen en creditnota’s' });
    await list.getByRole('searchbox', { name: 'Zoeken', exact: true }).fill('000001');
    await page.getByLabel('Verkoper').selectOption('bit');
    await list.getByRole('row', { name: new RegExp(`${invoiceNumber}.*${CUSTOMER_NAME}`) }).waitFor();
    await list.getByText('1–1 van 1').waitFor();
    await page.getByLabel('Status').selectOption('draft');
    await list.getByText('Niets gevonden').waitFor();
    await page.getByLabel('Status').selectOption('issued');
    await list.getByRole('row', { name: new RegExp(invoiceNumber) }).waitFor();
    await harness.screenshot(page, 'invoices');
    await expectAccessible(page, 'invoices');
  });

  it('bank import to matched payment: the invoice is paid, an unknown entry is assigned by hand', async () => {
    expect(paymentReference).toMatch(/^RF/);
    const statement = bankFile(BIT_IBAN, [
      { ref: 'BJ-1', amountCents: 72_600, valueDate: '2026-10-12', creditorReference: paymentReference },
      { ref: 'BJ-2', amountCents: 5_000, valueDate: '2026-10-13', text: 'Borg rack Ede' },
    ]);
    await page.goto('/app/office/bank');
    await page.getByRole('heading', { name: 'Bankafschrift importeren' }).waitFor();
    await page.getByLabel('Verkoper').selectOption('bit');
    await page.getByLabel(/CAMT\.053-afschrift/).setInputFiles({
      name: 'camt053-bit.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(statement),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Afschrift' });
    await result.waitFor();
    const count = (label: string) => result.locator(`dt:text-is("${label}") + dd`).textContent();
    await expect(count('Posten')).resolves.toBe('2');
    await expect(count('Gekoppeld')).resolves.toBe('1');
    await expect(count('Niet gekoppeld')).resolves.toBe('1');

    const queue = page.getByRole('region', { name: 'Niet-gekoppelde betalingen' });
    const waiting = queue.getByRole('row', { name: /Borg rack Ede/ });
    await waiting.waitFor();
    await expect(waiting.getByText(euro('50,00')).count()).resolves.toBe(1);
    await expect(waiting.getByText('13-10-2026').count()).resolves.toBe(1);
    await harness.screenshot(page, 'bank-imported');
    await expectAccessible(page, 'bank');

    await waiting.getByRole('button', { name: /^Toewijzen PAY-/ }).click();
    const assign = page.getByRole('region', { name: /Betaling toewijzen/ });
    await assign.getByLabel(/Klant zoeken/).fill('Serverhuis');
    await assign.getByRole('combobox', { name: 'Klant' }).locator(`option[value="${customerId}"]`).waitFor({
      state: 'attached',
    });
    await assign.getByRole('combobox', { name: 'Klant' }).selectOption(customerId);
    await harness.screenshot(page, 'bank-assign');
    await assign.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await page.getByText(new RegExp(`is toegewezen aan ${customerId}`)).waitFor();
    await queue.getByText('Niets gevonden').waitFor();
    await harness.screenshot(page, 'bank-assigned');

    // The invoice is paid by the statement's payment, found by its payment reference.
    await page.goto(`/app/office/invoices/${encodeURIComponent(invoiceId)}`);
    const settlement = page.getByRole('region', { name: /Betaling/ }).first();
    await settlement.getByText('Betaald', { exact: true }).first().waitFor();
    await expect(settlement.locator('dt:text-is("Openstaand") + dd').textContent()).resolves.toMatch(
      euro('0,00'),
    );
    const payments = page.getByRole('region', { name: 'Betalingen op deze factuur' });
    await expect(
      payments
        .getByRole('row', { name: /payment-reference/ })
        .getByText(euro('726,00'))
        .count(),
    ).resolves.toBe(1);
    await expect(payments.getByText('12-10-2026').count()).resolves.toBe(1);
    await harness.screenshot(page, 'invoice-paid');
  });

  it('the dunning queue shows the next step due, the run takes it; a dispute is resolved by upholding', async () => {
    // Today is 22 November 2026: CU-LATE1's € 121,00 is overdue since 31 October, its reminder due
    // since 7 November (VitrumNet: +7 days); CU-LATE2's disputed half leaves € 60,50 overdue (bit:9.5).
    await page.goto('/app/office/dunning');
    await page.getByRole('heading', { level: 1, name: 'Aanmaningen' }).waitFor();
    const queue = page.getByRole('region', { name: 'Aanmaningswachtrij' });
    const late = queue.getByRole('row', { name: /Customer CU-LATE1/ });
    await late.waitFor();
    await expect(late.getByText(euro('121,00')).count()).resolves.toBe(1);
    await expect(late.getByText('31-10-2026').count()).resolves.toBe(1);
    await expect(late.getByText('Herinnering').count()).resolves.toBe(1);
    await expect(late.getByText(/07-11-2026\s*Nu aan de beurt/).count()).resolves.toBe(1);
    await expect(
      queue
        .getByRole('row', { name: /Customer CU-LATE2/ })
        .getByText(euro('60,50'))
        .count(),
    ).resolves.toBe(1);
    await harness.screenshot(page, 'dunning-queue');
    await expectAccessible(page, 'dunning');

    const run = page.getByRole('region', { name: 'Aanmaningsrun' });
    await run.getByLabel('Verkoper').selectOption('vitrumnet');
    await run.getByRole('button', { name: 'Aanmaningsrun uitvoeren' }).click();
    const report = run.getByRole('status');
    await report.getByText(/Resultaat vitrumnet 22-11-2026/).waitFor();
    await expect(report.getByRole('row', { name: /CU-LATE1.*Herinnering/ }).count()).resolves.toBe(1);
    await late.getByText(/Herinnering \(22-11-2026\)/).waitFor();
    await harness.screenshot(page, 'dunning-ran');

    await page.goto('/app/office/disputes');
    await page.getByRole('heading', { level: 1, name: 'Betwistingen' }).waitFor();
    const disputes = page.getByRole('region', { name: 'Betwiste facturen' });
    const disputed = disputes.getByRole('row', { name: new RegExp(disputedNumber) });
    await disputed.waitFor();
    await expect(disputed.getByText('Customer CU-LATE2').count()).resolves.toBe(1);
    await expect(disputed.getByText(euro('60,50')).count()).resolves.toBe(1);
    await expect(disputed.getByText('Betwist', { exact: true }).count()).resolves.toBe(1);
    await harness.screenshot(page, 'disputes');
    await disputed.getByRole('button', { name: /^Afhandelen DSP-/ }).click();
    const resolve = page.getByRole('region', { name: /Betwisting afhandelen/ });
    await resolve.getByLabel(/Factuur handhaven/).check();
    await resolve.getByLabel('Toelichting').fill('De storing lag bij de klant zelf');
    await harness.screenshot(page, 'dispute-resolve');
    await resolve.getByRole('button', { name: 'Afhandelen', exact: true }).click();
    await page.getByText(/is afgehandeld: Gehandhaafd/).waitFor();
    await disputes.getByText('Niets gevonden').waitFor();
    await disputes.getByLabel('Status').selectOption('upheld');
    await disputes.getByRole('row', { name: new RegExp(`${disputedNumber}.*Gehandhaafd`) }).waitFor();
    await harness.screenshot(page, 'disputes-upheld');
  });

  it('makes a credit note for one line of the invoice and opens it', async () => {
    expect(invoiceId).not.toBe('');
    await page.goto(`/app/office/invoices/${encodeURIComponent(invoiceId)}`);
    const credit = page.getByRole('region', { name: 'Creditnota maken' });
    await credit.getByLabel(/^Reden/).fill('Installatie is niet uitgevoerd');
    await credit.getByLabel(/^1\. Colocation 1U, Ede/).uncheck();
    await credit.getByRole('button', { name: 'Creditnota uitreiken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Creditnota / }).waitFor();
    const facts = page.getByRole('region', { name: 'Gegevens' });
    await expect(facts.getByRole('link', { name: invoiceNumber }).count()).resolves.toBe(1);
    const lines = page.getByRole('region', { name: 'Regels' });
    // The installation line at the rate it was billed: € 150,00 + 21 % = € 181,50.
    await expect(
      lines
        .getByRole('row', { name: /Totaal incl. btw/ })
        .getByText(euro('181,50'))
        .count(),
    ).resolves.toBe(1);
    await page.getByText(/Een creditnota is geen vordering/).waitFor();
    await page.getByTitle(/^PDF van de factuur /).waitFor();
    await harness.screenshot(page, 'credit-note');
  });
});
