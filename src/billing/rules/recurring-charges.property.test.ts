import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { endOfPeriod, startOfPeriod } from '../../shared/calendar/index.ts';
import { prepaidCredit, recurringCharges } from './recurring-charges.ts';
import type { RecurringSegment, RecurringSubscription } from './recurring-charges.ts';
import { date } from './test-support.ts';

/*
 * The properties of billing in advance (bit:11.1, bit:11.2, vn:7.1.3): segments tile exactly the days
 * owed, one calendar period each; a whole period costs its price; consecutive runs and a credit after
 * an end neither bill a day twice nor skip one.
 */

const origin = date('2027-01-01');
const day = (offset: number) => origin.add({ days: offset });
const text = (offset: number) => day(offset).toString();
const cmp = Temporal.PlainDate.compare;

/** Prices from a small set too, so list points often repeat the price before them. */
const cents = fc.oneof(fc.constantFrom(0, 9000, 9100), fc.integer({ min: 0, max: 10_000_000 }));
const subscriptions = fc
  .record({
    cadence: fc.constantFrom<RecurringSubscription['cadence']>('quarter', 'year'),
    proration: fc.constantFrom<RecurringSubscription['proration']>('days', 'none'),
    priceCents: cents,
    prices: fc.uniqueArray(fc.tuple(fc.integer({ min: -400, max: 1500 }), cents), {
      selector: ([offset]) => offset,
      maxLength: 4,
    }),
    start: fc.integer({ min: -400, max: 1000 }),
    length: fc.option(fc.integer({ min: -5, max: 900 }), { nil: null }),
    billed: fc.option(fc.integer({ min: -1, max: 400 }), { nil: null }),
  })
  .map((d): RecurringSubscription => ({
    id: 'SUB-P',
    cadence: d.cadence,
    proration: d.proration,
    priceCents: d.priceCents,
    listPrices: d.prices.map(([offset, cents]) => ({ from: text(offset), cents })),
    startsOn: text(d.start),
    endsOn: d.length === null ? null : text(d.start + d.length),
    billedThrough: d.billed === null ? null : text(d.start + d.billed),
    because: ['bit:11.1'],
  }));
/** A run: the first day of a quarter from 2026 to 2030, and an invoice date near it. */
const runs = fc
  .record({ quarter: fc.integer({ min: -4, max: 15 }), late: fc.integer({ min: -20, max: 40 }) })
  .map(({ quarter, late }) => {
    const runFrom = origin.add({ months: 3 * quarter });
    return { runFrom, asOf: runFrom.add({ days: late }) };
  });

const days = (s: RecurringSegment) => s.days;
const sum = (segments: readonly RecurringSegment[]) => segments.reduce((total, s) => total + s.netCents, 0);
const dayList = (segments: readonly RecurringSegment[]) =>
  segments.flatMap((s) => Array.from({ length: s.days }, (_, i) => date(s.from).add({ days: i }).toString()));

/** The days owed, straight from the semantics: [max(start, billed + 1), min(end, end of run's period)]. */
function owed(sub: RecurringSubscription, runFrom: Temporal.PlainDate, asOf: Temporal.PlainDate) {
  const start = date(sub.startsOn);
  if (cmp(start, asOf) > 0) return null;
  const next = sub.billedThrough === null ? start : date(sub.billedThrough).add({ days: 1 });
  const from = cmp(start, next) > 0 ? start : next;
  const through = endOfPeriod(runFrom, sub.cadence);
  const to = sub.endsOn !== null && cmp(date(sub.endsOn), through) < 0 ? date(sub.endsOn) : through;
  return cmp(from, to) > 0 ? null : { from, to };
}

/** The segments tile `range` exactly, in order, each inside one calendar period of the cadence. */
function expectTiling(
  sub: RecurringSubscription,
  segments: readonly RecurringSegment[],
  range: { from: Temporal.PlainDate; to: Temporal.PlainDate } | null,
) {
  if (range === null) {
    expect(segments).toEqual([]);
    return;
  }
  expect(segments[0]?.from).toBe(range.from.toString());
  expect(segments.at(-1)?.to).toBe(range.to.toString());
  segments.forEach((s, i) => {
    const from = date(s.from);
    const to = date(s.to);
    expect(s.days).toBe(from.until(to).days + 1);
    expect(s.days).toBeGreaterThan(0);
    expect(s.periodFrom).toBe(startOfPeriod(from, sub.cadence).toString());
    expect(s.periodTo).toBe(endOfPeriod(from, sub.cadence).toString());
    expect(cmp(to, date(s.periodTo))).toBeLessThanOrEqual(0);
    expect(s.periodDays).toBe(date(s.periodFrom).until(date(s.periodTo)).days + 1);
    const previous = segments[i - 1];
    if (previous) expect(date(previous.to).add({ days: 1 }).toString()).toBe(s.from);
    // bit:11.2: without proration one segment per period; by days a split inside a period is a price change.
    if (previous?.periodFrom === s.periodFrom) {
      expect(sub.proration).toBe('days');
      expect(previous.priceCents).not.toBe(s.priceCents);
    }
  });
}

/** The price on a day, straight from the list: the latest point on or before it, else the agreed price. */
function priceOn(sub: RecurringSubscription, day: string): number {
  const points = sub.listPrices.filter((p) => p.from <= day).sort((a, b) => (a.from < b.from ? -1 : 1));
  return points.at(-1)?.cents ?? sub.priceCents;
}

