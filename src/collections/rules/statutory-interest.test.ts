import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { INTEREST_KINDS } from './interest-rates.ts';
import { accruedInterest, statutoryInterest } from './statutory-interest.ts';
import type { InterestKind } from './statutory-interest.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

function interest(kind: InterestKind, principalCents: number, dueOn: string, until: string) {
  return statutoryInterest({ kind, principalCents, dueOn: day(dueOn), until: day(until) });
}

/** The rule's problems as [field, problem] pairs. */
function problemsOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => [p.field, p.problem]);
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('statutoryInterest: hand-worked cases', () => {
  it('nl:6:119a: € 10.000 over two anniversaries and five rates, 2024 counted in 365ths', () => {
    // Due 2023-03-15; in default from 2023-03-16; paid 2025-03-20. Each line: principal × % × days / 365.
    // Year 1 (2023-03-16 … 2024-03-15):
    //   2023-03-16…06-30  107 d × 10.50 %: 1 000 000 × 0.105 × 107/365 = 30 780.82 → 30 781
    //   2023-07-01…12-31  184 d × 12.00 %: 1 000 000 × 0.12  × 184/365 = 60 493.15 → 60 493
    //   2024-01-01…03-15   75 d × 12.50 %: 1 000 000 × 0.125 ×  75/365 = 25 684.93 → 25 685
    //   year 1: 116 959, added to the principal on 2024-03-16 → 1 116 959
    // Year 2 (2024-03-16 … 2025-03-15):
    //   2024-03-16…06-30  107 d × 12.50 %: 1 116 959 × 0.125  × 107/365 = 40 929.66 → 40 930
    //   2024-07-01…12-31  184 d × 12.25 %: 1 116 959 × 0.1225 × 184/365 = 68 976.04 → 68 976
    //   2025-01-01…03-15   74 d × 11.15 %: 1 116 959 × 0.1115 ×  74/365 = 25 249.39 → 25 249
    //   year 2: 135 155, added on 2025-03-16 → 1 252 114
    // Year 3: 2025-03-16…03-20  5 d × 11.15 %: 1 252 114 × 0.1115 × 5/365 = 1 912.48 → 1 912
    // Total: 116 959 + 135 155 + 1 912 = 254 026
    const result = interest('commercial', 1_000_000, '2023-03-15', '2025-03-20');
    expect(result.value).toBe(254_026);
    expect(result.because).toEqual(['nl:6:119a']);
    expect(result.figures.defaultFrom).toBe('2023-03-16');
    expect(result.figures.periods).toEqual([
      period('2023-03-16', '2023-06-30', 107, '10.50', 1_000_000, 30_781),
      period('2023-07-01', '2023-12-31', 184, '12.00', 1_000_000, 60_493),
      period('2024-01-01', '2024-03-15', 75, '12.50', 1_000_000, 25_685),
      period('2024-03-16', '2024-06-30', 107, '12.50', 1_116_959, 40_930),
      period('2024-07-01', '2024-12-31', 184, '12.25', 1_116_959, 68_976),
      period('2025-01-01', '2025-03-15', 74, '11.15', 1_116_959, 25_249),
      period('2025-03-16', '2025-03-20', 5, '11.15', 1_252_114, 1_912),
    ]);
    expect(result.figures.compounded).toEqual([
      { on: '2024-03-16', addedCents: 116_959 },
      { on: '2025-03-16', addedCents: 135_155 },
    ]);
  });

  it('nl:6:119: a default from 29 February compounds on 28 February', () => {
    // Due 2024-02-28, in default from 2024-02-29; anniversaries 2025-02-28 and 2026-02-28.
    // Year 1 (2024-02-29 … 2025-02-27, 365 days):
    //   2024-02-29…12-31  307 d × 7 %: 100 000 × 0.07 × 307/365 = 5 887.67 → 5 888
    //   2025-01-01…02-27   58 d × 6 %: 100 000 × 0.06 ×  58/365 =   953.42 →   953
    //   year 1: 6 841 → principal 106 841 from 2025-02-28
    // Year 2 (2025-02-28 … 2026-02-27):
    //   2025-02-28…12-31  307 d × 6 %: 106 841 × 0.06 × 307/365 = 5 391.81 → 5 392
    //   2026-01-01…02-27   58 d × 4 %: 106 841 × 0.04 ×  58/365 =   679.10 →   679
    //   year 2: 6 071 → principal 112 912 from 2026-02-28
    // Year 3: 2026-02-28…03-05  6 d × 4 %: 112 912 × 0.04 × 6/365 = 74.24 → 74
    // Total: 6 841 + 6 071 + 74 = 12 986
    const result = interest('non-commercial', 100_000, '2024-02-28', '2026-03-05');
    expect(result.value).toBe(12_986);
    expect(result.because).toEqual(['nl:6:119']);
    expect(result.figures.compounded).toEqual([
      { on: '2025-02-28', addedCents: 6_841 },
      { on: '2026-02-28', addedCents: 6_071 },
    ]);
    expect(result.figures.periods.map((p) => [p.from, p.days, p.interestCents])).toEqual([
      ['2024-02-29', 307, 5_888],
      ['2025-01-01', 58, 953],
      ['2025-02-28', 307, 5_392],
      ['2026-01-01', 58, 679],
      ['2026-02-28', 6, 74],
    ]);
  });

  it('nl:6:119a: the margin goes from 7 to 8 points on 16 March 2013', () => {
    // 2013-01-01…03-15  74 d × 7.75 % (ECB 0.75 + 7): 500 000 × 0.0775 ×  74/365 =  7 856.16 →  7 856
    // 2013-03-16…06-30 107 d × 8.75 % (ECB 0.75 + 8): 500 000 × 0.0875 × 107/365 = 12 825.34 → 12 825
    // 2013-07-01…07-10  10 d × 8.50 % (ECB 0.50 + 8): 500 000 × 0.085  ×  10/365 =  1 164.38 →  1 164
    // Total: 21 845
    const result = interest('commercial', 500_000, '2012-12-31', '2013-07-10');
    expect(result.value).toBe(21_845);
    expect(result.figures.periods.map((p) => p.percent)).toEqual(['7.75', '8.75', '8.50']);
  });

  it('a new half year at the same rate does not split a period', () => {
    // 8.00 % from 2016-07-01 to 2022-12-31, one row per half year.
    // 2017-01-01…12-31  365 d: 100 000 × 0.08 = 8 000 exactly; added on 2018-01-01 → 108 000
    // 2018-01-01…06-30  181 d: 108 000 × 0.08 × 181/365 = 4 284.49 → 4 284
    // Total: 12 284
    const result = interest('commercial', 100_000, '2016-12-31', '2018-06-30');
    expect(result.value).toBe(12_284);
    expect(result.figures.periods).toEqual([
      period('2017-01-01', '2017-12-31', 365, '8.00', 100_000, 8_000),
      period('2018-01-01', '2018-06-30', 181, '8.00', 108_000, 4_284),
    ]);
  });

  it('one day: paid the day after the due date', () => {
    // 2026-07-15, 1 d × 10.40 % (ECB 2.40 + 8): 100 000 × 0.104 / 365 = 28.49 → 28
    const result = interest('commercial', 100_000, '2026-07-14', '2026-07-15');
    expect(result.value).toBe(28);
    expect(result.figures.periods).toEqual([period('2026-07-15', '2026-07-15', 1, '10.40', 100_000, 28)]);
    expect(result.figures.compounded).toEqual([]);
  });

  it.each([
    ['paid on the due date', 100_000, '2025-05-31', '2025-05-31'],
    ['paid before the due date', 100_000, '2025-05-31', '2025-05-01'],
    ['nothing owed', 0, '2025-05-31', '2026-05-31'],
    ['paid on time, long ago, before the table starts', 100_000, '2005-05-31', '2005-05-31'],
  ])('zero: %s', (_, principal, dueOn, until) => {
    const result = interest('non-commercial', principal, dueOn, until);
    expect(result.value).toBe(0);
    expect(result.figures.periods).toEqual([]);
    expect(result.figures.compounded).toEqual([]);
  });
});

