import { Temporal } from 'temporal-polyfill';
import {
  daysBetween,
  endOfPeriod,
  isPlainDateText,
  parsePlainDate,
  startOfPeriod,
} from '../../shared/calendar/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { centsFromBigInt, isCents, negate, roundHalfAwayFromZero } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import { priceOnDay, pricePointProblems, pricedSpans, priceTimeline } from './list-prices.ts';
import type { PricePoint, PricedSpan, PriceTimeline } from './list-prices.ts';

/*
 * What a subscription owes in advance: bit:11.1 (quarterly in advance, calendar quarters, a partial
 * quarter by days), bit:11.2 (domains per calendar year in advance, a partial year in full),
 * vn:7.1.3 (due from the moment the service is made available), vn:7.1.5 (quarterly invoices).
 */

export type { PricePoint } from './list-prices.ts';

export interface RecurringSubscription {
  readonly id: string;
  readonly cadence: 'quarter' | 'year';
  readonly proration: 'days' | 'none';
  /** The agreed price per period; used on days no list price covers. */
  readonly priceCents: Cents;
  /** The product's dated prices, any order; a point applies from its date until the next point. */
  readonly listPrices: readonly PricePoint[];
  /** First day billed (YYYY-MM-DD). */
  readonly startsOn: string;
  /** Last day of service, inclusive. */
  readonly endsOn: string | null;
  /** Last day already on an invoice. */
  readonly billedThrough: string | null;
  /** The profile's rule ids (e.g. ['bit:11.1']). */
  readonly because: readonly RuleId[];
  /** The profile's rule ids for dated prices (bit:5.2, vn:7.4.1), cited where a list price applies. */
  readonly priceBecause?: readonly RuleId[];
}

export interface RecurringSegment {
  /** The inclusive range billed. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** The calendar period it lies in. */
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly periodDays: number;
  /** Price per full period that applies. */
  readonly priceCents: Cents;
  /** Amount of this segment (negative for a credit). */
  readonly netCents: Cents;
  readonly prorated: boolean;
  readonly because: readonly RuleId[];
  readonly figures: Record<string, string | number | boolean | null>;
}

type Day = Temporal.PlainDate;

interface Checked {
  readonly sub: RecurringSubscription;
  readonly startsOn: Day;
  readonly endsOn: Day | null;
  readonly billedThrough: Day | null;
  readonly prices: PriceTimeline;
}

/** What to bill for a bill run whose quarter starts on `runFrom`, on invoice date `asOf`. */
export function recurringCharges(sub: RecurringSubscription, runFrom: Day, asOf: Day): RecurringSegment[] {
  const s = checked(sub);
  // vn:7.1.3: the fee is due from the moment the service is made available, never before.
  if (isAfter(s.startsOn, asOf)) return [];
  // bit:11.1, bit:11.2, vn:7.1.5: in advance up to the end of the calendar period (of the cadence)
  // holding the run's first day; days of earlier periods not yet billed (a late activation) are caught up.
  const through = endOfPeriod(runFrom, sub.cadence);
  const from = s.billedThrough === null ? s.startsOn : later(s.startsOn, s.billedThrough.add({ days: 1 }));
  const to = s.endsOn === null ? through : earlier(s.endsOn, through);
  return isAfter(from, to) ? [] : segmentsOf(s, from, to, 1);
}

/** Credit for prepaid days after an end: days in (endsOn, billedThrough]; [] when none. */
export function prepaidCredit(sub: RecurringSubscription): RecurringSegment[] {
  const s = checked(sub);
  // bit:11.2: a domain is registered for the whole year; a year already charged is not refunded.
  if (sub.proration === 'none' || s.endsOn === null || s.billedThrough === null) return [];
  const from = later(s.startsOn, s.endsOn.add({ days: 1 }));
  return isAfter(from, s.billedThrough) ? [] : segmentsOf(s, from, s.billedThrough, -1);
}

/** One segment per calendar period and, when prorated by days, per price in force (bit:5.2, vn:7.4.1). */
function segmentsOf(s: Checked, from: Day, to: Day, sign: 1 | -1): RecurringSegment[] {
  const segments: RecurringSegment[] = [];
  for (let day = from; !isAfter(day, to);) {
    const period = { from: startOfPeriod(day, s.sub.cadence), to: endOfPeriod(day, s.sub.cadence) };
    const last = earlier(period.to, to);
    // bit:11.2: without proration the year costs the price of its first billed day, unsplit.
    const spans =
      s.sub.proration === 'days'
        ? pricedSpans(s.prices, day, last)
        : [{ from: day, to: last, ...priceOnDay(s.prices, day) }];
    segments.push(...spans.map((span) => segmentOf(s, span, period, sign)));
    day = last.add({ days: 1 });
  }
  return segments;
}

