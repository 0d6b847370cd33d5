import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal.ts';
import { NL_VAT_RATES, vatRateOn } from './vat-rates.ts';

describe('vatRateOn (nl:vat)', () => {
  it.each([
    ['standard', '2012-09-30', '19'],
    ['standard', '2012-10-01', '21'],
    ['standard', '2026-11-22', '21'],
    ['reduced', '2018-12-31', '6'],
    ['reduced', '2019-01-01', '9'],
    ['zero', '2001-01-01', '0'],
    ['zero', '2026-01-01', '0'],
  ] as const)('%s on %s is %s %%', (kind, date, percent) => {
    expect(vatRateOn(kind, date).value).toBe(percent);
  });

  it('takes a PlainDate and explains the source of the figure', () => {
    const rate = vatRateOn('reduced', Temporal.PlainDate.from('2019-01-01'));
    expect(rate.because).toEqual(['nl:vat']);
    expect(rate.figures).toMatchObject({
      kind: 'reduced',
      date: '2019-01-01',
      validFrom: '2019-01-01',
      percent: '9',
    });
    expect(rate.figures['source']).toMatch(/art\. 9 lid 2 sub a/);
  });

  it('refuses a date the table does not cover, or a malformed date', () => {
    expect(() => vatRateOn('standard', '2000-12-31')).toThrow(
      'date: no standard VAT rate is known for 2000-12-31',
    );
    expect(() => vatRateOn('standard', '2026-02-30')).toThrow(/^date: '2026-02-30' is not a valid date/);
    expect(() => vatRateOn('standard', '1-1-2026')).toThrow(RangeError);
  });

  it('has a source, a valid date and a decimal rate on every row', () => {
    for (const row of NL_VAT_RATES) {
      expect(row.source).toMatch(/Wet OB 1968 art\. 9/);
      expect(Temporal.PlainDate.from(row.validFrom).toString()).toBe(row.validFrom);
      expect(() => parseDecimal(row.percent)).not.toThrow();
    }
  });
});
