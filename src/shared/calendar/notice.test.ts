import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addMonths, termEnd } from './months.ts';
import { firstPeriodEndAfterNotice } from './notice.ts';
import type { TermEnds } from './notice.ts';
import { PERIOD_KINDS, isPeriodEnd, nextPeriodEnd, previousPeriodEnd } from './period-ends.ts';
import type { PeriodKind } from './period-ends.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });
const anyDate = fc.integer({ min: 0, max: 365 * 300 }).map((n) => d('1980-01-01').add({ days: n }));
const before = (a: Temporal.PlainDate, b: Temporal.PlainDate) => Temporal.PlainDate.compare(a, b) < 0;

/** Term ends of a contract with a minimum term, then renewals of `renewalMonths` each (vn:1.5.1). */
function termEndsOf(start: Temporal.PlainDate, minimumMonths: number, renewalMonths: number): TermEnds {
  return (onOrAfter) => {
    let months = minimumMonths;
    while (before(termEnd(start, months), onOrAfter)) months += renewalMonths;
    return termEnd(start, months);
  };
}

function endFor(noticeDate: string, periodEnds: PeriodKind | TermEnds, months = 1, days = 0): string {
  return firstPeriodEndAfterNotice({
    noticeDate: d(noticeDate),
    notice: { months, days },
    periodEnds,
    because: [],
  }).value.toString();
}

describe('firstPeriodEndAfterNotice', () => {
  it('explains the end of the quarter with the rule ids it was given, and the figures (bit:12.2)', () => {
    const result = firstPeriodEndAfterNotice({
      noticeDate: d('2026-02-10'),
      notice: { months: 1 },
      periodEnds: 'quarter',
      because: ['bit:12.2'],
    });
    expect(result).toEqual({
      value: d('2026-03-31'),
      because: ['bit:12.2'],
      figures: {
        noticeDate: '2026-02-10',
        notice: { months: 1, days: 0 },
        periodEnds: 'quarter',
        earliestEnd: '2026-03-10',
        end: '2026-03-31',
      },
    });
  });

  it('adds no rule ids of its own', () => {
    const result = firstPeriodEndAfterNotice({
      noticeDate: d('2026-02-10'),
      notice: { months: 1 },
      periodEnds: 'year',
      because: [],
    });
    expect(result.because).toEqual([]);
  });

  it.each([
    // quarter, 1 month (bit:12.2): the last notice date for 31 March is 28 February
    ['2026-02-28', 'quarter', '2026-03-31'],
    ['2026-03-01', 'quarter', '2026-06-30'],
    ['2024-02-29', 'quarter', '2024-03-31'],
    ['2024-03-01', 'quarter', '2024-06-30'],
    // 31 May + 1 month clamps to 30 June, which is not after the quarter end
    ['2026-05-31', 'quarter', '2026-06-30'],
    ['2026-06-01', 'quarter', '2026-09-30'],
    ['2026-11-30', 'quarter', '2026-12-31'],
    ['2026-12-01', 'quarter', '2027-03-31'],
    // year, 1 month (bit:12.3)
    ['2026-11-30', 'year', '2026-12-31'],
    ['2026-12-01', 'year', '2027-12-31'],
    ['2026-01-01', 'year', '2026-12-31'],
    // month, 1 month
    ['2026-01-31', 'month', '2026-02-28'],
    ['2026-02-01', 'month', '2026-03-31'],
    ['2026-02-28', 'month', '2026-03-31'],
  ] as const)('notice on %s to the end of a %s ends it on %s', (noticeDate, kind, expected) => {
    expect(endFor(noticeDate, kind)).toBe(expected);
  });

  it('moves the end by one whole period when the notice is one day late', () => {
    // On time: 2026-02-28 + 1 month = 2026-03-28 ≤ 31 March. One day late: 1 April > 31 March.
    const onTime = endFor('2026-02-28', 'quarter');
    const late = endFor('2026-03-01', 'quarter');
    expect(onTime).toBe('2026-03-31');
    expect(late).toBe(nextPeriodEnd(d(onTime), 'quarter').toString());
    expect(endFor('2026-11-30', 'year')).toBe('2026-12-31');
    expect(endFor('2026-12-01', 'year')).toBe('2027-12-31');
  });

  it('counts notice in days too, and months before days', () => {
    expect(endFor('2026-03-01', 'quarter', 0, 30)).toBe('2026-03-31');
    expect(endFor('2026-03-02', 'quarter', 0, 30)).toBe('2026-06-30');
    const both = firstPeriodEndAfterNotice({
      noticeDate: d('2026-01-31'),
      notice: { months: 1, days: 1 },
      periodEnds: 'month',
      because: [],
    });
    expect(both.figures['earliestEnd']).toBe('2026-03-01'); // 28 Feb (clamped) + 1 day
    expect(both.value.toString()).toBe('2026-03-31');
  });

  it('treats zero notice as "to the end of the current period"', () => {
    expect(endFor('2026-03-31', 'quarter', 0)).toBe('2026-03-31');
    expect(endFor('2026-04-01', 'quarter', 0)).toBe('2026-06-30');
  });

  it("applies to a contract's own term ends: 4 months to the end of the term (vn:1.6.1)", () => {
    // Start 15 March 2025, 12-month minimum term, renewed for 12 months: terms end each 14 March.
    const terms = termEndsOf(d('2025-03-15'), 12, 12);
    const onTime = firstPeriodEndAfterNotice({
      noticeDate: d('2025-11-14'),
      notice: { months: 4 },
      periodEnds: terms,
      because: ['vn:1.6.1'],
    });
    expect(onTime.value.toString()).toBe('2026-03-14');
    expect(onTime.because).toEqual(['vn:1.6.1']);
    expect(onTime.figures['periodEnds']).toBe('term');
    expect(onTime.figures['earliestEnd']).toBe('2026-03-14');
    expect(endFor('2025-11-15', terms, 4)).toBe('2027-03-14');
  });

  it('refuses a term-end function that answers a date before the earliest end', () => {
    const broken: TermEnds = () => d('2026-01-01');
    expect(() => endFor('2026-01-01', broken)).toThrow(RangeError);
    expect(() => endFor('2026-01-01', broken)).toThrow('before the earliest possible end 2026-02-01');
  });

  it.each([{ months: -1 }, { days: -1 }, { months: 1.5 }, { days: Number.NaN }])(
    'refuses the notice %j',
    (notice) => {
      expect(() =>
        firstPeriodEndAfterNotice({
          noticeDate: d('2026-01-01'),
          notice,
          periodEnds: 'quarter',
          because: [],
        }),
      ).toThrow(RangeError);
    },
  );

  it('refuses an unknown period kind', () => {
    expect(() => endFor('2026-01-01', 'week' as PeriodKind)).toThrow("unknown period kind 'week'");
  });
});

