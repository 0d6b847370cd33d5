import { Temporal } from 'temporal-polyfill';
import { isPlainDateText, parsePlainDate } from '../../shared/calendar/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { quote } from '../../shared/errors/index.ts';
import { isCents } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';

/*
 * The prices a subscription is billed at over time (bit:5.2, vn:7.4.1): the product's dated list
 * prices, each from its date until the next one's, and the agreed price on days before the first.
 */

export interface PricePoint {
  /** YYYY-MM-DD: the first day the price applies. */
  readonly from: string;
  /** Per full billing period, excl. VAT. */
  readonly cents: Cents;
}

/** A price over a span of days: `listedFrom` is the list point it comes from, null for the agreed price. */
export interface PricedSpan {
  readonly from: Temporal.PlainDate;
  readonly to: Temporal.PlainDate;
  readonly cents: Cents;
  readonly listedFrom: string | null;
}

export interface PriceTimeline {
  readonly agreedCents: Cents;
  /** Oldest first. */
  readonly points: readonly {
    readonly from: Temporal.PlainDate;
    readonly text: string;
    readonly cents: Cents;
  }[];
}

/** The problems of the list points (bad date or amount, a date listed twice), naming each field. */
export function pricePointProblems(points: readonly PricePoint[], field = 'listPrices'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  points.forEach((point, i) => {
    if (!isPlainDateText(point.from)) {
      problems.push({
        field: `${field}[${i}].from`,
        problem: `${quote(point.from)} is not a YYYY-MM-DD date`,
      });
    } else if (seen.has(point.from)) {
      problems.push({ field: `${field}[${i}].from`, problem: `${point.from} is listed twice` });
    }
    seen.add(point.from);
    if (!isCents(point.cents)) {
      problems.push({
        field: `${field}[${i}].cents`,
        problem: `${quote(point.cents)} is not a whole number of cents`,
      });
    }
  });
  return problems;
}

/** Points must have passed `pricePointProblems`. */
export function priceTimeline(agreedCents: Cents, points: readonly PricePoint[]): PriceTimeline {
  const parsed = points.map((p) => ({ from: parsePlainDate(p.from), text: p.from, cents: p.cents }));
  parsed.sort((a, b) => Temporal.PlainDate.compare(a.from, b.from));
  return { agreedCents, points: parsed };
}

/** The price on `day`: the latest list point on or before it, else the agreed price. */
export function priceOnDay(
  timeline: PriceTimeline,
  day: Temporal.PlainDate,
): Omit<PricedSpan, 'from' | 'to'> {
  const point = timeline.points.findLast((p) => Temporal.PlainDate.compare(p.from, day) <= 0);
  return point === undefined
    ? { cents: timeline.agreedCents, listedFrom: null }
    : { cents: point.cents, listedFrom: point.text };
}

/**
 * Splits `from`–`to` (inclusive) where the price changes (bit:5.2, vn:7.4.1). A point that repeats
 * the price before it does not split: the days are billed the same either way.
 */
export function pricedSpans(
  timeline: PriceTimeline,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
): PricedSpan[] {
  const spans: PricedSpan[] = [];
  let start = from;
  let price = priceOnDay(timeline, from);
  for (const point of timeline.points) {
    if (Temporal.PlainDate.compare(point.from, start) <= 0) continue;
    if (Temporal.PlainDate.compare(point.from, to) > 0) break;
    if (point.cents === price.cents) continue;
    spans.push({ from: start, to: point.from.subtract({ days: 1 }), ...price });
    start = point.from;
    price = { cents: point.cents, listedFrom: point.text };
  }
  spans.push({ from: start, to, ...price });
  return spans;
}