describe('recurringCharges, properties', () => {
  it('tiles exactly the days owed, contiguous, ordered, one calendar period per segment', () => {
    fc.assert(
      fc.property(subscriptions, runs, (sub, { runFrom, asOf }) => {
        expectTiling(sub, recurringCharges(sub, runFrom, asOf), owed(sub, runFrom, asOf));
      }),
    );
  });

  it('charges the price in force; a whole period exactly; a part by days within half a cent', () => {
    fc.assert(
      fc.property(subscriptions, runs, (sub, { runFrom, asOf }) => {
        for (const s of recurringCharges(sub, runFrom, asOf)) {
          expect(s.priceCents).toBe(priceOn(sub, s.from));
          if (s.days === s.periodDays) expect(s.netCents).toBe(s.priceCents);
          else if (sub.proration === 'none') expect([0, s.priceCents]).toContain(s.netCents);
          else {
            const error = BigInt(s.netCents) * BigInt(s.periodDays) - BigInt(s.priceCents) * BigInt(s.days);
            expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(BigInt(s.periodDays));
          }
        }
      }),
    );
  });

  it('with a constant price, one segment per period, and every whole period billed sums to exactly the price', () => {
    fc.assert(
      fc.property(subscriptions, runs, fc.boolean(), (drawn, { runFrom, asOf }, listed) => {
        const sub = {
          ...drawn,
          listPrices: listed ? drawn.listPrices.map((p) => ({ ...p, cents: drawn.priceCents })) : [],
        };
        const segments = recurringCharges(sub, runFrom, asOf);
        expect(new Set(segments.map((s) => s.periodFrom)).size).toBe(segments.length);
        for (const periodFrom of new Set(segments.map((s) => s.periodFrom))) {
          const inPeriod = segments.filter((s) => s.periodFrom === periodFrom);
          if (inPeriod.reduce((n, s) => n + days(s), 0) === inPeriod[0]?.periodDays)
            expect(sum(inPeriod)).toBe(sub.priceCents);
        }
      }),
    );
  });

  it('two consecutive runs bill exactly what one later run would: no day twice, none skipped', () => {
    fc.assert(
      fc.property(subscriptions, runs, fc.integer({ min: 0, max: 40 }), (sub, { runFrom, asOf }, late) => {
        const nextRun = runFrom.add({ months: 3 });
        const nextAsOf = nextRun.add({ days: late });
        const first = recurringCharges(sub, runFrom, asOf);
        const billedThrough = first.at(-1)?.to ?? sub.billedThrough;
        const second = recurringCharges({ ...sub, billedThrough }, nextRun, nextAsOf);
        const once = recurringCharges(sub, nextRun, nextAsOf);
        expect([...first, ...second]).toEqual(once);
        expect(new Set(dayList([...first, ...second])).size).toBe(dayList(once).length);
      }),
    );
  });

  it('an end lifted after billing up to it: the rest is billed without a day twice; amounts differ by at most a cent', () => {
    fc.assert(
      fc.property(subscriptions, runs, fc.integer({ min: 0, max: 400 }), (drawn, { runFrom, asOf }, cut) => {
        const sub = { ...drawn, endsOn: null };
        const endsOn = date(sub.startsOn).add({ days: cut }).toString();
        const first = recurringCharges({ ...sub, endsOn }, runFrom, asOf);
        const billedThrough = first.at(-1)?.to ?? sub.billedThrough;
        const rest = recurringCharges({ ...sub, billedThrough }, runFrom, asOf);
        const once = recurringCharges(sub, runFrom, asOf);
        const both = [...first, ...rest];
        expect(dayList(both)).toEqual(dayList(once));
        // One extra cut rounds once more by days; a domain's year is charged once either way (bit:11.2).
        const drift = Math.abs(sum(both) - sum(once));
        expect(drift).toBeLessThanOrEqual(sub.proration === 'days' ? 1 : 0);
      }),
    );
  });
});

describe('prepaidCredit, properties', () => {
  it('after an end, the credited days and the days owed up to the end partition the days billed', () => {
    fc.assert(
      fc.property(
        subscriptions,
        runs,
        fc.integer({ min: -30, max: 900 }),
        (drawn, { runFrom, asOf }, end) => {
          const sub = { ...drawn, endsOn: null, billedThrough: null };
          const billed = recurringCharges(sub, runFrom, asOf);
          const endsOn = date(sub.startsOn).add({ days: end }).toString();
          const credit = prepaidCredit({ ...sub, endsOn, billedThrough: billed.at(-1)?.to ?? null });
          const owedToEnd = recurringCharges({ ...sub, endsOn }, runFrom, asOf);
          if (sub.proration === 'none') {
            expect(credit).toEqual([]);
            return;
          }
          expect([...dayList(owedToEnd), ...dayList(credit)]).toEqual(dayList(billed));
          expect(credit.every((s) => s.from > endsOn && s.netCents <= 0)).toBe(true);
          for (const s of credit) if (s.days === s.periodDays) expect(s.netCents + s.priceCents).toBe(0);
          expectTiling(
            sub,
            credit,
            credit.length === 0 ? null : { from: date(credit[0]!.from), to: date(credit.at(-1)!.to) },
          );
          // The end cuts at most one segment, which rounds by days once more.
          expect(Math.abs(sum(billed) + sum(credit) - sum(owedToEnd))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
