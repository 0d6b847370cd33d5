import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import {
  allocateProportionally,
  centsFromBigInt,
  compareDecimal,
  formatAmount,
  isCents,
  parseDecimal,
  roundHalfAwayFromZero,
} from '../../shared/money/index.ts';
import type { Cents, Decimal } from '../../shared/money/index.ts';
import { INTEREST_KINDS, INTEREST_RULE, STATUTORY_INTEREST_RATES } from './interest-rates.ts';
import type { InterestKind, InterestRateRow } from './interest-rates.ts';

export type { InterestKind } from './interest-rates.ts';

/*
 * Statutory interest on a late payment (bit:11.6; nl:6:119 for consumers, nl:6:119a for business
 * customers). Adopted reading (CLAUSES.md):
 * - interest runs from the day after the due date up to and including the day of payment (`until`);
 * - simple interest per day, actual days / 365 (also in a leap year), split at every change of rate;
 * - compounded on each anniversary of the first day of default (29 Feb → 28 Feb): the interest of
 *   the year just ended joins the principal (art. 6:119 lid 2 BW, applied to 6:119a by that article);
 * - rounded half away from zero to the cent per sub-period (one rate within one year of default);
 *   the total is the sum of those. A change of principal within a sub-period shares its rounded
 *   interest over the two parts, so that a part payment never adds a rounding cent.
 * Interest already paid is not subtracted here: paying interest is for the caller's allocation.
 */

/** The principal after the day `on`: interest runs on it from the day after. */
export interface PrincipalStep {
  readonly on: Temporal.PlainDate;
  readonly principalCents: Cents;
}

export interface AccruedInterestInput {
  readonly kind: InterestKind;
  /** The last day to pay; the customer is in default from the day after (bit:11.6). */
  readonly dueOn: Temporal.PlainDate;
  /** The last day interest runs on, inclusive: the day of payment. */
  readonly until: Temporal.PlainDate;
  /**
   * The principal as steps in date order, the first on or before the due date. A part payment on D
   * is a step on D: interest runs on the paid part up to and including D. On equal dates the last wins.
   */
  readonly principal: readonly PrincipalStep[];
}

export interface StatutoryInterestInput {
  readonly kind: InterestKind;
  readonly principalCents: Cents;
  readonly dueOn: Temporal.PlainDate;
  readonly until: Temporal.PlainDate;
}

/** Days with one rate, one principal and within one year of default. */
export type InterestPeriod = {
  readonly from: string;
  /** Inclusive. */
  readonly through: string;
  readonly days: number;
  readonly percent: string;
  /** What the interest ran on: the principal with the interest of earlier years added. */
  readonly principalCents: Cents;
  /**
   * principal × percent / 100 × days / 365, rounded half away from zero to the cent; where the
   * principal changed within a sub-period, its share of that sub-period's rounded interest.
   */
  readonly interestCents: Cents;
};

export type StatutoryInterestFigures = {
  readonly kind: InterestKind;
  /** The first day interest runs: the day after the due date. */
  readonly defaultFrom: string;
  readonly until: string;
  /** Days on which no principal was owed are left out. */
  readonly periods: readonly InterestPeriod[];
  /** Each anniversary of defaultFrom up to `until` and the year's interest it added to the principal. */
  readonly compounded: readonly { readonly on: string; readonly addedCents: Cents }[];
};

export type RateTables = Readonly<Record<InterestKind, readonly InterestRateRow[]>>;

/** Interest on one principal, due on `dueOn`, owed in full up to and including `until`. */
export function statutoryInterest(
  input: StatutoryInterestInput,
  rates: RateTables = STATUTORY_INTEREST_RATES,
): Explanation<Cents, StatutoryInterestFigures> {
  const problems = [...questionProblems(input), ...amountProblems('principalCents', input.principalCents)];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const principal = [{ on: input.dueOn, principalCents: input.principalCents }];
  return interestOver({ ...input, principal }, rates);
}

/** Interest on a principal that changes over time (part payments, credit notes, disputes). */
export function accruedInterest(
  input: AccruedInterestInput,
  rates: RateTables = STATUTORY_INTEREST_RATES,
): Explanation<Cents, StatutoryInterestFigures> {
  const problems = [...questionProblems(input), ...principalProblems(input)];
  if (problems.length > 0) throw new InvalidInputError(problems);
  return interestOver(input, rates);
}

