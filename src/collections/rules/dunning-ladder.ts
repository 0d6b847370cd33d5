import { Temporal } from 'temporal-polyfill';
import type { CustomerKind } from '../../customers/rules/customer-kind.ts';
import { addWorkingDays, extendToWorkingDay } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import { assertCents } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

/*
 * The dunning ladder as a pure rule, Kill Bill style: `evaluateDunning(state, asOf)` says which step
 * is due on `asOf`, if any. The scheduler takes that step, records it in the case and asks again the
 * next day; a step counts from the day the step before it was actually taken, so a scheduler that
 * was down takes the late step on the day it is back and never two steps on one day.
 *
 * The profile gives the steps and their days (`dunning`); the law adds the 14-day letter for a
 * consumer before collection costs (art. 6:96 lid 6 BW, nl:bik).
 */

/** Every step a case can take, in the only order it takes them. */
export const DUNNING_STEPS = [
  'reminder',
  'fourteen-day-letter',
  'collection-costs',
  'suspension',
  'notice-of-default',
  'dissolution',
] as const;
export type DunningStep = (typeof DUNNING_STEPS)[number];

export interface TakenStep {
  readonly step: DunningStep;
  /** The day the step was taken: its letter's date. */
  readonly on: Temporal.PlainDate;
}

export interface DunningCase {
  readonly openedOn: Temporal.PlainDate;
  readonly steps: readonly TakenStep[];
}

/** The parts of a terms profile the ladder reads. */
export type DunningTerms = Pick<
  TermsProfile,
  'dunning' | 'reminderFee' | 'collectionCosts' | 'dissolution' | 'earlyTermination'
>;

export interface DunningState {
  readonly terms: DunningTerms;
  readonly customerKind: CustomerKind;
  /** The customer's open case, or null when none is open. */
  readonly dunningCase: DunningCase | null;
  /** The overdue principal over all claims, less what open disputes hold back (bit:9.5). */
  readonly overdueCents: Cents;
  /** The due date of the oldest overdue, undisputed claim; null when nothing is overdue. */
  readonly oldestDueOn: Temporal.PlainDate | null;
}

/** One rung of the ladder this customer walks: the profile's steps, with the law's added. */
export interface Rung {
  readonly step: DunningStep;
  /** Calendar days after the step before (after the last day of its term when it has one). */
  readonly afterDays: number;
  /** A notice of default's term in calendar days from its date; null for other steps. */
  readonly termDays: number | null;
  readonly rules: readonly RuleId[];
}

/** What the step due asks of its letter, were it sent on `asOf`. */
export type DunningFigures = {
  readonly asOf: string;
  readonly customer: CustomerKind;
  readonly overdueCents: number;
  readonly oldestDueOn: string | null;
  readonly caseOpenedOn: string | null;
  readonly lastStep: DunningStep | null;
  readonly lastStepOn: string | null;
  /** The step after the last one taken, due or not; null when the ladder is done or not needed. */
  readonly nextStep: DunningStep | null;
  /** The day its afterDays count from: the oldest due date, the last step, or the end of its term. */
  readonly countedFrom: string | null;
  readonly afterDays: number | null;
  /** The day the next step became (or becomes) due. */
  readonly dueOn: string | null;
  /** 14-day letter: the day it counts as received (the first working day after sending). */
  readonly receivedOn: string | null;
  /** The last day to pay that the letter names; null for dissolution. */
  readonly payBy: string | null;
  /** What taking the step charges: the reminder fee (vn:7.1.6) or the collection costs. */
  readonly raises: 'reminder-fee' | 'collection-costs' | null;
  readonly reminderFeeCents: number | null;
  /** How the collection costs are priced for this customer (see collection-costs.ts). */
  readonly collectionCosts: 'bik' | 'actual' | null;
  /** Dissolution: the fees for the remaining term fall due at once (vn:1.6.4). */
  readonly remainingTermCharge: boolean;
  readonly reason: string;
};

export type DunningDecision = DunningStep | 'closed' | null;

const BIK: RuleId = 'nl:bik';
const CONSUMER_LETTER_DAYS = 14;

/**
 * The step due on `asOf`: the next rung once its afterDays have passed (the date it became due in
 * `dueOn`), `null` when nothing is due today, or `'closed'` when an open case has nothing overdue
 * any more (its suspension is lifted). A profile without a ladder takes no step.
 */
