import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { billingQuarterOf, parseBillingQuarter } from './billing-quarter.ts';
import { date, problemsOf } from './test-support.ts';

const show = (q: { id: string; from: Temporal.PlainDate; to: Temporal.PlainDate }) => ({
  id: q.id,
  from: q.from.toString(),
  to: q.to.toString(),
});

describe('parseBillingQuarter (bit:11.1, vn:7.1.5)', () => {
  it.each([
    ['2027-Q1', '2027-01-01', '2027-03-31'],
    ['2027-Q2', '2027-04-01', '2027-06-30'],
    ['2027-Q3', '2027-07-01', '2027-09-30'],
    ['2027-Q4', '2027-10-01', '2027-12-31'],
    ['2000-Q1', '2000-01-01', '2000-03-31'],
    ['2999-Q4', '2999-10-01', '2999-12-31'],
  ])('%s runs from %s to %s', (text, from, to) => {
    expect(show(parseBillingQuarter(text))).toEqual({ id: text, from, to });
  });

  it.each([
    '2027-Q0',
    '2027-Q5',
    '2027-q1',
    '2027Q1',
    ' 2027-Q1',
    '2027-Q1 ',
    '27-Q1',
    '1999-Q4',
    '3000-Q1',
    '',
    '2027-Q12',
  ])('refuses %j naming the field', (text) => {
    const problems = problemsOf(() => parseBillingQuarter(text, 'quarter'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('quarter');
  });

  it('names the field period by default, and refuses what is not text', () => {
    expect(problemsOf(() => parseBillingQuarter('2027-Q9'))[0]?.field).toBe('period');
    expect(problemsOf(() => parseBillingQuarter(20271 as unknown as string))[0]?.field).toBe('period');
  });
});

describe('billingQuarterOf', () => {
  it('finds the quarter of a day, its first and last day included', () => {
    expect(show(billingQuarterOf(date('2028-02-29')))).toEqual({
      id: '2028-Q1',
      from: '2028-01-01',
      to: '2028-03-31',
    });
    expect(billingQuarterOf(date('2027-06-30')).id).toBe('2027-Q2');
    expect(billingQuarterOf(date('2027-07-01')).id).toBe('2027-Q3');
    expect(billingQuarterOf(date('2027-12-31')).id).toBe('2027-Q4');
  });

  it('contains the day, and its id parses back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 200 }), (offset) => {
        const day = date('2000-01-01').add({ days: offset });
        const quarter = billingQuarterOf(day);
        expect(Temporal.PlainDate.compare(quarter.from, day)).toBeLessThanOrEqual(0);
        expect(Temporal.PlainDate.compare(day, quarter.to)).toBeLessThanOrEqual(0);
        expect(show(parseBillingQuarter(quarter.id))).toEqual(show(quarter));
        expect(quarter.to.add({ days: 1 }).equals(billingQuarterOf(quarter.to.add({ days: 1 })).from)).toBe(
          true,
        );
      }),
    );
  });
});
