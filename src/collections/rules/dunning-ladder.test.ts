import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { CustomerKind } from '../../customers/rules/customer-kind.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { findShippedProfile } from '../../terms/shipped-profiles.ts';
import { evaluateDunning, ladderFor } from './dunning-ladder.ts';
import type {
  DunningCase,
  DunningFigures,
  DunningState,
  DunningStep,
  DunningTerms,
} from './dunning-ladder.ts';

const bit = findShippedProfile('bit-2016-10-25')!;
const vn = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
const day = (text: string) => Temporal.PlainDate.from(text);

interface Walked {
  readonly step: DunningStep | 'closed';
  readonly on: string;
  readonly figures: DunningFigures;
  readonly because: readonly string[];
}

interface Walk {
  readonly terms: DunningTerms;
  readonly kind: CustomerKind;
  readonly dueOn: string;
  readonly through: string;
  /** The scheduler runs on these days only (all days when absent). */
  readonly up?: (date: Temporal.PlainDate) => boolean;
  /** Everything is paid on this day. */
  readonly paidOn?: string;
}

/** The scheduler: asks every day from the due date on, and takes the step the rule names. */
function walk({ terms, kind, dueOn, through, up = () => true, paidOn }: Walk): Walked[] {
  const walked: Walked[] = [];
  let dunningCase = null as DunningCase | null;
  for (
    let date = day(dueOn);
    Temporal.PlainDate.compare(date, day(through)) <= 0;
    date = date.add({ days: 1 })
  ) {
    if (!up(date)) continue;
    const paid = paidOn !== undefined && Temporal.PlainDate.compare(date, day(paidOn)) >= 0;
    const state: DunningState = {
      terms,
      customerKind: kind,
      dunningCase,
      overdueCents: paid ? 0 : 123_45,
      oldestDueOn: paid ? null : day(dueOn),
    };
    const { value, figures, because } = evaluateDunning(state, date);
    if (value === null) continue;
    walked.push({ step: value, on: date.toString(), figures, because });
    if (value === 'closed') dunningCase = null;
    else
      dunningCase = {
        openedOn: dunningCase?.openedOn ?? date,
        steps: [...(dunningCase?.steps ?? []), { step: value, on: date }],
      };
  }
  return walked;
}

const steps = (walked: readonly Walked[]) => walked.map(({ step, on }) => [step, on]);