export function evaluateDunning(
  state: DunningState,
  asOf: Temporal.PlainDate,
): Explanation<DunningDecision, DunningFigures> {
  const { dunningCase, overdueCents, oldestDueOn } = state;
  assertCents(overdueCents, 'overdueCents');
  const taken = lastTaken(dunningCase, asOf);
  const base = baseFigures(state, asOf, taken);
  if (overdueCents <= 0 || oldestDueOn === null) {
    const reason = 'nothing is overdue';
    return dunningCase === null
      ? explain(null, [], { ...base, reason })
      : explain('closed', [], { ...base, reason: `${reason} any more: the case closes` });
  }
  const ladder = ladderFor(state.terms, state.customerKind);
  if (ladder.length === 0) return explain(null, [], { ...base, reason: 'the profile has no dunning ladder' });
  const lastRank = taken === null ? -1 : rank(taken.step);
  const nextIndex = ladder.findIndex((rung) => rank(rung.step) > lastRank);
  const next = ladder[nextIndex];
  if (next === undefined)
    return explain(null, [], { ...base, reason: 'the ladder has been walked to its end' });

  // The first step counts from the due date (in default from the day after: bit:11.6), the others
  // from the day the step before was taken, or from the last day of its term.
  const countedFrom = taken === null ? oldestDueOn : (termEnd(taken, ladder)?.lastDay ?? taken.on);
  const dueOn = countedFrom.add({ days: next.afterDays });
  const timing = {
    nextStep: next.step,
    countedFrom: countedFrom.toString(),
    afterDays: next.afterDays,
    dueOn: dueOn.toString(),
  };
  const because = rulesOf(next, state);
  if (Temporal.PlainDate.compare(dueOn, asOf) > 0)
    return explain(null, because, { ...base, ...timing, reason: `${next.step} is due on ${dueOn}` });
  const letter = letterFigures(next, ladder[nextIndex + 1], state, asOf);
  return explain(next.step, [...because, ...letter.because], {
    ...base,
    ...timing,
    ...letter.figures,
    reason: `${next.step} became due on ${dueOn}`,
  });
}

/**
 * The ladder a customer of this kind walks. Art. 6:96 lid 6 BW (nl:bik): a consumer owes collection
 * costs only after a letter giving 14 days to pay, so a consumer gets that letter in the place the
 * profile gives the collection costs, and the costs the day after its term (afterDays 1).
 */
export function ladderFor(terms: DunningTerms, customerKind: CustomerKind): Rung[] {
  const steps = terms.dunning?.steps ?? [];
  const rungs = steps.flatMap(({ step, afterDays, termDays, rules }): Rung[] => {
    const rung = { step, afterDays, termDays: termDays ?? null, rules: rules as RuleId[] };
    if (step !== 'collection-costs' || customerKind !== 'consumer') return [rung];
    const letter = { step: 'fourteen-day-letter', afterDays, termDays: null, rules: [BIK] } as const;
    return [letter, { ...rung, afterDays: 1 }];
  });
  checkLadder(rungs, terms);
  return rungs;
}

/** A stored profile passed validation; a ladder that still breaks the order is refused, not walked. */
function checkLadder(rungs: readonly Rung[], terms: DunningTerms): void {
  rungs.forEach((rung, index) => {
    const before = rungs[index - 1];
    if (before !== undefined && rank(rung.step) <= rank(before.step))
      throw new InvalidInputError('profile', `its dunning ladder puts ${rung.step} after ${before.step}`);
  });
  const steps = rungs.map((rung) => rung.step);
  // vn:1.6.2: where the terms dissolve only after a notice of default, the ladder must give one.
  if (terms.dissolution.afterNoticeOfDefault && steps.includes('dissolution'))
    if (!steps.includes('notice-of-default'))
      throw new InvalidInputError(
        'profile',
        'its dunning ladder dissolves without the notice of default its terms require',
      );
}

/** The term in days the profile gives a step (a notice of default's, vn:1.6.2), or null. */
export function termDaysOf(terms: Pick<DunningTerms, 'dunning'>, step: DunningStep): number | null {
  return terms.dunning?.steps.find((rung) => rung.step === step)?.termDays ?? null;
}

export interface StepTerm {
  /** The 14-day letter: the day it counts as received. */
  readonly receivedOn: Temporal.PlainDate | null;
  /** The last day the customer may pay within the term. */
  readonly lastDay: Temporal.PlainDate;
  readonly because: readonly RuleId[];
}

/**
 * The term a letter gives, if its step has one.
 * - The 14-day letter (art. 6:96 lid 6 BW, nl:bik): 14 days from the day after it is received. Our
 *   reading of receipt: the first working day after sending (nl:workdays), whether by post or e-mail.
 *   The term is statutory, so one that ends on a Saturday, Sunday or holiday runs on to the next
 *   working day (Algemene termijnenwet art. 1).
 * - The notice of default (vn:1.6.2): termDays calendar days from its date, the last day included.
 */
export function termEnd(taken: TakenStep, ladder: readonly Rung[]): StepTerm | null {
  if (taken.step === 'fourteen-day-letter') {
    const received = addWorkingDays(taken.on, 1);
    const end = extendToWorkingDay(received.value.add({ days: CONSUMER_LETTER_DAYS }));
    return { receivedOn: received.value, lastDay: end.value, because: [BIK, 'nl:workdays'] };
  }
  const termDays = ladder.find((rung) => rung.step === taken.step)?.termDays ?? null;
  if (termDays === null) return null;
  return { receivedOn: null, lastDay: taken.on.add({ days: termDays }), because: [] };
}

