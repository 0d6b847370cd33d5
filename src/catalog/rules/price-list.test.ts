import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/errors/index.ts';
import {
  checkNewPrice,
  checkPriceList,
  knownFutureIncreases,
  priceChangesBetween,
  priceOn,
} from './price-list.ts';
import type { DatedPrice } from './price-list.ts';
import { date, fieldsOf, problemsOf } from './test-support.ts';

const list: DatedPrice[] = [
  { effectiveFrom: '2027-01-01', amountCents: 120_00 },
  { effectiveFrom: '2026-01-01', amountCents: 100_00 },
  { effectiveFrom: '2026-07-01', amountCents: 110_00 },
  { effectiveFrom: '2027-04-01', amountCents: 120_00 },
  { effectiveFrom: '2027-07-01', amountCents: 90_00 },
];

const origin = date('2026-01-01');
const day = (offset: number) => origin.add({ days: offset });
const priceArb = (offset: number, amountCents: number): DatedPrice => ({
  effectiveFrom: day(offset).toString(),
  amountCents,
});
/** Lists of prices on distinct days in the three years from 2026-01-01, in any order. */
const pricesArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 1095 }), fc.integer({ min: 0, max: 1_000_000 })), {
    selector: ([offset]) => offset,
    maxLength: 12,
  })
  .map((entries) => entries.map(([offset, cents]) => priceArb(offset, cents)));
const dayArb = fc.integer({ min: -30, max: 1200 }).map(day);

describe('priceOn (bit:5.2, vn:7.4.1)', () => {
  it('is the price of the latest date on or before the day, with the next change', () => {
    expect(priceOn(list, date('2026-12-31'))).toEqual({
      value: 110_00,
      because: ['bit:5.2', 'vn:7.4.1'],
      figures: {
        date: '2026-12-31',
        effectiveFrom: '2026-07-01',
        amount: '110.00',
        nextChange: '2027-01-01',
      },
    });
    expect(priceOn(list, date('2027-07-01')).value).toBe(90_00);
    expect(priceOn(list, date('2030-01-01')).figures.nextChange).toBeNull();
  });

  it('cites only the seller’s own article when asked to', () => {
    expect(priceOn(list, date('2026-01-01'), ['vn:7.4.1']).because).toEqual(['vn:7.4.1']);
  });

  it('refuses a day before the first price, and a product without prices', () => {
    expect(problemsOf(() => priceOn(list, date('2025-12-31')))).toEqual([
      {
        field: 'date',
        problem: 'the product has no price on 2025-12-31: its first price applies from 2026-01-01',
      },
    ]);
    expect(problemsOf(() => priceOn([], date('2026-01-01')))).toEqual([
      { field: 'date', problem: 'the product has no price yet' },
    ]);
  });

  it('refuses a broken stored list, naming each entry', () => {
    const broken = [
      { effectiveFrom: '2026-02-30', amountCents: 1 },
      { effectiveFrom: '2026-03-01', amountCents: 1.5 },
      { effectiveFrom: '2026-03-01', amountCents: -1 },
    ];
    expect(fieldsOf(() => priceOn(broken, date('2026-04-01')))).toEqual([
      'prices[0].effectiveFrom',
      'prices[1].amountCents',
      'prices[2].amountCents',
      'prices[2].effectiveFrom',
    ]);
  });

  it('property: is the entry with the latest effectiveFrom on or before the day', () => {
    fc.assert(
      fc.property(pricesArb, dayArb, (prices, on) => {
        const candidates = prices.filter((p) => Temporal.PlainDate.compare(date(p.effectiveFrom), on) <= 0);
        if (candidates.length === 0) {
          expect(fieldsOf(() => priceOn(prices, on))).toEqual(['date']);
          return;
        }
        const latest = candidates.reduce((a, b) => (a.effectiveFrom > b.effectiveFrom ? a : b));
        const price = priceOn(prices, on);
        expect(price.value).toBe(latest.amountCents);
        expect(price.figures.effectiveFrom).toBe(latest.effectiveFrom);
      }),
    );
  });

  it('property: adding a later price never changes the price of an earlier day', () => {
    fc.assert(
      fc.property(
        pricesArb,
        dayArb,
        fc.integer({ min: 1, max: 400 }),
        fc.nat(1_000_000),
        (prices, on, ahead, cents) => {
          const later = { effectiveFrom: on.add({ days: ahead }).toString(), amountCents: cents };
          fc.pre(!prices.some((p) => p.effectiveFrom === later.effectiveFrom));
          const before = () => priceOn(prices, on).value;
          const after = () => priceOn([...prices, later], on).value;
          if (prices.some((p) => Temporal.PlainDate.compare(date(p.effectiveFrom), on) <= 0)) {
            expect(after()).toBe(before());
          } else {
            expect(fieldsOf(after)).toEqual(['date']);
          }
        },
      ),
    );
  });
});

