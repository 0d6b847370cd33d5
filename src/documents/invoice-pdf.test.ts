import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVERSE_CHARGE_NOTE } from '../shared/money/index.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';
import {
  belgianReverseChargeInvoice,
  consumerInvoice,
  creditNote,
  draftInvoice,
  DUTCH_BUSINESS,
  dutchInvoice,
  longInvoice,
  zeroInvoice,
} from './test-support/invoice-fixtures.ts';
import { pdfPages } from './test-support/pdf-text.ts';

const textOf = async (pdf: Buffer): Promise<string> => (await pdfPages(pdf)).join(' ');

describe('renderInvoicePdf', () => {
  it('renders a PDF that a PDF reader opens', async () => {
    const pdf = await renderInvoicePdf(dutchInvoice());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(await pdfPages(pdf)).toHaveLength(1);
  });

  it('shows a Dutch invoice with everything art. 35a Wet OB asks, in Dutch', async () => {
    const text = await textOf(await renderInvoicePdf(dutchInvoice()));
    for (const expected of [
      // Seller: name, address, KvK, VAT id, account, e-mail.
      'BIT B.V.',
      'Galileïlaan 19',
      '6716 BP Ede',
      'KvK-nummer 09090000',
      'BTW-nummer NL000099998B57',
      'IBAN NL91 ABNA 0417 1643 00',
      'BIC ABNANL2A',
      'billing@bit.nl',
      // Customer: name, address, VAT id, KvK.
      'Veluwe Vezel & Data B.V.',
      'Stationsplein 12 A',
      '6811 KL Arnhem',
      'BTW-nummer: NL001234560B01',
      'KvK-nummer: 30123456',
      // The invoice's particulars.
      'Factuur',
      'Factuurnummer BIT-2025-000123',
      'Factuurdatum 1 april 2025',
      'Vervaldatum 15 april 2025',
      'Betalingstermijn 14 dagen',
      'Periode 1 april 2025 – 30 april 2025',
      'Betalingskenmerk RF18 5390 0754 7034',
      // The lines: description, period, quantity, unit price, VAT rate, amount.
      'Omschrijving Periode Aantal Prijs BTW Bedrag',
      'Colocatie 1U, rack A12 1–30 apr 2025 2 € 49,50 21% € 99,00',
      '1,5 uur € 95,00 21% € 142,50',
      '1.234 GB € 0,00125 21% € 1,54',
      '1 € 29,95 9% € 29,95',
      // The VAT per rate and the totals.
      'BTW-specificatie Tarief Grondslag BTW 21% € 417,04 € 87,58 9% € 29,95 € 2,70',
      'Subtotaal € 446,99',
      'BTW € 90,28',
      'Totaal € 537,27',
      'Te betalen € 537,27',
      'Gelieve € 537,27 te voldoen vóór 15 april 2025 op rekening NL91 ABNA 0417 1643 00 (BIC ABNANL2A)',
      'onder vermelding van betalingskenmerk RF18 5390 0754 7034.',
      'Pagina 1 van 1',
    ])
      expect(text).toContain(expected);
  });

  it('speaks English on an English invoice, with amounts written the English way', async () => {
    const text = await textOf(await renderInvoicePdf(belgianReverseChargeInvoice()));
    for (const expected of [
      'Invoice',
      'Invoice number BIT-2025-000124',
      'Invoice date 1 April 2025',
      'Due date 15 April 2025',
      'VAT number: BE0123456749',
      'Belgium',
      'Description Period Quantity Price VAT Amount',
      '€1,250.00',
      'Subtotal €2,600.00',
      'VAT €0.00',
      'Amount due €2,600.00',
      'Please pay €2,600.00 before 15 April 2025',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Factuurnummer');
  });

  it('puts the reverse-charge note prominently before the lines', async () => {
    const text = await textOf(await renderInvoicePdf(belgianReverseChargeInvoice()));
    expect(text).toContain(REVERSE_CHARGE_NOTE);
    expect(text.indexOf(REVERSE_CHARGE_NOTE)).toBeLessThan(text.indexOf('Description Period'));
    expect(text).toContain('reverse charge €2,600.00 €0.00');
  });

  it('says a credit note is one, and which invoice it corrects', async () => {
    const text = await textOf(await renderInvoicePdf(creditNote()));
    for (const expected of [
      'Creditnota',
      'Creditnotanummer BIT-C-2025-000007',
      'Correctie op factuur BIT-2025-000123',
      'Deze creditnota corrigeert factuur BIT-2025-000123 van 1 april 2025.',
      'Storing 12–14 april: creditering volgens SLA',
      'Terug te ontvangen € 50,68',
      'Het bedrag van € 50,68 wordt verrekend of aan u terugbetaald.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Te betalen');
    expect(text).not.toContain('Vervaldatum');
  });

  it('flows 120 lines over several pages, repeating the table header and numbering the pages', async () => {
    const pages = await pdfPages(await renderInvoicePdf(longInvoice(120)));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`);
      if (i > 0) expect(page).toContain('Factuur BIT-2025-000200 (vervolg)');
      const header = page.split('Omschrijving Periode Aantal Prijs BTW Bedrag').length - 1;
      expect(header).toBe(/Glasvezelaansluiting \d{3}/.test(page) ? 1 : 0);
    });
    const all = pages.join(' ');
    for (let line = 1; line <= 120; line++) {
      expect(all).toContain(`Glasvezelaansluiting ${String(line).padStart(3, '0')}`);
    }
    expect(pages.at(-1)).toContain('Te betalen');
  });

  it('marks a draft as CONCEPT, without a number', async () => {
    const text = await textOf(await renderInvoicePdf(draftInvoice()));
    expect(text).toContain('Factuurnummer CONCEPT');
    expect(text).not.toContain('BIT-2025-000123');
    expect(text.split('CONCEPT').length - 1).toBeGreaterThanOrEqual(3);
  });

  it('tells a customer with nothing to pay so', async () => {
    const text = await textOf(await renderInvoicePdf(zeroInvoice()));
    expect(text).toContain('Te betalen € 0,00');
    expect(text).toContain('U hoeft voor deze factuur niets te betalen.');
    expect(text).not.toContain('Gelieve');
  });

  it('shows no VAT id or KvK number a consumer does not have', async () => {
    const text = await textOf(await renderInvoicePdf(consumerInvoice()));
    expect(text).toContain('J. de Vries Dorpsstraat 5 3911 AB Rhenen');
    expect(text).not.toContain('BTW-nummer:');
    expect(text).not.toContain('KvK-nummer:');
  });

  it('writes names beyond Western European letters as they are', async () => {
    const customer = { ...DUTCH_BUSINESS, legalName: 'Łódź Światłowody Sp. z o.o. — Dvořák & Ștefan' };
    const text = await textOf(await renderInvoicePdf({ ...dutchInvoice(), customer }));
    expect(text).toContain('Łódź Światłowody Sp. z o.o. — Dvořák & Ștefan');
  });

  it('renders an issued invoice to the same bytes every time', async () => {
    const [first, second] = await Promise.all([
      renderInvoicePdf(dutchInvoice()),
      renderInvoicePdf(dutchInvoice()),
    ]);
    expect(first.equals(second)).toBe(true);
  });

  const qpdf = spawnSync('qpdf', ['--version']).status === 0;
  it.skipIf(!qpdf)('passes qpdf --check (where qpdf is installed)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vezel-invoice-pdf-'));
    try {
      for (const [name, invoice] of [
        ['long', longInvoice(120)],
        ['draft', draftInvoice()],
      ] as const) {
        const file = join(folder, `${name}.pdf`);
        writeFileSync(file, await renderInvoicePdf(invoice));
        const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
        expect(check.status, check.stdout + check.stderr).toBe(0);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
