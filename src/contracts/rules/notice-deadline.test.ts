import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { lastNoticeDate } from './notice-deadline.ts';
import { date } from './test-support.ts';

describe('the last day to give notice', () => {
  it.each([
    ['2026-03-31', { months: 1 }, '2026-02-28'],
    ['2028-03-31', { months: 1 }, '2028-02-29'],
    ['2026-06-30', { months: 1 }, '2026-05-31'],
    ['2026-12-31', { months: 1 }, '2026-11-30'],
    ['2026-12-31', { months: 4 }, '2026-08-31'],
    ['2026-02-28', { months: 1 }, '2026-01-31'],
    ['2026-12-31', { months: 0, days: 14 }, '2026-12-17'],
    ['2026-12-31', { months: 1, days: 5 }, '2026-11-26'],
    ['2026-12-31', {}, '2026-12-31'],
  ])('to end on %s with notice %j: %s', (end, notice, expected) => {
    expect(lastNoticeDate(date(end), notice).toString()).toBe(expected);
  });

  it('is the latest day whose notice still fits: d + notice ≤ end < (d + 1) + notice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 60 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 90 }),
        (offset, months, days) => {
          const end = date('1980-01-01').add({ days: offset });
          const deadline = lastNoticeDate(end, { months, days });
          expect(Temporal.PlainDate.compare(deadline.add({ months, days }), end)).toBeLessThanOrEqual(0);
          expect(
            Temporal.PlainDate.compare(deadline.add({ days: 1 }).add({ months, days }), end),
          ).toBeGreaterThan(0);
        },
      ),
    );
  });
});
