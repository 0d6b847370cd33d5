import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dunningLetterTotal, renderDunningLetter } from './dunning-letter-pdf.ts';
import type { DunningLetter } from './dunning-letter-pdf.ts';
import { pdfPages } from './test-support/pdf-text.ts';

const textOf = async (pdf: Buffer): Promise<string> => (await pdfPages(pdf)).join(' ');

const VITRUMNET = {
  legalName: 'VitrumNet B.V.',
  address: {
    street: 'Noordendijk',
    houseNumber: '250',
    postcode: '3311 RR',
    city: 'Dordrecht',
    country: 'NL',
  },
  kvkNumber: '24301234',
  vatId: 'NL812345678B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  email: 'debiteuren@vitrumnet.nl',
};

const BUSINESS = {
  legalName: 'Drechtsteden Data B.V.',
  address: {
    street: 'Spuiboulevard',
    houseNumber: '12',
    postcode: '3311 GR',
    city: 'Dordrecht',
    country: 'NL',
  },
  customerNumber: 'C-1042',
};

const CONSUMER = {
  legalName: 'J. de Vries',
  address: { street: 'Dorpsstraat', houseNumber: '5', postcode: '3311 AB', city: 'Dordrecht', country: 'NL' },
  customerNumber: 'C-2001',
};

/** Two overdue invoices of a business customer, and the reminder fee of the first letter. */
function letter(over: Partial<DunningLetter> = {}): DunningLetter {
  return {
    step: 'reminder',
    language: 'nl',
    reference: 'DL-17',
    date: '2025-05-08',
    seller: VITRUMNET,
    customer: BUSINESS,
    claims: [
      {
        invoiceNumber: 'VN-2025-000311',
        invoiceDate: '2025-04-01',
        dueDate: '2025-05-01',
        openPrincipalCents: 1_210_00,
        interestCents: 1_85,
      },
      {
        invoiceNumber: 'VN-2025-000312',
        invoiceDate: '2025-04-01',
        dueDate: '2025-05-01',
        openPrincipalCents: 60_50,
        interestCents: 9,
      },
    ],
    interestKind: 'commercial',
    costs: [{ kind: 'reminder-fee', raisedOn: '2025-05-08', amountCents: 15_00 }],
    payBy: '2025-05-21',
    paymentReference: 'RF18539007547034',
    ...over,
  };
}

