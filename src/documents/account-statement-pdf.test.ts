import { describe, expect, it } from 'vitest';
import { renderAccountStatementPdf } from './account-statement-pdf.ts';
import { pdfPages } from './test-support/pdf-text.ts';
import { accountWithEverything, row, STATEMENT_PARTIES } from './test-support/statement-fixtures.ts';

const textOf = async (pdf: Buffer): Promise<string> => (await pdfPages(pdf)).join(' ');

describe('renderAccountStatementPdf', () => {
  it('shows a Dutch statement: letterhead, every row with its running balance, the balance, interest and disputed part', async () => {
    const pdf = await renderAccountStatementPdf(accountWithEverything(), STATEMENT_PARTIES, 'nl');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      'BIT B.V. Galileïlaan 19 6716 BP Ede KvK-nummer 09090000 BTW-nummer NL000099998B57',
      'IBAN NL91 ABNA 0417 1643 00 BIC ABNANL2A',
      'Rekeningoverzicht',
      'Veluwe Vezel & Data B.V. Stationsplein 12 6811 KL Arnhem',
      'Stand per 16 maart 2027 Klantnummer CU-7',
      'Datum Omschrijving Kenmerk Debet Credit Saldo',
      '1 jan 2027 Factuur BIT-000001 € 363,00 € 363,00',
      '1 feb 2027 Administratiekosten herinnering CC-1 € 15,00 € 378,00',
      '10 feb 2027 Wettelijke rente BIT-000001 € 2,50 € 380,50',
      'PAY-1 € 200,00 € 180,50',
      '1 mrt 2027 Creditnota BITC-000001 € 50,00 € 130,50',
      'Saldo € 130,50',
      'Opgelopen wettelijke rente t/m 16 maart 2027 € 1,23',
      'Totaal verschuldigd € 131,73',
      'Waarvan betwist € 40,00',
      // The disputed part is not asked for while the dispute is open (bit:9.5).
      'Gelieve € 91,73 te voldoen op rekening NL91 ABNA 0417 1643 00 (BIC ABNANL2A) ten name van BIT B.V.',
      'Openstaande posten Post Vervaldatum Openstaand Rente Betwist Totaal',
      'Factuur BIT-000001 15 jan 2027 € 115,50 € 1,23 € 40,00 € 116,73',
      'Administratiekosten herinnering 1 feb 2027 € 15,00 € 0,00 € 15,00',
      'Pagina 1 van 1',
    ])
      expect(text).toContain(expected);
    // A long remittance is cut to its column, not run into the next.
    expect(text).toMatch(/Betaling: RF18 [\d ]*…/);
  });

  it('speaks English to an English customer, with amounts written the English way', async () => {
    const text = await textOf(
      await renderAccountStatementPdf(accountWithEverything(), STATEMENT_PARTIES, 'en'),
    );
    for (const expected of [
      'Account statement',
      'As of 16 March 2027 Customer number CU-7',
      'Date Description Reference Debit Credit Balance',
      '1 Jan 2027 Invoice BIT-000001 €363.00 €363.00',
      '1 Feb 2027 Reminder fee CC-1 €15.00 €378.00',
      '10 Feb 2027 Statutory interest BIT-000001 €2.50 €380.50',
      '1 Mar 2027 Credit note BITC-000001 €50.00 €130.50',
      'Balance €130.50',
      'Statutory interest accrued to 16 March 2027 €1.23',
      'Total owed €131.73',
      'Of which disputed €40.00',
      'Please pay €91.73 to account NL91 ABNA 0417 1643 00',
      'Open items Item Due date Outstanding Interest Disputed Total',
      'Invoice BIT-000001 15 Jan 2027 €115.50 €1.23 €40.00 €116.73',
      'Page 1 of 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/Saldo|Factuur/);
  });

  it('shows credit on the account, asks nothing, and says so when there are no rows', async () => {
    const credit = {
      ...accountWithEverything(),
      rows: [row('2027-01-05', 'payment', 'PAY-2', 'Payment', 0, 10_000, -10_000)],
      balanceCents: -10_000,
      accruedInterestCents: 0,
      disputedCents: 0,
      openClaims: [],
    };
    const text = await textOf(await renderAccountStatementPdf(credit, STATEMENT_PARTIES, 'nl'));
    expect(text).toContain('5 jan 2027 Betaling PAY-2 € 100,00 € -100,00');
    expect(text).toContain('Tegoed op uw rekening € 100,00');
    expect(text).not.toMatch(/Gelieve|Openstaande posten|betwist/);
    const empty = { ...credit, rows: [], balanceCents: 0 };
    expect(await textOf(await renderAccountStatementPdf(empty, STATEMENT_PARTIES, 'en'))).toContain(
      'There are no items on your account.',
    );
  });

  it('runs over pages with a running head, the balance carried row by row', async () => {
    const rows = Array.from({ length: 90 }, (_, i) =>
      row(
        '2027-01-01',
        'invoice',
        `BIT-${String(i + 1).padStart(6, '0')}`,
        'Invoice',
        1_000,
        0,
        (i + 1) * 1_000,
      ),
    );
    const long = { ...accountWithEverything(), rows, balanceCents: 90_000, openClaims: [] };
    const pages = await pdfPages(await renderAccountStatementPdf(long, STATEMENT_PARTIES, 'nl'));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toMatch(
      /^BIT B\.V\. Rekeningoverzicht Veluwe Vezel & Data B\.V\. \(vervolg\) Datum Omschrijving/,
    );
    expect(pages.at(-1)).toContain('Factuur BIT-000090 € 10,00 € 900,00');
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it('renders the same statement to the same bytes', async () => {
    const render = () => renderAccountStatementPdf(accountWithEverything(), STATEMENT_PARTIES, 'nl');
    expect((await render()).equals(await render())).toBe(true);
  });
});