describe('firstPeriodEndAfterNotice (properties)', () => {
  const notice = fc.record({
    months: fc.integer({ min: 0, max: 24 }),
    days: fc.integer({ min: 0, max: 100 }),
  });
  const kind = fc.constantFrom(...PERIOD_KINDS);

  it('gives a period end E with notice date + N ≤ E, and the period end before E is < notice date + N', () => {
    fc.assert(
      fc.property(anyDate, notice, kind, (noticeDate, length, periodEnds) => {
        const { value: end } = firstPeriodEndAfterNotice({
          noticeDate,
          notice: length,
          periodEnds,
          because: [],
        });
        const earliest = addMonths(noticeDate, length.months).add({ days: length.days });
        expect(isPeriodEnd(end, periodEnds)).toBe(true);
        expect(before(end, earliest)).toBe(false);
        expect(before(previousPeriodEnd(end, periodEnds), earliest)).toBe(true);
      }),
    );
  });

  it('moves by at most one whole period when the notice comes one day later', () => {
    fc.assert(
      fc.property(anyDate, notice, kind, (noticeDate, length, periodEnds) => {
        const end = (date: Temporal.PlainDate) =>
          firstPeriodEndAfterNotice({ noticeDate: date, notice: length, periodEnds, because: [] }).value;
        const today = end(noticeDate);
        const tomorrow = end(noticeDate.add({ days: 1 }));
        expect(tomorrow.equals(today) || tomorrow.equals(nextPeriodEnd(today, periodEnds))).toBe(true);
      }),
    );
  });

  it("gives a contract's first term end on or after notice date + N, and the term end before it is earlier", () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 12 }),
        (start, minimum, renewal, daysLater, months) => {
          const terms = termEndsOf(start, minimum, renewal);
          const noticeDate = start.add({ days: daysLater });
          const { value: end } = firstPeriodEndAfterNotice({
            noticeDate,
            notice: { months },
            periodEnds: terms,
            because: [],
          });
          const earliest = addMonths(noticeDate, months);
          expect(terms(end).equals(end)).toBe(true);
          expect(before(end, earliest)).toBe(false);
          const previousTermEnd = terms(start).equals(end)
            ? undefined
            : termEndBefore(start, minimum, renewal, end);
          if (previousTermEnd !== undefined) expect(before(previousTermEnd, earliest)).toBe(true);
        },
      ),
    );
  });
});

function termEndBefore(start: Temporal.PlainDate, minimum: number, renewal: number, end: Temporal.PlainDate) {
  let months = minimum;
  while (before(termEnd(start, months + renewal), end)) months += renewal;
  return termEnd(start, months);
}