describe('renderDunningLetter', () => {
  it('renders a one-page PDF that a PDF reader opens', async () => {
    const pdf = await renderDunningLetter(letter());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPages(pdf)).toHaveLength(1);
  });

  it('sends a reminder in Dutch with the letterhead, the claims, the fee and the total', async () => {
    // 1.210,00 + 1,85 + 60,50 + 0,09 + 15,00 = 1.287,44
    expect(dunningLetterTotal(letter())).toBe(1_287_44);
    const text = await textOf(await renderDunningLetter(letter()));
    for (const expected of [
      // Seller: name, address, KvK, VAT id, IBAN.
      'VitrumNet B.V.',
      'Noordendijk 250',
      '3311 RR Dordrecht',
      'KvK-nummer 24301234',
      'BTW-nummer NL812345678B01',
      'IBAN NL91 ABNA 0417 1643 00',
      // Customer, date, references.
      'Drechtsteden Data B.V. Spuiboulevard 12 3311 GR Dordrecht',
      'Datum 8 mei 2025',
      'Ons kenmerk DL-17',
      'Klantnummer C-1042',
      'Betalingskenmerk RF18 5390 0754 7034',
      'Betreft: Betalingsherinnering',
      // The claims: number, invoice date, due date, open principal, interest, total.
      'Factuurnummer Factuurdatum Vervaldatum Openstaand Rente Totaal',
      'VN-2025-000311 1 april 2025 1 mei 2025 € 1.210,00 € 1,85 € 1.211,85',
      'VN-2025-000312 1 april 2025 1 mei 2025 € 60,50 € 0,09 € 60,59',
      'Administratiekosten herinnering van 8 mei 2025 € 15,00',
      'Totaal te betalen € 1.287,44',
      'wettelijke handelsrente (art. 6:119a BW)',
      'de rente is berekend tot en met 8 mei 2025.',
      'Voor deze herinnering brengen wij € 15,00 administratiekosten in rekening.',
      'Wij verzoeken u het totaalbedrag van € 1.287,44 uiterlijk op 21 mei 2025 te betalen.',
      'Betaal op rekening NL91 ABNA 0417 1643 00 (BIC ABNANL2A) ten name van VitrumNet B.V., onder vermelding van betalingskenmerk RF18 5390 0754 7034.',
      'Pagina 1 van 1',
    ])
      expect(text).toContain(expected);
  });

  it('speaks English to an English customer, with amounts written the English way', async () => {
    const text = await textOf(await renderDunningLetter(letter({ language: 'en' })));
    for (const expected of [
      'Subject: Payment reminder',
      'Date 8 May 2025',
      'Invoice number Invoice date Due date Outstanding Interest Total',
      'VN-2025-000311 1 April 2025 1 May 2025 €1,210.00 €1.85 €1,211.85',
      'Reminder fee of 8 May 2025 €15.00',
      'Total to pay €1,287.44',
      'statutory commercial interest (art. 6:119a Dutch Civil Code)',
      'We charge an administration fee of €15.00 for this reminder.',
      'Please pay the total of €1,287.44 no later than 21 May 2025.',
      'quoting payment reference RF18 5390 0754 7034.',
      'VAT number NL812345678B01',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Betreft');
  });

  const fourteenDayLetter = (language: 'nl' | 'en') =>
    letter({
      step: 'fourteen-day-letter',
      language,
      customer: CONSUMER,
      interestKind: 'non-commercial',
      date: '2025-12-10',
      payBy: '2025-12-29',
      costs: [],
      warnedCostsCents: 191_77,
      collectionCostsMethod: 'bik',
    });

  it('gives a consumer 14 days from the day after receipt and states the costs (art. 6:96 lid 6 BW)', async () => {
    const nl = await textOf(await renderDunningLetter(fourteenDayLetter('nl')));
    for (const expected of [
      'Betreft: Aanmaning: betaal binnen 14 dagen zonder incassokosten',
      'wettelijke rente (art. 6:119 BW)',
      'Totaal te betalen € 1.272,44',
      'Wij geven u de gelegenheid het totaalbedrag van € 1.272,44 te betalen binnen 14 dagen, te rekenen vanaf de dag na ontvangst van deze brief: uiterlijk op 29 december 2025.',
      'Betaalt u niet binnen deze termijn, dan brengen wij u buitengerechtelijke incassokosten van € 191,77 in rekening.',
      'Besluit vergoeding voor buitengerechtelijke incassokosten (art. 6:96 BW)',
    ])
      expect(nl).toContain(expected);
    expect(nl).not.toContain('handelsrente');
    const en = await textOf(await renderDunningLetter(fourteenDayLetter('en')));
    for (const expected of [
      'Subject: Final reminder: pay within 14 days without collection costs',
      'within 14 days from the day after you receive this letter: no later than 29 December 2025.',
      'If you do not pay within this term, we will charge you extrajudicial collection costs of €191.77.',
    ])
      expect(en).toContain(expected);
  });

  it('charges the collection costs the step raises, besides the earlier fee', async () => {
    const costs = letter({
      step: 'collection-costs',
      date: '2025-05-22',
      payBy: '2025-05-28',
      costs: [
        { kind: 'reminder-fee', raisedOn: '2025-05-08', amountCents: 15_00 },
        { kind: 'collection-costs', raisedOn: '2025-05-22', amountCents: 250_00 },
      ],
      collectionCostsMethod: 'actual',
    });
    const text = await textOf(await renderDunningLetter(costs));
    for (const expected of [
      'Betreft: Aanmaning met incassokosten',
      'Administratiekosten herinnering van 8 mei 2025 € 15,00',
      'Buitengerechtelijke incassokosten € 250,00',
      'Totaal te betalen € 1.537,44',
      'brengen wij u buitengerechtelijke incassokosten van € 250,00 in rekening.',
    ])
      expect(text).toContain(expected);
    // Actual costs (vn:7.1.6) are not priced by the decree, so the letter does not cite it.
    expect(text).not.toContain('Besluit');
  });

  it('announces actual collection costs not known yet, without an amount (vn:7.1.6)', async () => {
    const costs = letter({
      step: 'collection-costs',
      date: '2025-05-22',
      payBy: null,
      costs: [{ kind: 'reminder-fee', raisedOn: '2025-05-08', amountCents: 15_00 }],
      collectionCostsMethod: 'actual',
    });
    const text = await textOf(await renderDunningLetter(costs));
    expect(text).toContain('komen de werkelijke incassokosten voor uw rekening');
    expect(text).not.toContain('Buitengerechtelijke incassokosten €');
    await expect(renderDunningLetter({ ...costs, collectionCostsMethod: 'bik' })).rejects.toThrow(/costs/);
  });

  it('names the services suspended and that billing goes on (vn:7.1.7)', async () => {
    const suspension = (language: 'nl' | 'en') =>
      letter({
        step: 'suspension',
        language,
        date: '2025-05-29',
        payBy: '2025-06-04',
        costs: [],
        services: ['Access Dordrecht NAP 0042', 'Koppeling NAP 0042 – NAP 0107'],
      });
    const nl = await textOf(await renderDunningLetter(suspension('nl')));
    for (const expected of [
      'Betreft: Opschorting van onze dienstverlening',
      'schorten wij met ingang van 29 mei 2025 de volgende diensten op: Access Dordrecht NAP 0042 en Koppeling NAP 0042 – NAP 0107.',
      'de facturering van deze diensten loopt tijdens de opschorting door.',
      'Zodra het totaalbedrag van € 1.272,44 is betaald, heffen wij de opschorting op.',
    ])
      expect(nl).toContain(expected);
    const en = await textOf(await renderDunningLetter(suspension('en')));
    expect(en).toContain(
      'we suspend the following services as of 29 May 2025: Access Dordrecht NAP 0042 and',
    );
    expect(en).toContain('these services continue to be billed during the suspension.');
  });

  it('names the term of a notice of default and that the contract will then be dissolved (vn:1.6.2)', async () => {
    const notice = (language: 'nl' | 'en') =>
      letter({
        step: 'notice-of-default',
        language,
        date: '2025-06-05',
        payBy: '2025-06-19',
        termDays: 14,
        costs: [],
        services: ['Access Dordrecht NAP 0042'],
        remainingTermChargeCents: 1_815_00,
      });
    const nl = await textOf(await renderDunningLetter(notice('nl')));
    for (const expected of [
      'Betreft: Ingebrekestelling',
      'Wij stellen u hierbij in gebreke en geven u een laatste termijn van 14 dagen, tot en met 19 juni 2025, om het totaalbedrag van € 1.272,44 te betalen.',
      'Betaalt u niet binnen deze termijn, dan ontbinden wij de overeenkomst voor Access Dordrecht NAP 0042 zonder rechterlijke tussenkomst.',
      'De vergoedingen voor de resterende contractduur zijn dan ineens verschuldigd.',
    ])
      expect(nl).toContain(expected);
    const en = await textOf(await renderDunningLetter(notice('en')));
    for (const expected of [
      'Subject: Notice of default',
      'a final term of 14 days, until and including 19 June 2025, to pay the total of €1,272.44.',
      'we will dissolve the contract for Access Dordrecht NAP 0042 without judicial intervention.',
    ])
      expect(en).toContain(expected);
  });

  it('dissolves, with the remaining term due at once (vn:1.6.2, vn:1.6.4)', async () => {
    const dissolution = letter({
      step: 'dissolution',
      date: '2025-06-20',
      payBy: null,
      costs: [],
      remainingTermChargeCents: 1_815_00,
    });
    const text = await textOf(await renderDunningLetter(dissolution));
    for (const expected of [
      'Betreft: Ontbinding van de overeenkomst',
      'ontbinden wij hierbij zonder rechterlijke tussenkomst de overeenkomst, met ingang van 20 juni 2025.',
      'De vergoedingen voor de resterende contractduur, € 1.815,00, zijn ineens verschuldigd',
      'Wij verzoeken u het totaalbedrag van € 1.272,44 per omgaande te betalen.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('als niet verzonden beschouwen');
  });

  it('refuses a letter that lacks what its step must say, naming every missing part', async () => {
    const bad = letter({ step: 'notice-of-default', payBy: null, claims: [], costs: [] });
    await expect(renderDunningLetter(bad)).rejects.toMatchObject({
      problems: [
        { field: 'claims', problem: 'a dunning letter needs a claim' },
        { field: 'payBy', problem: 'is required: a notice-of-default names the last day of its term' },
        { field: 'termDays', problem: 'is required: a notice of default names its term (vn:1.6.2)' },
      ],
    });
    await expect(renderDunningLetter(letter({ step: 'fourteen-day-letter' }))).rejects.toThrow(/6:96 lid 6/);
    await expect(renderDunningLetter(letter({ step: 'suspension' }))).rejects.toThrow(/services suspended/);
  });

  it('flows many claims over pages with a running head, and renders the same bytes every time', async () => {
    const claims = Array.from({ length: 70 }, (_, i) => ({
      invoiceNumber: `VN-2025-${String(i + 1).padStart(6, '0')}`,
      invoiceDate: '2025-04-01',
      dueDate: '2025-05-01',
      openPrincipalCents: 100_00,
      interestCents: 12,
    }));
    const long = letter({ claims });
    const pages = await pdfPages(await renderDunningLetter(long));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`));
    expect(pages[1]).toContain('Betalingsherinnering (vervolg)');
    expect(pages.join(' ')).toContain('VN-2025-000070');
    expect(pages.join(' ')).toContain('Totaal te betalen € 7.023,40');
    const [first, second] = await Promise.all([renderDunningLetter(long), renderDunningLetter(long)]);
    expect(first.equals(second)).toBe(true);
  });

  const qpdf = spawnSync('qpdf', ['--version']).status === 0;
  it.skipIf(!qpdf)('passes qpdf --check (where qpdf is installed)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vezel-dunning-pdf-'));
    try {
      const file = join(folder, 'letter.pdf');
      writeFileSync(file, await renderDunningLetter(fourteenDayLetter('nl')));
      const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