/** The last step taken, by the ladder's order; a step dated after `asOf` is refused. */
function lastTaken(dunningCase: DunningCase | null, asOf: Temporal.PlainDate): TakenStep | null {
  let last: TakenStep | null = null;
  for (const taken of dunningCase?.steps ?? []) {
    if (Temporal.PlainDate.compare(taken.on, asOf) > 0)
      throw new InvalidInputError('dunningCase.steps', `${taken.step} on ${taken.on} is after ${asOf}`);
    if (rank(taken.step) < 0)
      throw new InvalidInputError('dunningCase.steps', `${String(taken.step)} is no dunning step`);
    if (last === null || rank(taken.step) > rank(last.step)) last = taken;
  }
  return last;
}

/** The step's own rule ids, then those of the profile settings it applies. */
function rulesOf(rung: Rung, state: DunningState): RuleId[] {
  const { terms, customerKind } = state;
  switch (rung.step) {
    case 'reminder':
      return [...rung.rules, ...((terms.reminderFee?.rules ?? []) as RuleId[])]; // vn:7.1.6
    case 'collection-costs': {
      // bit:11.7, vn:7.1.6; nl:bik only where the scale prices them.
      const method = costsMethod(terms, customerKind);
      const own = (terms.collectionCosts.rules as RuleId[]).filter(
        (rule) => method === 'bik' || rule !== BIK,
      );
      return [...rung.rules, ...own, ...(method === 'bik' ? [BIK] : [])];
    }
    case 'dissolution': {
      // The step's own ids (bit:11.5 without, vn:1.6.2 after a notice of default), then what an early
      // end costs (vn:1.6.4 the remaining term, vn:1.6.8 removal).
      const early = terms.earlyTermination?.remainingTermCharge ? terms.earlyTermination.rules : [];
      return [...rung.rules, ...(early as RuleId[])];
    }
    default:
      return [...rung.rules];
  }
}

function costsMethod(terms: DunningTerms, customerKind: CustomerKind): 'bik' | 'actual' {
  return customerKind === 'consumer' ? terms.collectionCosts.consumer : terms.collectionCosts.business;
}

type LetterFigures = Pick<
  DunningFigures,
  'receivedOn' | 'payBy' | 'raises' | 'reminderFeeCents' | 'collectionCosts' | 'remainingTermCharge'
>;

/**
 * What the letter of the step due says if sent on `asOf`: a letter with a term gives its last day; a
 * letter without one asks to pay before the next step falls due.
 */
function letterFigures(
  rung: Rung,
  following: Rung | undefined,
  state: DunningState,
  asOf: Temporal.PlainDate,
): { figures: LetterFigures; because: readonly RuleId[] } {
  const { terms, customerKind } = state;
  const term = termEnd({ step: rung.step, on: asOf }, [rung]);
  const payBy =
    term?.lastDay ??
    (following === undefined || rung.step === 'dissolution'
      ? null
      : asOf.add({ days: following.afterDays - 1 }));
  const fee = rung.step === 'reminder' ? (terms.reminderFee?.amountCents ?? null) : null;
  const costs = rung.step === 'collection-costs' || rung.step === 'fourteen-day-letter';
  return {
    figures: {
      receivedOn: term?.receivedOn?.toString() ?? null,
      payBy: payBy?.toString() ?? null,
      raises:
        fee !== null && fee > 0
          ? 'reminder-fee'
          : rung.step === 'collection-costs'
            ? 'collection-costs'
            : null,
      reminderFeeCents: fee,
      // The 14-day letter states the costs it warns of (art. 6:96 lid 6 BW).
      collectionCosts: costs ? costsMethod(terms, customerKind) : null,
      remainingTermCharge:
        rung.step === 'dissolution' && (terms.earlyTermination?.remainingTermCharge ?? false),
    },
    because: term?.because ?? [],
  };
}

function baseFigures(state: DunningState, asOf: Temporal.PlainDate, taken: TakenStep | null): DunningFigures {
  return {
    asOf: asOf.toString(),
    customer: state.customerKind,
    overdueCents: state.overdueCents,
    oldestDueOn: state.oldestDueOn?.toString() ?? null,
    caseOpenedOn: state.dunningCase?.openedOn.toString() ?? null,
    lastStep: taken?.step ?? null,
    lastStepOn: taken?.on.toString() ?? null,
    nextStep: null,
    countedFrom: null,
    afterDays: null,
    dueOn: null,
    receivedOn: null,
    payBy: null,
    raises: null,
    reminderFeeCents: null,
    collectionCosts: null,
    remainingTermCharge: false,
    reason: '',
  };
}

function rank(step: DunningStep): number {
  return DUNNING_STEPS.indexOf(step);
}