function segmentOf(
  s: Checked,
  span: PricedSpan,
  period: { readonly from: Day; readonly to: Day },
  sign: 1 | -1,
): RecurringSegment {
  const days = daysIn(span.from, span.to);
  const periodDays = daysIn(period.from, period.to);
  const { net, charge } = amountOf(s, span, period.from, days, periodDays);
  const priceBecause = span.listedFrom === null ? [] : (s.sub.priceBecause ?? []);
  return {
    from: span.from.toString(),
    to: span.to.toString(),
    days,
    periodFrom: period.from.toString(),
    periodTo: period.to.toString(),
    periodDays,
    priceCents: span.cents,
    netCents: sign < 0 ? negate(net, 'netCents') : net,
    prorated: charge === 'prorated by days',
    because: [...new Set([...s.sub.because, ...priceBecause])],
    figures: {
      subscriptionId: s.sub.id,
      cadence: s.sub.cadence,
      proration: s.sub.proration,
      days,
      periodDays,
      priceCents: span.cents,
      priceSource: span.listedFrom === null ? 'agreed' : 'list',
      listedFrom: span.listedFrom,
      charge,
      credit: sign < 0,
    },
  };
}

type Charge =
  'whole period' | 'prorated by days' | 'whole period price, not prorated' | 'period already charged in full';

function amountOf(s: Checked, span: PricedSpan, periodFrom: Day, days: number, periodDays: number) {
  const result = (net: Cents, charge: Charge) => ({ net, charge });
  // A segment covering its whole calendar period costs exactly the price.
  if (days === periodDays) return result(span.cents, 'whole period');
  if (s.sub.proration === 'none') {
    // bit:11.2: a partial year costs the whole year; when earlier days of this period were billed
    // (billed contiguously from the start), the whole price has been charged already.
    const charged = isAfter(span.from, later(s.startsOn, periodFrom));
    return charged
      ? result(0, 'period already charged in full')
      : result(span.cents, 'whole period price, not prorated');
  }
  // bit:11.1: a partial quarter by days: price × days / periodDays, half away from zero, in BigInt.
  const exact = roundHalfAwayFromZero(BigInt(span.cents) * BigInt(days), BigInt(periodDays));
  return result(centsFromBigInt(exact, 'netCents'), 'prorated by days');
}

/** The subscription with its dates parsed; every bad field is named at once. */
function checked(sub: RecurringSubscription): Checked {
  const problems: FieldProblem[] = [];
  if (sub.cadence !== 'quarter' && sub.cadence !== 'year') {
    problems.push({ field: 'cadence', problem: `${quote(sub.cadence)} is neither quarter nor year` });
  }
  if (sub.proration !== 'days' && sub.proration !== 'none') {
    problems.push({ field: 'proration', problem: `${quote(sub.proration)} is neither days nor none` });
  }
  if (!isCents(sub.priceCents)) {
    problems.push({
      field: 'priceCents',
      problem: `${quote(sub.priceCents)} is not a whole number of cents`,
    });
  }
  const startsOn = dateField(sub.startsOn, 'startsOn', problems);
  const endsOn = sub.endsOn === null ? null : dateField(sub.endsOn, 'endsOn', problems);
  const billedThrough =
    sub.billedThrough === null ? null : dateField(sub.billedThrough, 'billedThrough', problems);
  problems.push(...pricePointProblems(sub.listPrices));
  if (problems.length > 0 || startsOn === undefined || endsOn === undefined || billedThrough === undefined) {
    throw new InvalidInputError(problems);
  }
  return { sub, startsOn, endsOn, billedThrough, prices: priceTimeline(sub.priceCents, sub.listPrices) };
}

function dateField(text: string, field: string, problems: FieldProblem[]): Day | undefined {
  if (isPlainDateText(text)) return parsePlainDate(text);
  problems.push({ field, problem: `${quote(text)} is not a YYYY-MM-DD date` });
  return undefined;
}

const isAfter = (a: Day, b: Day): boolean => Temporal.PlainDate.compare(a, b) > 0;
const later = (a: Day, b: Day): Day => (isAfter(a, b) ? a : b);
const earlier = (a: Day, b: Day): Day => (isAfter(a, b) ? b : a);
const daysIn = (from: Day, to: Day): number => daysBetween(from, to) + 1;
