import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, extendToWorkingDay, isWorkingDay, workingDaysBetween } from './working-days.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });
/** Any date from about 1981 to about 2990, so that a few hundred working days either way stay in range. */
const anyDate = fc.integer({ min: 500, max: 365 * 1010 }).map((n) => d('1980-01-01').add({ days: n }));
const after = (a: Temporal.PlainDate, b: Temporal.PlainDate) => Temporal.PlainDate.compare(a, b) > 0;

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-24', true], // Thursday
    ['2026-12-25', false], // Eerste Kerstdag, a Friday
    ['2026-12-26', false], // Saturday and Tweede Kerstdag
    ['2026-12-27', false], // Sunday
    ['2026-12-28', true],
    ['2026-01-02', false], // equated by decree
    ['2026-04-03', false], // Goede Vrijdag
    ['2026-05-05', false], // Bevrijdingsdag, every year (a Tuesday in 2026)
    ['2027-05-05', false],
    ['2024-02-29', true],
  ] as const)('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(d(date))).toBe(expected);
  });

  it('refuses a date outside the supported years, even on a weekend', () => {
    expect(() => isWorkingDay(d('1979-12-29'))).toThrow(RangeError);
    expect(() => isWorkingDay(d('3000-01-01'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('from 2026-12-18, 14 working days is 2027-01-11, and says why', () => {
    expect(addWorkingDays(d('2026-12-18'), 14)).toEqual({
      value: d('2027-01-11'),
      because: ['nl:workdays'],
      figures: {
        from: '2026-12-18',
        add: 14,
        weekendDays: 8,
        skipped: [
          { date: '2026-12-25', reason: 'Eerste Kerstdag' },
          { date: '2027-01-01', reason: 'Nieuwjaarsdag' },
        ],
      },
    });
  });

  it.each([
    ['2026-12-18', 0, '2026-12-18'],
    ['2026-12-26', 0, '2026-12-26'], // 0 returns the date itself, even a holiday on a Saturday
    ['2026-06-05', 1, '2026-06-08'], // Friday → Monday
    ['2026-06-06', 1, '2026-06-08'], // Saturday → Monday
    ['2026-06-07', 5, '2026-06-12'],
    ['2026-04-02', 1, '2026-04-07'], // over Goede Vrijdag, the weekend and Tweede Paasdag
    ['2026-05-13', 1, '2026-05-18'], // over Hemelvaartsdag and the Friday equated with it
    ['2025-12-31', 3, '2026-01-07'], // bit:9.1, 3 working days: over 1 and 2 January 2026
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['1979-12-31', 1, '1980-01-02'], // only the counted days need to be in a supported year
    ['2026-01-01', 14, '2026-01-22'], // bit:9.2, 14 working days; 2 January 2026 is equated by decree
  ] as const)('from %s, %i working days is %s', (from, count, expected) => {
    expect(addWorkingDays(d(from), count).value.toString()).toBe(expected);
  });

  it('names two holidays on one day together', () => {
    expect(addWorkingDays(d('2016-05-04'), 1).figures['skipped']).toEqual([
      { date: '2016-05-05', reason: 'Bevrijdingsdag / Hemelvaartsdag' },
    ]);
  });

  it.each([-1, -14])('refuses %i working days', (count) => {
    expect(() => addWorkingDays(d('2026-01-01'), count)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2026-01-01'), count)).toThrow('count must be 0 or more');
  });

  it.each([1.5, Number.NaN, Infinity])('refuses a count of %d', (count) => {
    expect(() => addWorkingDays(d('2026-01-01'), count)).toThrow(RangeError);
  });

  it('refuses to count into an unsupported year', () => {
    expect(() => addWorkingDays(d('2999-12-31'), 1)).toThrow(/not 3000/);
  });

  it('counts 500 working days quickly', () => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) addWorkingDays(d('2026-01-01').add({ days: i }), 500);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('addWorkingDays (properties)', () => {
  const count = fc.integer({ min: 0, max: 400 });

  it('lands on a working day (for n ≥ 1) that is n working days after the start', () => {
    fc.assert(
      fc.property(anyDate, count, (from, n) => {
        const { value } = addWorkingDays(from, n);
        if (n > 0) expect(isWorkingDay(value)).toBe(true);
        expect(workingDaysBetween(from, value)).toBe(n);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(anyDate, count, (from, n) => {
        expect(after(addWorkingDays(from, n + 1).value, addWorkingDays(from, n).value)).toBe(true);
      }),
    );
  });

  it('accounts for every day it steps over: working days, weekend days and skipped holidays', () => {
    fc.assert(
      fc.property(anyDate, count, (from, n) => {
        const { value, figures } = addWorkingDays(from, n);
        const skipped = figures['skipped'] as readonly { date: string }[];
        expect(from.until(value).days).toBe(n + (figures['weekendDays'] as number) + skipped.length);
        for (const { date } of skipped) expect(d(date).dayOfWeek).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('adds up: n then m working days is n + m working days', () => {
    fc.assert(
      fc.property(anyDate, count, count, (from, n, m) => {
        const stepwise = addWorkingDays(addWorkingDays(from, n).value, m).value;
        expect(stepwise.equals(addWorkingDays(from, n + m).value)).toBe(true);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-12-18', '2027-01-11', 14],
    ['2027-01-11', '2026-12-18', -14],
    ['2026-12-18', '2026-12-18', 0],
    ['2026-12-24', '2026-12-28', 1], // Fri 25 is Christmas, 26–27 the weekend
    ['2025-12-31', '2026-01-07', 3],
    ['2026-01-01', '2026-12-31', 251], // 260 weekdays after 1 January − 9 holidays on weekdays
    ['1979-12-31', '1980-01-02', 1], // only the counted days need to be in a supported year
  ] as const)('from %s to %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(d(from), d(to))).toBe(expected);
  });

  it('counts the working days d with from < d ≤ to, like a day-by-day count (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), (from, span) => {
        const to = from.add({ days: span });
        let count = 0;
        const [low, high] = span >= 0 ? [from, to] : [to, from];
        for (let day = low.add({ days: 1 }); !after(day, high); day = day.add({ days: 1 }))
          if (isWorkingDay(day)) count++;
        expect(workingDaysBetween(from, to)).toBe(span >= 0 ? count : -count);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extendToWorkingDay (Algemene termijnenwet art. 1)', () => {
  it.each([
    ['2026-12-24', '2026-12-24'],
    ['2026-12-25', '2026-12-28'],
    ['2026-12-26', '2026-12-28'],
    ['2026-01-01', '2026-01-05'], // Nieuwjaarsdag, the decree Friday, the weekend
    ['2026-04-03', '2026-04-07'], // Goede Vrijdag to after Tweede Paasdag
    ['1980-01-01', '1980-01-02'], // the first supported day
  ])('extends %s to %s', (date, expected) => {
    expect(extendToWorkingDay(d(date)).value.toString()).toBe(expected);
  });

  it('explains the extension', () => {
    expect(extendToWorkingDay(d('2026-12-25'))).toEqual({
      value: d('2026-12-28'),
      because: ['nl:workdays'],
      figures: {
        from: '2026-12-25',
        weekendDays: 2,
        skipped: [{ date: '2026-12-25', reason: 'Eerste Kerstdag' }],
      },
    });
  });

  it('is idempotent, lands on a working day, and skips no working day (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const extended = extendToWorkingDay(date).value;
        expect(isWorkingDay(extended)).toBe(true);
        expect(extendToWorkingDay(extended).value.equals(extended)).toBe(true);
        expect(after(date, extended)).toBe(false);
        expect(workingDaysBetween(date, extended)).toBe(isWorkingDay(date) ? 0 : 1);
      }),
    );
  });
});
