import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../shared/money/index.ts';
import { INTEREST_KINDS, STATUTORY_INTEREST_RATES } from './interest-rates.ts';
import { statutoryInterest } from './statutory-interest.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

/** The non-commercial interest of one day on a principal, to read the rate in force on `date`. */
function interest(
  kind: 'commercial' | 'non-commercial',
  principalCents: number,
  dueOn: string,
  until: string,
) {
  return statutoryInterest({ kind, principalCents, dueOn: day(dueOn), until: day(until) });
}

describe('the rate tables', () => {
  it.each(INTEREST_KINDS)('%s: rows in date order from 2010-01-01, each with a rate and a source', (kind) => {
    const rows = STATUTORY_INTEREST_RATES[kind];
    expect(rows[0]?.from).toBe('2010-01-01');
    rows.forEach((row, i) => {
      expect(Temporal.PlainDate.from(row.from).toString()).toBe(row.from);
      if (i > 0) expect(row.from > (rows[i - 1]?.from ?? '')).toBe(true);
      expect(parseDecimal(row.percent).units > 0n).toBe(true);
      expect(row.source.length).toBeGreaterThan(20);
    });
  });

  it('commercial: a row for every half year up to and including 2026-07-01, ECB rate + 8 from 2013-03-16', () => {
    const rows = STATUTORY_INTEREST_RATES.commercial;
    const halfYears = rows.map((row) => row.from).filter((from) => /-(01|07)-01$/.test(from));
    expect(halfYears).toHaveLength(34); // 2010-01-01 … 2026-07-01
    expect(halfYears.at(-1)).toBe('2026-07-01');
    for (const row of rows.filter((r) => r.from >= '2013-03-16')) {
      const ecb = /rate (\d+\.\d+) %/.exec(row.source)?.[1];
      expect(ecb, row.from).toBeDefined();
      expect(Number(row.percent)).toBeCloseTo(Number(ecb) + 8, 10);
    }
  });

  it('non-commercial: the percentages in force on the days the sources name', () => {
    const onDay = (date: string) =>
      interest('non-commercial', 36_500_000, day(date).subtract({ days: 1 }).toString(), date).value;
    // 36 500 000 cents × p % / 365 for one day is p × 1 000 cents.
    expect(['2010-01-01', '2011-07-01', '2012-07-01', '2015-01-01', '2023-01-01'].map(onDay)).toEqual([
      3_000, 4_000, 3_000, 2_000, 4_000,
    ]);
    expect(['2023-07-01', '2024-01-01', '2025-01-01', '2025-07-01', '2026-07-01'].map(onDay)).toEqual([
      6_000, 7_000, 6_000, 6_000, 4_000,
    ]);
  });
});