describe('evaluateDunning, walked day by day (dates checked by hand)', () => {
  it('BIT, business: reminder, costs, suspension and dissolution without a notice of default (bit:11.5)', () => {
    // Invoice 1 April 2025, due 15 April (bit:11.3); 7, 14, 7 and 14 days between the steps.
    const walked = walk({ terms: bit, kind: 'business', dueOn: '2025-04-15', through: '2025-08-31' });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-04-22'],
      ['collection-costs', '2025-05-06'],
      ['suspension', '2025-05-13'],
      ['dissolution', '2025-05-27'],
    ]);
    const [reminder, costs, suspension, dissolution] = walked;
    // BIT charges no reminder fee; pay before the costs fall due.
    expect(reminder?.figures).toMatchObject({ raises: null, reminderFeeCents: null, payBy: '2025-05-05' });
    expect(reminder?.because).toEqual(['bit:11.6']);
    expect(costs?.figures).toMatchObject({ raises: 'collection-costs', collectionCosts: 'bik' });
    expect(costs?.because).toEqual(['bit:11.7', 'nl:bik']);
    expect(suspension?.because).toEqual(['bit:11.5']);
    expect(dissolution?.figures).toMatchObject({ payBy: null, remainingTermCharge: false });
    expect(dissolution?.because).toEqual(['bit:11.5']);
  });

  it('BIT, consumer: a 14-day letter before the costs, its term from the day after receipt (nl:bik)', () => {
    // Due Friday 28 February 2025. The letter goes out Friday 21 March and counts as received on
    // Monday 24 March (the first working day after); 14 days from the 25th end Monday 7 April.
    const walked = walk({ terms: bit, kind: 'consumer', dueOn: '2025-02-28', through: '2025-06-30' });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-03-07'],
      ['fourteen-day-letter', '2025-03-21'],
      ['collection-costs', '2025-04-08'],
      ['suspension', '2025-04-15'],
      ['dissolution', '2025-04-29'],
    ]);
    const letter = walked[1]!;
    expect(letter.figures).toMatchObject({
      receivedOn: '2025-03-24',
      payBy: '2025-04-07',
      raises: null,
      collectionCosts: 'bik',
    });
    expect(letter.because).toEqual(['nl:bik', 'nl:workdays']);
    expect(walked[2]?.figures).toMatchObject({
      countedFrom: '2025-04-07',
      afterDays: 1,
      dueOn: '2025-04-08',
    });
  });

  it('VitrumNet, business: a reminder fee, actual costs, suspension, notice of default, dissolution', () => {
    // Invoice 1 April 2025, due 1 May (vn:7.1.5).
    const walked = walk({ terms: vn, kind: 'business', dueOn: '2025-05-01', through: '2025-09-30' });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-05-08'],
      ['collection-costs', '2025-05-22'],
      ['suspension', '2025-05-29'],
      ['notice-of-default', '2025-06-05'],
      ['dissolution', '2025-06-20'],
    ]);
    const [reminder, costs, suspension, notice, dissolution] = walked;
    expect(reminder?.figures).toMatchObject({ raises: 'reminder-fee', reminderFeeCents: 1500 });
    expect(reminder?.because).toEqual(['vn:7.1.6']);
    // A business pays the actual costs (vn:7.1.6): the BIK scale is not cited.
    expect(costs?.figures).toMatchObject({ collectionCosts: 'actual' });
    expect(costs?.because).toEqual(['vn:7.1.6']);
    expect(suspension?.because).toEqual(['vn:7.1.7']);
    // The notice gives 14 days (5 → 19 June); dissolution the day after the term.
    expect(notice?.figures).toMatchObject({ payBy: '2025-06-19' });
    expect(notice?.because).toEqual(['vn:1.6.2']);
    expect(dissolution?.figures).toMatchObject({ countedFrom: '2025-06-19', remainingTermCharge: true });
    expect(dissolution?.because).toEqual(['vn:1.6.2', 'vn:1.6.4', 'vn:1.6.8']);
  });

  it('VitrumNet, consumer: the letter term runs past Christmas (Algemene termijnenwet art. 1)', () => {
    // Letter Wednesday 10 December 2025, received Thursday 11 December; 14 days end Thursday 25
    // December, Christmas, then Boxing Day and a weekend: the term ends Monday 29 December.
    const walked = walk({ terms: vn, kind: 'consumer', dueOn: '2025-11-19', through: '2026-04-30' });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-11-26'],
      ['fourteen-day-letter', '2025-12-10'],
      ['collection-costs', '2025-12-30'],
      ['suspension', '2026-01-06'],
      ['notice-of-default', '2026-01-13'],
      ['dissolution', '2026-01-28'],
    ]);
    expect(walked[1]?.figures).toMatchObject({ receivedOn: '2025-12-11', payBy: '2025-12-29' });
    // A consumer pays the BIK scale, whatever the terms say of businesses.
    expect(walked[2]?.figures).toMatchObject({ collectionCosts: 'bik' });
    expect(walked[2]?.because).toEqual(['vn:7.1.6', 'nl:bik']);
  });

  it('takes a late step on the day the scheduler is back, and counts the next from that day', () => {
    const down = (date: Temporal.PlainDate) =>
      Temporal.PlainDate.compare(date, day('2025-04-20')) < 0 ||
      Temporal.PlainDate.compare(date, day('2025-05-10')) > 0;
    const walked = walk({
      terms: bit,
      kind: 'business',
      dueOn: '2025-04-15',
      through: '2025-08-31',
      up: down,
    });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-05-11'],
      ['collection-costs', '2025-05-25'],
      ['suspension', '2025-06-01'],
      ['dissolution', '2025-06-15'],
    ]);
    expect(walked[0]?.figures.dueOn).toBe('2025-04-22');
  });
});

