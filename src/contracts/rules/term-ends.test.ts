import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { termEnd } from '../../shared/calendar/index.ts';
import type { ContractTerm } from './renewal.ts';
import { termAt, termEndAt, termEndsOf, termOn, termStartAt } from './term-ends.ts';
import { date } from './test-support.ts';

const contract = (start: string, firstTermMonths: number, renewalMonths: number | null): ContractTerm => ({
  start: date(start),
  firstTermMonths,
  renewalMonths,
});
const ends = (term: ContractTerm, count: number) =>
  Array.from({ length: count }, (_, index) => termEndAt(term, index).toString());

describe('term ends', () => {
  it('bit:12.1: 12 months from 2026-01-01 ends on 31 December, then each year', () => {
    expect(ends(contract('2026-01-01', 12, 12), 3)).toEqual(['2026-12-31', '2027-12-31', '2028-12-31']);
  });

  it('vn:1.5.1: 24 months from 2025-01-01, then 12-month renewals', () => {
    const term = contract('2025-01-01', 24, 12);
    expect(ends(term, 3)).toEqual(['2026-12-31', '2027-12-31', '2028-12-31']);
    expect(termAt(term, 1)).toEqual({ index: 1, start: date('2027-01-01'), end: date('2027-12-31') });
  });

  it('counts every term from the start, so a clamped month does not drift into later terms', () => {
    const term = contract('2026-01-31', 1, 1);
    expect(ends(term, 5)).toEqual(['2026-02-27', '2026-03-30', '2026-04-29', '2026-05-30', '2026-06-29']);
    expect(termStartAt(term, 1).toString()).toBe('2026-02-28');
    expect(termStartAt(term, 2).toString()).toBe('2026-03-31');
  });

  it('keeps a leap-day start on its anniversary', () => {
    expect(ends(contract('2024-02-29', 12, 12), 5)).toEqual([
      '2025-02-27',
      '2026-02-27',
      '2027-02-27',
      '2028-02-28',
      '2029-02-27',
    ]);
  });

  it('finds the term running on a date', () => {
    const term = contract('2025-01-01', 24, 12);
    expect(termOn(term, date('2024-06-01'))?.index).toBe(0);
    expect(termOn(term, date('2026-12-31'))?.index).toBe(0);
    expect(termOn(term, date('2027-01-01'))?.index).toBe(1);
    expect(termOn(term, date('2031-07-15'))?.end.toString()).toBe('2031-12-31');
  });

  it('a contract without renewal has one term, and nothing after it', () => {
    const term = contract('2026-01-01', 12, null);
    expect(termOn(term, date('2026-12-31'))?.end.toString()).toBe('2026-12-31');
    expect(termOn(term, date('2027-01-01'))).toBeNull();
    expect(() => termEndAt(term, 1)).toThrow(RangeError);
    expect(() => termEndsOf(term)(date('2027-01-01'))).toThrow(/does not renew/);
  });

  const terms = fc.record({
    start: fc.integer({ min: 0, max: 365 * 40 }).map((days) => date('1990-01-01').add({ days })),
    firstTermMonths: fc.integer({ min: 1, max: 60 }),
    renewalMonths: fc.integer({ min: 1, max: 36 }),
  });

  it('terms follow each other without gap or overlap, the first ending at termEnd(start, first)', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 0, max: 30 }), (term, index) => {
        expect(termEndAt(term, 0)).toEqual(termEnd(term.start, term.firstTermMonths));
        expect(termStartAt(term, 0)).toEqual(term.start);
        expect(termStartAt(term, index + 1)).toEqual(termEndAt(term, index).add({ days: 1 }));
      }),
    );
  });

  it('the term on a date is the first whose end is on or after it', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: -400, max: 365 * 30 }), (term, offset) => {
        const day = term.start.add({ days: offset });
        const found = termOn(term, day);
        expect(found).not.toBeNull();
        if (!found) return;
        expect(Temporal.PlainDate.compare(found.end, day)).toBeGreaterThanOrEqual(0);
        if (found.index > 0)
          expect(Temporal.PlainDate.compare(termEndAt(term, found.index - 1), day)).toBeLessThan(0);
        expect(termEndsOf(term)(day)).toEqual(found.end);
      }),
    );
  });
});