const { compare } = Temporal.PlainDate;
const earliest = (first: Temporal.PlainDate, ...others: (Temporal.PlainDate | undefined)[]) =>
  others.reduce<Temporal.PlainDate>((a, b) => (b !== undefined && compare(b, a) < 0 ? b : a), first);

function interestOver(
  input: AccruedInterestInput,
  rates: RateTables,
): Explanation<Cents, StatutoryInterestFigures> {
  const { kind, dueOn, until } = input;
  const defaultFrom = dueOn.add({ days: 1 });
  const periods: InterestPeriod[] = [];
  const compounded: { on: string; addedCents: Cents }[] = [];
  const figures = { kind, defaultFrom: defaultFrom.toString(), until: until.toString(), periods, compounded };
  if (compare(until, dueOn) <= 0) return explain(0, [INTEREST_RULE[kind]], figures);

  const segments = rateSegments(rates[kind]);
  checkCovered(segments, kind, defaultFrom, until);
  const end = until.add({ days: 1 });
  let day = defaultFrom;
  let year = 1;
  let anniversary = defaultFrom.add({ years: year }); // Temporal constrains 29 Feb to 28 Feb
  let capitalized = 0;
  let yearInterest = 0;
  while (compare(day, end) < 0) {
    const rate = segmentOn(segments, day);
    const stretchEnd = earliest(end, anniversary, rate.next);
    const parts = stretchParts(input.principal, capitalized, day, stretchEnd);
    const interest = stretchInterest(parts, rate.rate);
    periods.push(...shownPeriods(parts, interest.parts, rate.percent));
    yearInterest += interest.total;
    day = stretchEnd;
    if (compare(day, anniversary) === 0) {
      // nl:6:119 lid 2: after each full year the year's interest is added to the principal.
      if (yearInterest > 0) compounded.push({ on: anniversary.toString(), addedCents: yearInterest });
      capitalized += yearInterest;
      yearInterest = 0;
      year += 1;
      anniversary = defaultFrom.add({ years: year });
    }
  }
  const total = periods.reduce((sum, period) => sum + period.interestCents, 0);
  return explain(total, [INTEREST_RULE[kind]], figures);
}

/** The parts on which something was owed, as the figures show them. */
function shownPeriods(
  parts: readonly StretchPart[],
  interest: readonly Cents[],
  percent: string,
): InterestPeriod[] {
  return parts.flatMap(({ from, next, principalCents }, i) =>
    principalCents === 0
      ? []
      : [
          {
            from: from.toString(),
            through: next.subtract({ days: 1 }).toString(),
            days: from.until(next).days,
            percent,
            principalCents,
            interestCents: interest[i] ?? 0,
          },
        ],
  );
}

interface StretchPart {
  readonly from: Temporal.PlainDate;
  /** The day after the part. */
  readonly next: Temporal.PlainDate;
  readonly principalCents: Cents;
}

/** A stretch of one rate within one year, cut where the principal changes. */
function stretchParts(
  steps: readonly PrincipalStep[],
  capitalized: Cents,
  from: Temporal.PlainDate,
  stretchEnd: Temporal.PlainDate,
): StretchPart[] {
  const parts: StretchPart[] = [];
  for (let day = from; compare(day, stretchEnd) < 0;) {
    const next = earliest(stretchEnd, principalChangeAfter(steps, day));
    parts.push({ from: day, next, principalCents: principalOn(steps, day) + capitalized });
    day = next;
  }
  return parts;
}

/**
 * The interest of one stretch, rounded once: Σ principal × days × rate / 365, half away from zero.
 * Where the principal changed within the stretch the rounded amount is shared over its parts in
 * proportion to principal × days (largest remainders take the odd cents), so a part payment never
 * adds a rounding cent.
 */
function stretchInterest(parts: readonly StretchPart[], rate: Decimal): { total: Cents; parts: Cents[] } {
  const weights = parts.map((part) => BigInt(part.principalCents) * BigInt(part.from.until(part.next).days));
  const weight = weights.reduce((sum, w) => sum + w, 0n);
  const denominator = 100n * 365n * 10n ** BigInt(rate.scale);
  const total = centsFromBigInt(roundHalfAwayFromZero(weight * rate.units, denominator), 'interest');
  if (weight === 0n) return { total, parts: parts.map(() => 0) };
  return { total, parts: allocateProportionally(total, weights.map(String), 'interest') };
}

interface RateSegment {
  readonly from: Temporal.PlainDate;
  readonly percent: string;
  readonly rate: Decimal;
  /** The first day of the next different rate, if any. */
  readonly next?: Temporal.PlainDate;
}