describe('a consumer who pays within the 14 days of the letter', () => {
  it.each(['2025-12-11', '2025-12-20', '2025-12-29'])('never reaches the costs (paid on %s)', (paidOn) => {
    const walked = walk({ terms: vn, kind: 'consumer', dueOn: '2025-11-19', through: '2026-04-30', paidOn });
    expect(steps(walked)).toEqual([
      ['reminder', '2025-11-26'],
      ['fourteen-day-letter', '2025-12-10'],
      ['closed', paidOn],
    ]);
  });

  it('owes them from the day after the term', () => {
    const walked = walk({
      terms: vn,
      kind: 'consumer',
      dueOn: '2025-11-19',
      through: '2025-12-30',
      paidOn: '2025-12-31',
    });
    expect(walked.at(-1)).toMatchObject({ step: 'collection-costs', on: '2025-12-30' });
  });
});

describe('evaluateDunning, one day', () => {
  const state = (over: Partial<DunningState> = {}): DunningState => ({
    terms: vn,
    customerKind: 'business',
    dunningCase: null,
    overdueCents: 10_000,
    oldestDueOn: day('2025-05-01'),
    ...over,
  });

  it('names the next step and its day while it is not due yet', () => {
    const result = evaluateDunning(state(), day('2025-05-07'));
    expect(result.value).toBeNull();
    expect(result.figures).toMatchObject({
      nextStep: 'reminder',
      dueOn: '2025-05-08',
      countedFrom: '2025-05-01',
    });
  });

  it('takes nothing when nothing is overdue, and closes an open case', () => {
    const paid = state({ overdueCents: 0, oldestDueOn: null });
    expect(evaluateDunning(paid, day('2025-06-01')).value).toBeNull();
    const open = {
      openedOn: day('2025-05-08'),
      steps: [{ step: 'reminder' as const, on: day('2025-05-08') }],
    };
    expect(evaluateDunning({ ...paid, dunningCase: open }, day('2025-06-01')).value).toBe('closed');
  });

  it('takes no step for a profile stored before ladders existed, or one without a ladder', () => {
    const { dunning: _absent, ...older } = vn;
    expect(evaluateDunning(state({ terms: older }), day('2025-09-01'))).toMatchObject({
      value: null,
      figures: { reason: 'the profile has no dunning ladder' },
    });
    expect(evaluateDunning(state({ terms: { ...vn, dunning: null } }), day('2025-09-01')).value).toBeNull();
  });

  it('refuses a case with a step after the day asked about', () => {
    const future = {
      openedOn: day('2025-05-08'),
      steps: [{ step: 'reminder' as const, on: day('2025-05-09') }],
    };
    expect(() => evaluateDunning(state({ dunningCase: future }), day('2025-05-08'))).toThrow(
      /after 2025-05-08/,
    );
  });

  it('refuses a ladder that dissolves without the notice of default its terms require (vn:1.6.2)', () => {
    const steps = vn.dunning!.steps.filter((step) => step.step !== 'notice-of-default');
    expect(() => ladderFor({ ...vn, dunning: { steps } }, 'business')).toThrow(/notice of default/);
  });
});

/** A ladder a profile may hold: any of the steps, in order, with their days. */
const ladders = fc
  .record({
    reminder: fc.option(fc.integer({ min: 1, max: 30 })),
    costs: fc.option(fc.integer({ min: 1, max: 30 })),
    suspension: fc.option(fc.integer({ min: 1, max: 30 })),
    notice: fc.option(
      fc.record({ afterDays: fc.integer({ min: 1, max: 30 }), termDays: fc.integer({ min: 1, max: 30 }) }),
    ),
    dissolution: fc.option(fc.integer({ min: 1, max: 30 })),
  })
  .map(({ reminder, costs, suspension, notice, dissolution }) => {
    const rule = ['bit:11.5'] as const;
    const steps = [
      reminder === null ? [] : [{ step: 'reminder' as const, afterDays: reminder, rules: [...rule] }],
      costs === null ? [] : [{ step: 'collection-costs' as const, afterDays: costs, rules: [...rule] }],
      suspension === null ? [] : [{ step: 'suspension' as const, afterDays: suspension, rules: [...rule] }],
      notice === null ? [] : [{ step: 'notice-of-default' as const, ...notice, rules: [...rule] }],
      dissolution === null
        ? []
        : [{ step: 'dissolution' as const, afterDays: dissolution, rules: [...rule] }],
    ].flat();
    const terms: TermsProfile = { ...bit, dunning: { steps } };
    return terms;
  })
  .filter((terms) => (terms.dunning?.steps.length ?? 0) > 0);