describe('accruedInterest: a principal that changes', () => {
  it('a part payment stops interest on the paid part after the day of payment', () => {
    // € 2.000 due 2025-06-30; € 1.500 paid on 2025-09-30, so € 500 owed from 2025-10-01; paid up 2026-02-15.
    // 2025-07-01…09-30  92 d × 6 % on 200 000: 200 000 × 0.06 × 92/365 = 3 024.66 ┐ 6 % stretch: 3 780.82
    // 2025-10-01…12-31  92 d × 6 % on  50 000:  50 000 × 0.06 × 92/365 =   756.16 ┘ → 3 781 = 3 025 + 756
    // 2026-01-01…02-15  46 d × 4 % on  50 000:  50 000 × 0.04 × 46/365 =   252.05 → 252
    // Total: 4 033
    const result = accruedInterest({
      kind: 'non-commercial',
      dueOn: day('2025-06-30'),
      until: day('2026-02-15'),
      principal: [
        { on: day('2025-06-30'), principalCents: 200_000 },
        { on: day('2025-09-30'), principalCents: 120_000 },
        { on: day('2025-09-30'), principalCents: 50_000 }, // two payments that day: the last step wins
      ],
    });
    expect(result.value).toBe(4_033);
    expect(result.figures.periods.map((p) => [p.from, p.through, p.principalCents, p.interestCents])).toEqual(
      [
        ['2025-07-01', '2025-09-30', 200_000, 3_025],
        ['2025-10-01', '2025-12-31', 50_000, 756],
        ['2026-01-01', '2026-02-15', 50_000, 252],
      ],
    );
  });

  it('a payment within a stretch of one rate shares its rounded interest: no extra rounding cent', () => {
    // € 1.000 due 2025-06-30; € 900 paid on 2025-07-31; until 2025-12-31, all at 6 %.
    // 2025-07-01…07-31  31 d on 100 000: 100 000 × 0.06 ×  31/365 = 509.589
    // 2025-08-01…12-31 153 d on  10 000:  10 000 × 0.06 × 153/365 = 251.507
    // The stretch: 761.096 → 761, shared 509 + 251 and the odd cent to the larger remainder (.589):
    // 510 + 251. Rounding each part would give 510 + 252 = 762. Unpaid it would be 3 024.66 → 3 025.
    const result = accruedInterest({
      kind: 'non-commercial',
      dueOn: day('2025-06-30'),
      until: day('2025-12-31'),
      principal: [
        { on: day('2025-06-30'), principalCents: 100_000 },
        { on: day('2025-07-31'), principalCents: 10_000 },
      ],
    });
    expect(result.figures.periods.map((p) => p.interestCents)).toEqual([510, 251]);
    expect(result.value).toBe(761);
    expect(interest('non-commercial', 100_000, '2025-06-30', '2025-12-31').value).toBe(3_025);
  });

  it('is statutoryInterest when the principal never changes, whatever step came before the due date', () => {
    const question = { kind: 'commercial', dueOn: day('2024-01-31'), until: day('2026-08-15') } as const;
    const accrued = accruedInterest({
      ...question,
      principal: [
        { on: day('2024-01-01'), principalCents: 90_000 },
        { on: day('2024-01-31'), principalCents: 123_456 },
      ],
    });
    expect(accrued).toEqual(statutoryInterest({ ...question, principalCents: 123_456 }));
  });

  it('leaves out the days nothing is owed, and interest added at an anniversary keeps bearing interest', () => {
    // € 1.000 due 2024-06-30, paid in full on 2024-12-31, the interest not: 2024-07-01…12-31 at 7 %:
    // 100 000 × 0.07 × 184/365 = 3 528.77 → 3 529. Nothing runs again until the anniversary 2025-07-01
    // adds 3 529 to the principal; from then 2025-07-01…07-10: 3 529 × 0.06 × 10/365 = 5.80 → 6.
    const result = accruedInterest({
      kind: 'non-commercial',
      dueOn: day('2024-06-30'),
      until: day('2025-07-10'),
      principal: [
        { on: day('2024-06-30'), principalCents: 100_000 },
        { on: day('2024-12-31'), principalCents: 0 },
      ],
    });
    expect(result.figures.periods.map((p) => [p.from, p.through, p.principalCents, p.interestCents])).toEqual(
      [
        ['2024-07-01', '2024-12-31', 100_000, 3_529],
        ['2025-07-01', '2025-07-10', 3_529, 6],
      ],
    );
    expect(result.value).toBe(3_535);
  });
});