describe('priceChangesBetween', () => {
  it('lists the changes from the first day up to and including the last, leaving out repeats', () => {
    expect(priceChangesBetween(list, date('2026-07-01'), date('2027-06-30'))).toEqual({
      value: [
        { effectiveFrom: '2026-07-01', amountCents: 110_00, previousCents: 100_00 },
        { effectiveFrom: '2027-01-01', amountCents: 120_00, previousCents: 110_00 },
      ],
      because: ['bit:5.2', 'vn:7.4.1'],
      figures: { from: '2026-07-01', to: '2027-06-30' },
    });
    expect(priceChangesBetween(list, date('2026-01-01'), date('2026-01-01')).value).toEqual([
      { effectiveFrom: '2026-01-01', amountCents: 100_00, previousCents: null },
    ]);
    expect(priceChangesBetween(list, date('2026-07-02'), date('2026-12-31')).value).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(fieldsOf(() => priceChangesBetween(list, date('2026-07-01'), date('2026-06-30')))).toEqual(['to']);
  });

  it('property: every day of the period is priced by the price before it or a change in it', () => {
    fc.assert(
      fc.property(pricesArb, dayArb, fc.nat(120), fc.nat(120), (prices, from, length, at) => {
        fc.pre(prices.some((p) => Temporal.PlainDate.compare(date(p.effectiveFrom), from) <= 0));
        const to = from.add({ days: length });
        const on = from.add({ days: Math.min(at, length) });
        const changes = priceChangesBetween(prices, from, to).value;
        const last = changes.filter((c) => Temporal.PlainDate.compare(date(c.effectiveFrom), on) <= 0).at(-1);
        const start = priceOn(prices, from).value;
        expect(priceOn(prices, on).value).toBe(last?.amountCents ?? start);
      }),
    );
  });
});

describe('knownFutureIncreases (bit:5.2)', () => {
  it('lists the increases after the day, not decreases or repeats', () => {
    expect(knownFutureIncreases(list, date('2026-07-01'))).toEqual({
      value: [{ effectiveFrom: '2027-01-01', amountCents: 120_00, previousCents: 110_00 }],
      because: ['bit:5.2'],
      figures: { asOf: '2026-07-01' },
    });
    expect(knownFutureIncreases(list, date('2026-06-30')).value.map((c) => c.effectiveFrom)).toEqual([
      '2026-07-01',
      '2027-01-01',
    ]);
  });

  it('property: each listed increase is later than the day and above the price the day before it', () => {
    fc.assert(
      fc.property(pricesArb, dayArb, (prices, asOf) => {
        for (const change of knownFutureIncreases(prices, asOf).value) {
          const effective = date(change.effectiveFrom);
          expect(Temporal.PlainDate.compare(effective, asOf)).toBeGreaterThan(0);
          expect(change.amountCents).toBeGreaterThan(priceOn(prices, effective.subtract({ days: 1 })).value);
        }
      }),
    );
  });
});

describe('checkNewPrice', () => {
  const today = date('2026-09-15');

  it('adds a price from today or later, keeping the list oldest first', () => {
    const added = checkNewPrice(list, { effectiveFrom: '2026-09-15', amountCents: 0 }, today);
    expect(added.map((p) => p.effectiveFrom)).toEqual([
      '2026-01-01',
      '2026-07-01',
      '2026-09-15',
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
    ]);
  });

  it('keeps the fields it does not know, such as the announcement day', () => {
    const entry = { effectiveFrom: '2026-10-01', amountCents: 1, announcedOn: '2026-09-15' };
    expect(checkNewPrice([], entry, today)).toEqual([entry]);
  });

  it('refuses a price before today: issued invoices stay right', () => {
    expect(
      problemsOf(() => checkNewPrice(list, { effectiveFrom: '2026-09-14', amountCents: 1 }, today)),
    ).toEqual([
      {
        field: 'effectiveFrom',
        problem:
          '2026-09-14 is before today (2026-09-15): prices are never changed backwards, so issued invoices stay right',
      },
    ]);
  });

  it('names every bad field at once', () => {
    expect(
      fieldsOf(() => checkNewPrice(list, { effectiveFrom: '15-09-2026', amountCents: 1.5 }, today)),
    ).toEqual(['effectiveFrom', 'amountCents']);
    expect(
      problemsOf(() => checkNewPrice(list, { effectiveFrom: '2026-10-01', amountCents: -100 }, today)),
    ).toEqual([{ field: 'amountCents', problem: 'must be 0 or more, not -1.00' }]);
  });

  it('refuses a second price on a listed date as a conflict', () => {
    const again = () => checkNewPrice(list, { effectiveFrom: '2027-01-01', amountCents: 130_00 }, today);
    expect(again).toThrow(ConflictError);
    expect(again).toThrow('effectiveFrom: a price from 2027-01-01 is already listed (120.00)');
  });

  it('property: an accepted price never changes the price of a day before today', () => {
    fc.assert(
      fc.property(
        pricesArb,
        fc.nat(1095),
        fc.nat(400),
        fc.nat(1_000_000),
        fc.nat(1095),
        (prices, t, ahead, cents, d) => {
          const now = day(t);
          const entry = { effectiveFrom: now.add({ days: ahead }).toString(), amountCents: cents };
          fc.pre(!prices.some((p) => p.effectiveFrom === entry.effectiveFrom));
          const on = day(Math.min(d, t - 1));
          fc.pre(prices.some((p) => Temporal.PlainDate.compare(date(p.effectiveFrom), on) <= 0));
          const updated = checkNewPrice(prices, entry, now);
          expect(updated).toEqual(checkPriceList(updated));
          expect(priceOn(updated, on).value).toBe(priceOn(prices, on).value);
        },
      ),
    );
  });
});
