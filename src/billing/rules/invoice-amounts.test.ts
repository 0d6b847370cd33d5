import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVERSE_CHARGE_NOTE } from '../../shared/money/index.ts';
import type { VatCustomer } from '../../shared/money/index.ts';
import { invoiceAmounts } from './invoice-amounts.ts';
import type { PricedLine } from './invoice-amounts.ts';
import { fieldsOf } from './test-support.ts';

const dutchBusiness: VatCustomer = { kind: 'business', country: 'NL', vatId: 'NL123456789B01' };
const belgianBusiness: VatCustomer = { kind: 'business', country: 'BE', vatId: 'BE 0123.456.789' };
const belgianConsumer: VatCustomer = { kind: 'consumer', country: 'BE' };
const line = (
  netCents: number,
  vatRate: PricedLine['vatRate'] = 'standard',
  supplyDate = '2027-01-01',
): PricedLine => ({
  netCents,
  vatRate,
  supplyDate,
});

describe('invoiceAmounts (nl:vat, nl:peppol)', () => {
  it('a Dutch business pays 21 % on a standard line', () => {
    expect(invoiceAmounts([line(10_000)], dutchBusiness, '2027-01-01')).toEqual({
      lines: [{ vatCategory: 'S', vatPercent: '21' }],
      vatSubtotals: [{ category: 'S', percent: '21', taxableCents: 10_000, vatCents: 2_100 }],
      netCents: 10_000,
      vatCents: 2_100,
      totalCents: 12_100,
      reverseCharge: false,
      notes: [],
      because: ['nl:vat', 'nl:peppol'],
    });
  });

  it('groups by rate in order of appearance: 21 %, 9 % and a zero-rated line without an exemption reason (BR-Z-10)', () => {
    const amounts = invoiceAmounts(
      [line(10_000), line(5_000, 'reduced'), line(2_000, 'zero'), line(1_000)],
      dutchBusiness,
      '2027-01-01',
    );
    expect(amounts.lines.map((l) => `${l.vatCategory} ${l.vatPercent}`)).toEqual([
      'S 21',
      'S 9',
      'Z 0',
      'S 21',
    ]);
    expect(amounts.vatSubtotals).toEqual([
      { category: 'S', percent: '21', taxableCents: 11_000, vatCents: 2_310 },
      { category: 'S', percent: '9', taxableCents: 5_000, vatCents: 450 },
      { category: 'Z', percent: '0', taxableCents: 2_000, vatCents: 0 },
    ]);
    expect([amounts.netCents, amounts.vatCents, amounts.totalCents]).toEqual([18_000, 2_760, 20_760]);
  });

  it('charges each line the rate of its supply date, so an old period keeps its rate', () => {
    const amounts = invoiceAmounts(
      [
        line(10_000, 'standard', '2012-09-30'),
        line(10_000, 'standard', '2012-10-01'),
        line(10_000, 'reduced', '2018-12-31'),
      ],
      dutchBusiness,
      '2027-01-01',
    );
    expect(amounts.lines.map((l) => l.vatPercent)).toEqual(['19', '21', '6']);
    expect(amounts.vatCents).toBe(1_900 + 2_100 + 600);
  });

  it('a Belgian business with a VAT id: reverse charge (AE), no VAT, the note once, the VATEX reason', () => {
    const amounts = invoiceAmounts([line(10_000), line(5_000, 'reduced')], belgianBusiness, '2027-01-01');
    expect(amounts.lines).toEqual([
      { vatCategory: 'AE', vatPercent: '0' },
      { vatCategory: 'AE', vatPercent: '0' },
    ]);
    expect(amounts.vatSubtotals).toEqual([
      {
        category: 'AE',
        percent: '0',
        taxableCents: 15_000,
        vatCents: 0,
        exemptionReasonCode: 'VATEX-EU-AE',
        exemptionReason: 'Reverse charge',
      },
    ]);
    expect([amounts.netCents, amounts.vatCents, amounts.totalCents]).toEqual([15_000, 0, 15_000]);
    expect(amounts.reverseCharge).toBe(true);
    expect(amounts.notes).toEqual([REVERSE_CHARGE_NOTE]);
  });

  it('a consumer in Belgium pays Dutch VAT in this version (OSS not modelled, see vat-treatment.ts)', () => {
    const amounts = invoiceAmounts([line(10_000)], belgianConsumer, '2027-01-01');
    expect(amounts.lines).toEqual([{ vatCategory: 'S', vatPercent: '21' }]);
    expect([amounts.vatCents, amounts.reverseCharge, amounts.notes]).toEqual([2_100, false, []]);
  });

  it('a business outside the EU: outside the scope of Dutch VAT (O), with its note and reason', () => {
    const amounts = invoiceAmounts([line(10_000)], { kind: 'business', country: 'US' }, '2027-01-01');
    expect(amounts.vatSubtotals[0]).toMatchObject({
      category: 'O',
      exemptionReasonCode: 'VATEX-EU-O',
      exemptionReason: 'Not subject to VAT',
    });
    expect([amounts.vatCents, amounts.reverseCharge, amounts.notes.length]).toEqual([0, false, 1]);
  });

  it('nets credit lines against the others before VAT, and a credit alone is negative', () => {
    const mixed = invoiceAmounts([line(10_000), line(-2_500)], dutchBusiness, '2027-01-01');
    expect([mixed.netCents, mixed.vatCents, mixed.totalCents]).toEqual([7_500, 1_575, 9_075]);
    const credit = invoiceAmounts([line(-4_550)], dutchBusiness, '2027-01-01');
    // 21 % of −45.50 is −9.555: half a cent away from zero.
    expect([credit.netCents, credit.vatCents, credit.totalCents]).toEqual([-4_550, -956, -5_506]);
  });

  it('many small lines: VAT on the sum of the group, not rounded per line (BR-CO-17)', () => {
    const amounts = invoiceAmounts(
      Array.from({ length: 100 }, () => line(7)),
      dutchBusiness,
      '2027-01-01',
    );
    // Per line 7 × 21 % = 1.47 would round to 1 cent, 100 cents in all; on the sum 700 × 21 % = 147.
    expect([amounts.netCents, amounts.vatCents, amounts.totalCents]).toEqual([700, 147, 847]);
  });

  it('no lines, or only lines of zero, give zero totals', () => {
    expect(invoiceAmounts([], belgianBusiness, '2027-01-01')).toEqual({
      lines: [],
      vatSubtotals: [],
      netCents: 0,
      vatCents: 0,
      totalCents: 0,
      reverseCharge: false,
      notes: [],
      because: ['nl:vat', 'nl:peppol'],
    });
    const zero = invoiceAmounts([line(0), line(0, 'reduced')], dutchBusiness, '2027-01-01');
    expect([zero.netCents, zero.vatCents, zero.totalCents]).toEqual([0, 0, 0]);
  });

  it('names every bad field of the lines and the invoice date at once', () => {
    const bad = [{ netCents: 1.5, vatRate: 'high', supplyDate: '2027-02-30' }] as unknown as PricedLine[];
    expect(fieldsOf(() => invoiceAmounts(bad, dutchBusiness, '27-01-01'))).toEqual([
      'invoiceDate',
      'lines[0].netCents',
      'lines[0].vatRate',
      'lines[0].supplyDate',
    ]);
    expect(
      fieldsOf(() =>
        invoiceAmounts([line(100), line(100, 'standard', '1999-12-31')], dutchBusiness, '2027-01-01'),
      ),
    ).toEqual(['lines[1].supplyDate']);
  });

  it('refuses a bad customer even on an invoice without lines', () => {
    expect(
      fieldsOf(() =>
        invoiceAmounts([], { kind: 'business', country: 'BE', vatId: 'NL123456789B01' }, '2027-01-01'),
      ),
    ).toEqual(['customer.vatId']);
  });

  it('adds up: net is the sum of the lines, total is net plus the VAT of the groups', () => {
    const lines = fc.array(
      fc.record({
        netCents: fc.integer({ min: -1_000_000, max: 1_000_000 }),
        vatRate: fc.constantFrom<PricedLine['vatRate']>('standard', 'reduced', 'zero'),
        supplyDate: fc.constantFrom('2018-12-31', '2019-01-01', '2027-06-30'),
      }),
      { maxLength: 30 },
    );
    const customers = fc.constantFrom(dutchBusiness, belgianBusiness, belgianConsumer);
    fc.assert(
      fc.property(lines, customers, (priced, customer) => {
        const amounts = invoiceAmounts(priced, customer, '2027-07-01');
        expect(amounts.lines).toHaveLength(priced.length);
        expect(amounts.netCents).toBe(priced.reduce((sum, l) => sum + l.netCents, 0));
        expect(amounts.vatCents).toBe(amounts.vatSubtotals.reduce((sum, s) => sum + s.vatCents, 0));
        expect(amounts.totalCents).toBe(amounts.netCents + amounts.vatCents);
        expect(amounts.reverseCharge).toBe(customer === belgianBusiness && priced.length > 0);
        if (amounts.reverseCharge) expect(amounts.vatCents).toBe(0);
      }),
    );
  });
});
