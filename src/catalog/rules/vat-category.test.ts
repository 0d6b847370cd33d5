import { describe, expect, it } from 'vitest';
import { NL_VAT_RATES } from '../../shared/money/index.ts';
import { PRODUCT_VAT_CATEGORIES, isProductVatCategory, vatPercentOf } from './vat-category.ts';
import type { VatCategory } from './vat-category.ts';
import { date, problemsOf } from './test-support.ts';

describe('VAT category of a product (nl:vat)', () => {
  it.each([
    ['standard', '21'],
    ['reduced', '9'],
    ['zero', '0'],
  ] as const)('%s is %s %% today', (category, percent) => {
    const rate = vatPercentOf(category, date('2026-07-01'));
    expect(rate.value).toBe(percent);
    expect(rate.because).toEqual(['nl:vat']);
  });

  it('takes the rate in force on the supply date from money’s table', () => {
    expect(vatPercentOf('standard', date('2012-09-30')).value).toBe('19');
    expect(vatPercentOf('reduced', date('2018-12-31')).value).toBe('6');
    expect(vatPercentOf('reduced', date('2019-01-01')).figures).toMatchObject({ validFrom: '2019-01-01' });
  });

  it('has exactly the kinds of the rate table', () => {
    expect(new Set(PRODUCT_VAT_CATEGORIES)).toEqual(new Set(NL_VAT_RATES.map((row) => row.kind)));
  });

  it('refuses a category it does not know', () => {
    expect(isProductVatCategory('S')).toBe(false);
    const [problem] = problemsOf(() => vatPercentOf('S' as VatCategory, date('2026-07-01')));
    expect(problem).toEqual({
      field: 'vatCategory',
      problem: "'S' is not a VAT category; one of standard, reduced, zero",
    });
  });
});
