import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addMonths, termEnd } from './months.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });

/** Any date from 1900 to 2999. */
const anyDate = fc.integer({ min: 0, max: 401_766 }).map((n) => d('1900-01-01').add({ days: n }));

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // CLAUSES: 31 January + 1 month = 28 February
    ['2024-01-31', 1, '2024-02-29'], // … or 29 February in a leap year
    ['2100-01-31', 1, '2100-02-28'], // 2100 is not a leap year
    ['2000-01-31', 1, '2000-02-29'], // 2000 is
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-28'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-06-15', -30, '2023-12-15'],
    ['2026-06-15', 120, '2036-06-15'],
  ])('%s + %i months = %s', (start, n, expected) => {
    expect(addMonths(d(start), n).toString()).toBe(expected);
  });

  it('clamps every month end of a leap and a common year', () => {
    const ends = (year: number) =>
      Array.from({ length: 12 }, (_, i) => d(`${year}-${pad(i + 1)}-01`).with({ day: 31 }));
    expect(ends(2024).map((end) => addMonths(end, 1).toString())).toEqual([
      '2024-02-29',
      '2024-03-29',
      '2024-04-30',
      '2024-05-30',
      '2024-06-30',
      '2024-07-30',
      '2024-08-31',
      '2024-09-30',
      '2024-10-30',
      '2024-11-30',
      '2024-12-30',
      '2025-01-31',
    ]);
    expect(ends(2026).map((end) => addMonths(end, 1).toString())).toEqual([
      '2026-02-28',
      '2026-03-28',
      '2026-04-30',
      '2026-05-30',
      '2026-06-30',
      '2026-07-30',
      '2026-08-31',
      '2026-09-30',
      '2026-10-30',
      '2026-11-30',
      '2026-12-30',
      '2027-01-31',
    ]);
  });

  it.each([1.5, Number.NaN, Infinity, -0.1])('refuses %d months', (n) => {
    expect(() => addMonths(d('2026-01-01'), n)).toThrow(RangeError);
  });

  it('moves the month by exactly n and keeps the day unless it must clamp (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const result = addMonths(date, n);
        expect(result.year * 12 + result.month).toBe(date.year * 12 + date.month + n);
        expect(result.day).toBe(Math.min(date.day, result.daysInMonth));
      }),
    );
  });

  it('adds up when no clamping happens, and never overshoots when it does (property)', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -60, max: 60 }),
        (date, a, b) => {
          const stepwise = addMonths(addMonths(date, a), b);
          const direct = addMonths(date, a + b);
          if (date.day <= 28) expect(stepwise.equals(direct)).toBe(true);
          expect(stepwise.toPlainYearMonth().equals(direct.toPlainYearMonth())).toBe(true);
          expect(stepwise.day).toBeLessThanOrEqual(direct.day);
        },
      ),
    );
  });

  it('is undone by going back when no clamping happens (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (date, n) => {
        fc.pre(date.day <= 28);
        expect(addMonths(addMonths(date, n), -n).equals(date)).toBe(true);
      }),
    );
  });
});

describe('termEnd', () => {
  it.each([
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-01-01', 1, '2026-01-31'],
    ['2026-03-01', 1, '2026-03-31'],
    ['2026-03-15', 12, '2027-03-14'],
    ['2026-07-01', 3, '2026-09-30'],
    ['2026-02-01', 1, '2026-02-28'],
    ['2024-02-01', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-27'],
    ['2024-02-29', 12, '2025-02-27'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2026-12-31', 1, '2027-01-30'],
  ])('a %i-month term from %s ends on %s', (start, months, expected) => {
    expect(termEnd(d(start), months).toString()).toBe(expected);
  });

  it('ends a 1-month term from 31 January on 27/28 February: clamp first, then take off the day (literal CLAUSES)', () => {
    // "S + N months − 1 day" with "31 January + 1 month = 28 or 29 February": the clamped date
    // minus one day, so such a term is shorter than a month. Deliberate; see months.ts.
    expect(termEnd(d('2026-01-31'), 1).toString()).toBe('2026-02-27');
    expect(termEnd(d('2024-01-31'), 1).toString()).toBe('2024-02-28');
    expect(termEnd(d('2026-01-30'), 1).toString()).toBe('2026-02-27');
    expect(termEnd(d('2026-01-29'), 1).toString()).toBe('2026-02-27');
    expect(termEnd(d('2024-01-29'), 1).toString()).toBe('2024-02-28');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a term of %d months', (months) => {
    expect(() => termEnd(d('2026-01-01'), months)).toThrow(RangeError);
  });

  it('is followed the next day by start + N months (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 600 }), (start, n) => {
        expect(termEnd(start, n).add({ days: 1 }).equals(addMonths(start, n))).toBe(true);
      }),
    );
  });

  it('never ends before its start, and ends within N months (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 600 }), (start, n) => {
        const end = termEnd(start, n);
        expect(Temporal.PlainDate.compare(end, start)).toBeGreaterThanOrEqual(0);
        expect(Temporal.PlainDate.compare(end, start.add({ months: n }))).toBeLessThan(0);
      }),
    );
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
