import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { earliestCollectionDate, isSepaBusinessDay, nextSepaBusinessDay } from './sepa-business-days.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });
const anyDate = fc.integer({ min: 0, max: 365 * 40 }).map((n) => d('2010-01-01').add({ days: n }));

describe('SEPA inter-bank business days (TARGET2)', () => {
  it.each([
    ['2027-03-25', true], // Thursday before Easter
    ['2027-03-26', false], // Good Friday
    ['2027-03-29', false], // Easter Monday
    ['2027-04-27', true], // King's Day: a Dutch holiday, but TARGET2 settles
    ['2027-05-05', true], // Liberation Day likewise
    ['2026-05-01', false], // Labour Day, a Friday
    ['2026-12-25', false],
    ['2026-12-28', true], // Monday after Christmas: 26 December fell on a Saturday
    ['2027-01-01', false],
    ['2027-01-02', false], // Saturday
  ] as const)('%s is a business day: %s', (date, expected) => {
    expect(isSepaBusinessDay(d(date))).toBe(expected);
  });

  it.each([
    ['2027-01-04', '2027-01-05'], // Monday: Tuesday
    ['2027-01-08', '2027-01-11'], // Friday: Monday
    ['2027-01-09', '2027-01-12'], // Saturday: leaves Monday, so Tuesday
    ['2027-03-25', '2027-03-30'], // Thursday before Easter: Good Friday and Easter Monday are closed
    ['2026-12-24', '2026-12-28'],
    ['2026-12-31', '2027-01-04'],
  ] as const)('a collection handed in on %s is due on %s at the earliest (D-1)', (today, earliest) => {
    expect(earliestCollectionDate(d(today))).toEqual(d(earliest));
  });

  it('leaves exactly one business day before the earliest collection date, which is a business day', () => {
    fc.assert(
      fc.property(anyDate, (today) => {
        const earliest = earliestCollectionDate(today);
        expect(isSepaBusinessDay(earliest)).toBe(true);
        let businessDays = 0;
        for (let day = today; Temporal.PlainDate.compare(day, earliest) < 0; day = day.add({ days: 1 }))
          if (isSepaBusinessDay(day)) businessDays += 1;
        expect(businessDays).toBe(1);
      }),
    );
  });

  it('finds the next business day after any day, never the day itself', () => {
    fc.assert(
      fc.property(anyDate, (day) => {
        const next = nextSepaBusinessDay(day);
        expect(Temporal.PlainDate.compare(next, day)).toBe(1);
        expect(isSepaBusinessDay(next)).toBe(true);
        for (let between = day.add({ days: 1 }); !between.equals(next); between = between.add({ days: 1 }))
          expect(isSepaBusinessDay(between)).toBe(false);
      }),
    );
  });
});
