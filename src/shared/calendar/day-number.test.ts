import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, daysBetween, fromDayNumber, isWeekend, toDayNumber, weekdayOf } from './day-number.ts';

const epoch = Temporal.PlainDate.from('1970-01-01');

describe('day numbers', () => {
  it('count days from 1 January 1970', () => {
    expect(toDayNumber(epoch)).toBe(0);
    expect(dayNumberOf(1970, 1, 2)).toBe(1);
    expect(dayNumberOf(1969, 12, 31)).toBe(-1);
    expect(dayNumberOf(2000, 3, 1) - dayNumberOf(2000, 2, 28)).toBe(2); // 2000 is a leap year
    expect(dayNumberOf(2100, 3, 1) - dayNumberOf(2100, 2, 28)).toBe(1); // 2100 is not
    expect(fromDayNumber(0).toString()).toBe('1970-01-01');
    expect(weekdayOf(0)).toBe(4); // a Thursday
  });

  it('agree with Temporal in both directions, with the weekday, for years 1–9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const date = epoch.add({ days: n });
        expect(toDayNumber(date)).toBe(n);
        expect(fromDayNumber(n).equals(date)).toBe(true);
        expect(weekdayOf(n)).toBe(date.dayOfWeek);
        expect(isWeekend(n)).toBe(date.dayOfWeek >= 6);
      }),
      { numRuns: 2000 },
    );
  });

  it('count the days between two dates as Temporal does, either way round (property)', () => {
    const day = fc.integer({ min: -719_162, max: 2_932_896 }).map((n) => epoch.add({ days: n }));
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(daysBetween(from, to)).toBe(from.until(to, { largestUnit: 'days' }).days);
      }),
      { numRuns: 1000 },
    );
    expect(daysBetween(Temporal.PlainDate.from('2028-02-28'), Temporal.PlainDate.from('2028-03-01'))).toBe(2);
  });
});
