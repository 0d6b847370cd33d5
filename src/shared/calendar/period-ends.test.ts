import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  PERIOD_KINDS,
  endOfMonth,
  endOfPeriod,
  endOfQuarter,
  endOfYear,
  isPeriodEnd,
  nextPeriodEnd,
  previousPeriodEnd,
  startOfMonth,
  startOfPeriod,
  startOfQuarter,
  startOfYear,
} from './period-ends.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });
const anyDate = fc.integer({ min: 0, max: 401_766 }).map((n) => d('1900-01-01').add({ days: n }));
const anyKind = fc.constantFrom(...PERIOD_KINDS);

describe('month ends', () => {
  it.each([
    [
      2024,
      [
        '01-31',
        '02-29',
        '03-31',
        '04-30',
        '05-31',
        '06-30',
        '07-31',
        '08-31',
        '09-30',
        '10-31',
        '11-30',
        '12-31',
      ],
    ],
    [
      2026,
      [
        '01-31',
        '02-28',
        '03-31',
        '04-30',
        '05-31',
        '06-30',
        '07-31',
        '08-31',
        '09-30',
        '10-31',
        '11-30',
        '12-31',
      ],
    ],
    [
      2100,
      [
        '01-31',
        '02-28',
        '03-31',
        '04-30',
        '05-31',
        '06-30',
        '07-31',
        '08-31',
        '09-30',
        '10-31',
        '11-30',
        '12-31',
      ],
    ],
    [
      2000,
      [
        '01-31',
        '02-29',
        '03-31',
        '04-30',
        '05-31',
        '06-30',
        '07-31',
        '08-31',
        '09-30',
        '10-31',
        '11-30',
        '12-31',
      ],
    ],
  ])('every month of %i ends on the right day', (year, ends) => {
    const months = Array.from({ length: 12 }, (_, i) => d(`${year}-${String(i + 1).padStart(2, '0')}-15`));
    expect(months.map((m) => endOfMonth(m).toString())).toEqual(ends.map((end) => `${year}-${end}`));
    expect(months.map((m) => startOfMonth(m).day)).toEqual(Array(12).fill(1));
  });

  it('keeps the first and the last day of a month in that month', () => {
    expect(endOfMonth(d('2024-02-01')).toString()).toBe('2024-02-29');
    expect(endOfMonth(d('2024-02-29')).toString()).toBe('2024-02-29');
    expect(startOfMonth(d('2024-02-29')).toString()).toBe('2024-02-01');
  });
});

describe('calendar quarters', () => {
  it.each([
    ['01-01', '01-01', '03-31'],
    ['02-29', '01-01', '03-31'],
    ['03-31', '01-01', '03-31'],
    ['04-01', '04-01', '06-30'],
    ['05-31', '04-01', '06-30'],
    ['06-30', '04-01', '06-30'],
    ['07-01', '07-01', '09-30'],
    ['08-15', '07-01', '09-30'],
    ['09-30', '07-01', '09-30'],
    ['10-01', '10-01', '12-31'],
    ['11-30', '10-01', '12-31'],
    ['12-31', '10-01', '12-31'],
  ])('2024-%s lies in the quarter from %s to %s', (day, start, end) => {
    expect(startOfQuarter(d(`2024-${day}`)).toString()).toBe(`2024-${start}`);
    expect(endOfQuarter(d(`2024-${day}`)).toString()).toBe(`2024-${end}`);
  });
});

describe('calendar years', () => {
  it('start on 1 January and end on 31 December', () => {
    expect(startOfYear(d('2024-02-29')).toString()).toBe('2024-01-01');
    expect(endOfYear(d('2024-02-29')).toString()).toBe('2024-12-31');
    expect(endOfYear(d('2026-12-31')).toString()).toBe('2026-12-31');
    expect(startOfYear(d('2026-01-01')).toString()).toBe('2026-01-01');
  });
});

describe('nextPeriodEnd', () => {
  it.each([
    ['2024-01-31', 'month', '2024-02-29'],
    ['2023-01-31', 'month', '2023-02-28'],
    ['2024-02-29', 'month', '2024-03-31'],
    ['2026-11-30', 'month', '2026-12-31'],
    ['2026-12-31', 'month', '2027-01-31'],
    ['2026-03-31', 'quarter', '2026-06-30'],
    ['2026-06-30', 'quarter', '2026-09-30'],
    ['2026-09-30', 'quarter', '2026-12-31'],
    ['2026-12-31', 'quarter', '2027-03-31'],
    ['2026-12-31', 'year', '2027-12-31'],
  ] as const)('after %s the next %s ends on %s', (end, kind, expected) => {
    expect(nextPeriodEnd(d(end), kind).toString()).toBe(expected);
  });

  it.each([
    ['2026-03-30', 'month'],
    ['2026-04-30', 'quarter'],
    ['2026-06-30', 'year'],
  ] as const)('refuses %s, which is not the end of a %s', (date, kind) => {
    expect(() => nextPeriodEnd(d(date), kind)).toThrow(RangeError);
    expect(() => nextPeriodEnd(d(date), kind)).toThrow(`${date} is not the end of a ${kind}`);
  });
});

describe('periods (properties)', () => {
  it('contain the date: start ≤ date ≤ end, and both are the bounds of one period', () => {
    fc.assert(
      fc.property(anyDate, anyKind, (date, kind) => {
        const start = startOfPeriod(date, kind);
        const end = endOfPeriod(date, kind);
        expect(Temporal.PlainDate.compare(start, date)).toBeLessThanOrEqual(0);
        expect(Temporal.PlainDate.compare(date, end)).toBeLessThanOrEqual(0);
        expect(isPeriodEnd(end, kind)).toBe(true);
        expect(endOfPeriod(start, kind).equals(end)).toBe(true);
        expect(startOfPeriod(end, kind).equals(start)).toBe(true);
      }),
    );
  });

  it('tile the calendar: the day after an end starts the next period, whose end is nextPeriodEnd', () => {
    fc.assert(
      fc.property(anyDate, anyKind, (date, kind) => {
        const end = endOfPeriod(date, kind);
        const dayAfter = end.add({ days: 1 });
        expect(startOfPeriod(dayAfter, kind).equals(dayAfter)).toBe(true);
        expect(nextPeriodEnd(end, kind).equals(endOfPeriod(dayAfter, kind))).toBe(true);
        expect(nextPeriodEnd(previousPeriodEnd(date, kind), kind).equals(end)).toBe(true);
      }),
    );
  });

  it('are nested: a quarter end is a month end and a year end is a quarter end', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        if (isPeriodEnd(date, 'year')) expect(isPeriodEnd(date, 'quarter')).toBe(true);
        if (isPeriodEnd(date, 'quarter')) expect(isPeriodEnd(date, 'month')).toBe(true);
      }),
    );
  });
});