describe('refused input names its field', () => {
  it('a negative or broken principal, a wrong kind', () => {
    expect(problemsOf(() => interest('commercial', -1, '2025-01-31', '2025-03-01'))).toEqual([
      ['principalCents', 'must be 0 or more, not -0.01'],
    ]);
    expect(problemsOf(() => interest('commercial', 12.5, '2025-01-31', '2025-03-01'))).toEqual([
      ['principalCents', '12.5 is not a whole number of cents'],
    ]);
    expect(
      problemsOf(() => interest('b2b' as InterestKind, 100, '2025-01-31', '2025-03-01')).map(([f]) => f),
    ).toEqual(['kind']);
  });

  it('dates that are not dates', () => {
    const run = () =>
      statutoryInterest({
        kind: 'commercial',
        principalCents: 100,
        dueOn: '2025-01-31' as unknown as Temporal.PlainDate,
        until: undefined as unknown as Temporal.PlainDate,
      });
    expect(problemsOf(run).map(([field]) => field)).toEqual(['dueOn', 'until']);
  });

  it('interest days before the first row of the rate table', () => {
    expect(problemsOf(() => interest('commercial', 100, '2009-06-30', '2009-08-01'))).toEqual([
      [
        'dueOn',
        'interest would run from 2009-07-01, but the commercial statutory interest rate is known from 2010-01-01',
      ],
      [
        'until',
        '2009-08-01 is before 2010-01-01: the commercial statutory interest rate is known from 2010-01-01',
      ],
    ]);
    expect(problemsOf(() => interest('non-commercial', 100, '2009-12-30', '2011-01-01'))).toEqual([
      [
        'dueOn',
        'interest would run from 2009-12-31, but the non-commercial statutory interest rate is known from 2010-01-01',
      ],
    ]);
    // Due 2009-12-31: interest runs from 2010-01-01, the first day the table knows.
    expect(interest('non-commercial', 36_500, '2009-12-31', '2010-01-01').value).toBe(3); // 36 500 × 3 % / 365
  });

  it('principal steps out of order, after the due date, or missing', () => {
    const ask = (principal: { on: string; principalCents: number }[]) => () =>
      accruedInterest({
        kind: 'commercial',
        dueOn: day('2025-01-31'),
        until: day('2025-06-30'),
        principal: principal.map((step) => ({ ...step, on: day(step.on) })),
      });
    expect(problemsOf(ask([]))).toEqual([['principal', 'must list at least one amount']]);
    expect(problemsOf(ask([{ on: '2025-02-01', principalCents: 100 }]))).toEqual([
      ['principal[0].on', '2025-02-01 is after the due date 2025-01-31: the first amount is the one due'],
    ]);
    const problems = problemsOf(
      ask([
        { on: '2025-01-31', principalCents: 100 },
        { on: '2025-03-01', principalCents: -100 },
        { on: '2025-02-01', principalCents: 50 },
      ]),
    );
    expect(problems.map(([field]) => field)).toEqual(['principal[1].principalCents', 'principal[2].on']);
  });
});