/** The table as stretches of one rate: a new half year at the same rate is no change of rate. */
function rateSegments(rows: readonly InterestRateRow[]): RateSegment[] {
  const changes: { from: Temporal.PlainDate; percent: string; rate: Decimal }[] = [];
  for (const row of rows) {
    const rate = parseDecimal(row.percent, 'percent');
    const last = changes.at(-1);
    if (last === undefined || compareDecimal(last.rate, rate) !== 0)
      changes.push({ from: Temporal.PlainDate.from(row.from), percent: row.percent, rate });
  }
  return changes.map((change, i) => ({ ...change, next: changes[i + 1]?.from }));
}

function segmentOn(segments: readonly RateSegment[], day: Temporal.PlainDate): RateSegment {
  const segment = segments.findLast((s) => compare(s.from, day) <= 0);
  if (segment === undefined) throw new RangeError(`no statutory interest rate for ${day.toString()}`);
  return segment;
}

/** The rate table starts in 2010: an interest day before its first row has no known rate. */
function checkCovered(
  segments: readonly RateSegment[],
  kind: InterestKind,
  defaultFrom: Temporal.PlainDate,
  until: Temporal.PlainDate,
): void {
  const first = segments[0]?.from;
  if (first === undefined) throw new RangeError(`the ${kind} rate table is empty`);
  const problems: FieldProblem[] = [];
  const known = `the ${kind} statutory interest rate is known from ${first.toString()}`;
  if (compare(defaultFrom, first) < 0)
    problems.push({
      field: 'dueOn',
      problem: `interest would run from ${defaultFrom.toString()}, but ${known}`,
    });
  if (compare(until, first) < 0)
    problems.push({ field: 'until', problem: `${until.toString()} is before ${first.toString()}: ${known}` });
  if (problems.length > 0) throw new InvalidInputError(problems);
}

/** The principal interest runs on during `day`: set by the last step before that day. */
function principalOn(steps: readonly PrincipalStep[], day: Temporal.PlainDate): Cents {
  const step = steps.findLast((s) => compare(s.on, day) < 0);
  return step?.principalCents ?? 0;
}

/** The first day after `day` on which a step changes the principal (the day after its date). */
function principalChangeAfter(
  steps: readonly PrincipalStep[],
  day: Temporal.PlainDate,
): Temporal.PlainDate | undefined {
  return steps.find((s) => compare(s.on, day) >= 0)?.on.add({ days: 1 });
}

const isDate = (value: unknown): value is Temporal.PlainDate => value instanceof Temporal.PlainDate;

/** Problems with the kind and the two dates, each under its field. */
function questionProblems(input: { kind: unknown; dueOn: unknown; until: unknown }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(INTEREST_KINDS as readonly unknown[]).includes(input.kind))
    problems.push({ field: 'kind', problem: `must be one of ${INTEREST_KINDS.join(', ')}` });
  if (!isDate(input.dueOn)) problems.push({ field: 'dueOn', problem: 'is not a date' });
  if (!isDate(input.until)) problems.push({ field: 'until', problem: 'is not a date' });
  return problems;
}

function amountProblems(field: string, cents: unknown): FieldProblem[] {
  if (!isCents(cents)) return [{ field, problem: `${String(cents)} is not a whole number of cents` }];
  if (cents < 0) return [{ field, problem: `must be 0 or more, not ${formatAmount(cents)}` }];
  return [];
}

function principalProblems(input: AccruedInterestInput): FieldProblem[] {
  const steps: readonly Partial<PrincipalStep>[] = Array.isArray(input.principal) ? input.principal : [];
  if (steps.length === 0) return [{ field: 'principal', problem: 'must list at least one amount' }];
  const problems: FieldProblem[] = [];
  let before: Temporal.PlainDate | undefined;
  for (const [i, step] of steps.entries()) {
    const { on, principalCents } = step ?? {};
    problems.push(...amountProblems(`principal[${i}].principalCents`, principalCents));
    const field = `principal[${i}].on`;
    if (!isDate(on)) {
      problems.push({ field, problem: 'is not a date' });
      continue;
    }
    if (before !== undefined && compare(on, before) < 0)
      problems.push({
        field,
        problem: `${on.toString()} is before the step above it; list the steps in date order`,
      });
    if (i === 0 && isDate(input.dueOn) && compare(on, input.dueOn) > 0)
      problems.push({
        field,
        problem: `${on.toString()} is after the due date ${input.dueOn.toString()}: the first amount is the one due`,
      });
    before = on;
  }
  return problems;
}