const dueDates = fc
  .integer({ min: 0, max: 365 * 8 })
  .map((offset) => day('2023-01-01').add({ days: offset }));
const kinds = fc.constantFrom<CustomerKind>('business', 'consumer');

describe('evaluateDunning, for any ladder (properties)', () => {
  it('never takes a step out of order, two on one day, or before its days have passed', () => {
    fc.assert(
      fc.property(
        ladders,
        kinds,
        dueDates,
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        (terms, kind, due, pattern) => {
          // The scheduler is down on the days the pattern says, repeating.
          const up = (date: Temporal.PlainDate) =>
            pattern[date.until(due, { largestUnit: 'days' }).days & 63] !== false;
          const walked = walk({
            terms,
            kind,
            dueOn: due.toString(),
            through: due.add({ days: 800 }).toString(),
            up,
          });
          const ladder = ladderFor(terms, kind);
          const order = ladder.map((rung) => rung.step);
          let previous: Walked | undefined;
          for (const taken of walked) {
            expect(taken.step).not.toBe('closed');
            const at = order.indexOf(taken.step as DunningStep);
            expect(at).toBeGreaterThanOrEqual(0);
            if (previous !== undefined) {
              expect(at).toBeGreaterThan(order.indexOf(previous.step as DunningStep));
              expect(day(taken.on).since(day(previous.on)).days).toBeGreaterThanOrEqual(
                ladder[at]!.afterDays,
              );
            } else {
              expect(day(taken.on).since(due).days).toBeGreaterThanOrEqual(ladder[at]!.afterDays);
            }
            if (taken.step === 'collection-costs' && kind === 'consumer') {
              // Received at the earliest the day after the letter, then 14 full days.
              expect(previous?.step).toBe('fourteen-day-letter');
              expect(day(taken.on).since(day(previous!.on)).days).toBeGreaterThanOrEqual(16);
            }
            if (previous?.step === 'notice-of-default') {
              const termDays = ladder.find((rung) => rung.step === 'notice-of-default')!.termDays!;
              expect(day(taken.on).since(day(previous.on)).days).toBeGreaterThan(termDays);
            }
            previous = taken;
          }
          // A scheduler up at least one day in 64 gets to the end of any ladder within 800 days.
          if (pattern.some(Boolean)) expect(walked.map((taken) => taken.step)).toEqual(order);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('takes each step on the day it falls due when the scheduler runs every day', () => {
    fc.assert(
      fc.property(ladders, kinds, dueDates, (terms, kind, due) => {
        const walked = walk({
          terms,
          kind,
          dueOn: due.toString(),
          through: due.add({ days: 400 }).toString(),
        });
        for (const taken of walked) expect(taken.figures.dueOn).toBe(taken.on);
        expect(walked.map((taken) => taken.step)).toEqual(ladderFor(terms, kind).map((rung) => rung.step));
      }),
      { numRuns: 100 },
    );
  });

  it('gives a consumer a 14-day letter before collection costs, and a business never', () => {
    fc.assert(
      fc.property(ladders, kinds, (terms, kind) => {
        const order = ladderFor(terms, kind).map((rung) => rung.step);
        const costsAt = order.indexOf('collection-costs');
        if (kind === 'business' || costsAt < 0) expect(order).not.toContain('fourteen-day-letter');
        else expect(order[costsAt - 1]).toBe('fourteen-day-letter');
      }),
    );
  });
});