describe('statutoryInterest: properties', () => {
  const kinds = fc.constantFrom(...INTEREST_KINDS);
  // Due dates from the start of the table to mid 2026, and up to five years of interest.
  const firstDue = day('2010-01-01');
  const dueDates = fc.integer({ min: 0, max: 6_000 }).map((n) => firstDue.add({ days: n }));
  const spans = fc.integer({ min: 0, max: 5 * 366 });
  const principals = fc.integer({ min: 0, max: 100_000_000_000 });

  it('never negative, and the periods cover every day of default once', () => {
    fc.assert(
      fc.property(kinds, principals, dueDates, spans, (kind, principalCents, dueOn, span) => {
        const until = dueOn.add({ days: span });
        const { value, figures } = statutoryInterest({ kind, principalCents, dueOn, until });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBe(figures.periods.reduce((sum, p) => sum + p.interestCents, 0));
        if (principalCents > 0) expect(figures.periods.reduce((sum, p) => sum + p.days, 0)).toBe(span);
      }),
    );
  });

  it('grows with until and with the principal', () => {
    fc.assert(
      fc.property(
        kinds,
        principals,
        principals,
        dueDates,
        spans,
        spans,
        (kind, a, b, dueOn, spanA, spanB) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const [early, late] = [
            dueOn.add({ days: Math.min(spanA, spanB) }),
            dueOn.add({ days: Math.max(spanA, spanB) }),
          ];
          const at = (principalCents: number, until: Temporal.PlainDate) =>
            statutoryInterest({ kind, principalCents, dueOn, until }).value;
          expect(at(low, late)).toBeLessThanOrEqual(at(high, late));
          expect(at(high, early)).toBeLessThanOrEqual(at(high, late));
        },
      ),
    );
  });

  it('two parts owe what the whole owes, give or take a cent per sub-period', () => {
    fc.assert(
      fc.property(kinds, principals, principals, dueDates, spans, (kind, a, b, dueOn, span) => {
        const until = dueOn.add({ days: span });
        const of = (principalCents: number) => statutoryInterest({ kind, principalCents, dueOn, until });
        const whole = of(a + b);
        const parts = of(a).value + of(b).value;
        expect(Math.abs(parts - whole.value)).toBeLessThanOrEqual(whole.figures.periods.length);
      }),
    );
  });

  it('a part payment never raises the interest', () => {
    fc.assert(
      fc.property(
        kinds,
        principals,
        fc.double({ min: 0, max: 1, noNaN: true }),
        dueDates,
        spans,
        fc.integer({ min: 0, max: 5 * 366 }),
        (kind, principalCents, share, dueOn, span, paidAfter) => {
          const until = dueOn.add({ days: span });
          const full = statutoryInterest({ kind, principalCents, dueOn, until }).value;
          const left = Math.floor(principalCents * share);
          const partly = accruedInterest({
            kind,
            dueOn,
            until,
            principal: [
              { on: dueOn, principalCents },
              { on: dueOn.add({ days: paidAfter }), principalCents: left },
            ],
          }).value;
          expect(partly).toBeLessThanOrEqual(full);
        },
      ),
    );
  });
});

function period(
  from: string,
  through: string,
  days: number,
  percent: string,
  principalCents: number,
  interestCents: number,
) {
  return { from, through, days, percent, principalCents, interestCents };
}
