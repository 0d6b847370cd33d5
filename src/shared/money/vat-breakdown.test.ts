import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal.ts';
import { percentOf } from './multiply.ts';
import { vatBreakdown, type VatLine } from './vat-breakdown.ts';
import type { VatCategory } from './vat-category.ts';

describe('vatBreakdown (nl:vat, nl:peppol)', () => {
  it('rounds the VAT on the sum of the lines per category, not per line (BR-CO-17)', () => {
    const lines: VatLine[] = [
      { netCents: 250, category: 'S', percent: '21' },
      { netCents: 250, category: 'S', percent: '21' },
    ];
    // Per line: 52.5 → 53 cents, twice: 106. On the sum: 500 × 21 % = 105.
    const perLine = lines.reduce((sum, line) => sum + percentOf(line.netCents, line.percent), 0);
    expect(perLine).toBe(106);
    const { value } = vatBreakdown(lines);
    expect(value).toEqual({
      subtotals: [{ category: 'S', percent: '21', taxableCents: 500, vatCents: 105 }],
      totalNetCents: 500,
      totalVatCents: 105,
      totalGrossCents: 605,
    });
  });

  it('groups by category and rate in order of first appearance; "21" and "21.00" are one rate', () => {
    const { value, because, figures } = vatBreakdown([
      { netCents: 10_000, category: 'S', percent: '21' },
      { netCents: 5_000, category: 'S', percent: '9' },
      { netCents: 2_000, category: 'AE', percent: '0' },
      { netCents: 1_234, category: 'S', percent: '21.00' },
      { netCents: 100, category: 'Z', percent: 0 },
    ]);
    expect(value.subtotals).toEqual([
      { category: 'S', percent: '21', taxableCents: 11_234, vatCents: 2_359 }, // 2359.14
      { category: 'S', percent: '9', taxableCents: 5_000, vatCents: 450 },
      { category: 'AE', percent: '0', taxableCents: 2_000, vatCents: 0 },
      { category: 'Z', percent: '0', taxableCents: 100, vatCents: 0 },
    ]);
    expect(value.totalNetCents).toBe(18_334);
    expect(value.totalVatCents).toBe(2_809);
    expect(value.totalGrossCents).toBe(21_143);
    expect(because).toEqual(['nl:vat', 'nl:peppol']);
    expect(figures['rounding']).toMatch(/BR-CO-17/);
  });

  it('rounds negative sums half away from zero (credit notes, discount lines)', () => {
    expect(vatBreakdown([{ netCents: -250, category: 'S', percent: '21' }]).value.totalVatCents).toBe(-53);
    const mixed = vatBreakdown([
      { netCents: 1_000, category: 'S', percent: '21' },
      { netCents: -750, category: 'S', percent: '21' },
    ]).value;
    expect(mixed.subtotals).toEqual([{ category: 'S', percent: '21', taxableCents: 250, vatCents: 53 }]);
  });

  it('gives zeros for an invoice without lines', () => {
    expect(vatBreakdown([]).value).toEqual({
      subtotals: [],
      totalNetCents: 0,
      totalVatCents: 0,
      totalGrossCents: 0,
    });
  });

  it('refuses lines that break the category rules', () => {
    expect(() => vatBreakdown([{ netCents: 1, category: 'S', percent: '0' }])).toThrow(
      /^lines\[0\]\.percent: is 0, but category S/,
    );
    expect(() => vatBreakdown([{ netCents: 1, category: 'AE', percent: '21' }])).toThrow(
      'lines[0].percent: is 21, but category AE has a rate of 0',
    );
    expect(() => vatBreakdown([{ netCents: 1, category: 'X' as VatCategory, percent: '0' }])).toThrow(
      /^lines\[0\]\.category: 'X' is not a VAT category/,
    );
    expect(() => vatBreakdown([{ netCents: 1.5, category: 'S', percent: '21' }])).toThrow(
      'lines[0].netCents: 1.5 is not a whole number of cents',
    );
    expect(() => vatBreakdown([{ netCents: 1, category: 'S', percent: '-21' }])).toThrow(
      'lines[0].percent: is negative',
    );
  });

  it('refuses totals beyond the safe range', () => {
    const huge: VatLine = { netCents: Number.MAX_SAFE_INTEGER, category: 'S', percent: '21' };
    expect(() => vatBreakdown([huge])).toThrow(RangeError);
  });

  it('always has gross = net + VAT, net = the sum of the lines, VAT within half a cent per group', () => {
    const line = fc.record({
      netCents: fc.integer({ min: -1e9, max: 1e9 }),
      category: fc.constantFrom<VatCategory>('S', 'Z', 'AE'),
      rate: fc.constantFrom('21', '9', '21.00', '8.15'),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (raw) => {
        const lines: VatLine[] = raw.map((l) => ({ ...l, percent: l.category === 'S' ? l.rate : '0' }));
        const { value } = vatBreakdown(lines);
        expect(value.totalGrossCents).toBe(value.totalNetCents + value.totalVatCents);
        expect(value.totalNetCents).toBe(lines.reduce((sum, l) => sum + l.netCents, 0));
        for (const s of value.subtotals) {
          // exact VAT × 10^(scale + 2) = taxable × percent units; compare in BigInt, no floats.
          const rate = parseDecimal(s.percent);
          const denominator = 100n * 10n ** BigInt(rate.scale);
          const diff = BigInt(s.vatCents) * denominator - BigInt(s.taxableCents) * rate.units;
          expect(2n * diff <= denominator && 2n * diff >= -denominator).toBe(true);
        }
      }),
    );
  });
});
