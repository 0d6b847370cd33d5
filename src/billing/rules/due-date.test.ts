import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDate } from './due-date.ts';
import { date, problemsOf } from './test-support.ts';

describe('dueDate', () => {
  it('bit:11.3: 14 days after the invoice date, with the rule and the figures', () => {
    expect(dueDate(date('2027-01-01'), 14, ['bit:11.3'])).toEqual({
      value: date('2027-01-15'),
      because: ['bit:11.3'],
      figures: { invoiceDate: '2027-01-01', paymentTermDays: 14, dueDate: '2027-01-15' },
    });
  });

  it('vn:7.1.5: 30 calendar days, across a month end and 29 February', () => {
    expect(dueDate(date('2028-02-15'), 30, ['vn:7.1.5']).value.toString()).toBe('2028-03-16');
    expect(dueDate(date('2027-12-15'), 30, ['vn:7.1.5']).value.toString()).toBe('2028-01-14');
  });

  it('a term of 0 days is due on the invoice date; 365 is the longest', () => {
    expect(dueDate(date('2027-04-01'), 0, []).value.toString()).toBe('2027-04-01');
    expect(dueDate(date('2027-04-01'), 365, []).value.toString()).toBe('2028-03-31');
  });

  it.each([-1, 366, 1.5, Number.NaN, Infinity])('refuses a term of %s days', (days) => {
    expect(problemsOf(() => dueDate(date('2027-04-01'), days, ['bit:11.3']))).toEqual([
      { field: 'paymentTermDays', problem: expect.stringContaining('0 to 365') },
    ]);
  });

  it('is the invoice date plus exactly the term, counted in calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_500 }), fc.integer({ min: 0, max: 365 }), (offset, term) => {
        const invoiceDate = date('2000-01-01').add({ days: offset });
        expect(invoiceDate.until(dueDate(invoiceDate, term, []).value).days).toBe(term);
      }),
    );
  });
});
