import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remainingTermCharge } from './remaining-term-charge.ts';
import { bitId, date, fieldsOf, problemsOf, shipped, vnId } from './test-support.ts';

const vn = shipped(vnId);
const quarterly = 300_00;
const charge = (endDate: string, currentTermEnd: string, recurringAmount = quarterly) =>
  remainingTermCharge(vn, { endDate: date(endDate), currentTermEnd: date(currentTermEnd), recurringAmount });

describe('remaining-term charge (vn:1.6.4)', () => {
  it('charges every whole quarter left in the term', () => {
    const answer = charge('2026-03-31', '2026-12-31');
    expect(answer.value).toBe(900_00);
    expect(answer.because).toEqual(['vn:1.6.4', 'vn:1.6.8', 'vn:7.1.3', 'vn:7.1.5']);
    expect(answer.figures).toMatchObject({
      period: 'quarter',
      remainingDays: 275,
      recurringAmount: '300.00',
      charge: '900.00',
    });
    expect(answer.figures.parts.map((part) => part.amount)).toEqual(['300.00', '300.00', '300.00']);
  });

  it('prorates a partial quarter by days: 46 of 91 days of € 300,00 is € 151,65', () => {
    const answer = charge('2026-05-15', '2026-12-31');
    expect(answer.figures.parts[0]).toEqual({
      from: '2026-05-16',
      to: '2026-06-30',
      days: 46,
      periodDays: 91,
      amount: '151.65',
    });
    expect(answer.value).toBe(151_65 + 600_00);
  });

  it('prorates the last part when the term does not end on a quarter end', () => {
    const answer = charge('2026-11-20', '2027-02-14');
    expect(answer.figures.parts).toEqual([
      { from: '2026-11-21', to: '2026-12-31', days: 41, periodDays: 92, amount: '133.70' },
      { from: '2027-01-01', to: '2027-02-14', days: 45, periodDays: 90, amount: '150.00' },
    ]);
    expect(answer.value).toBe(283_70);
  });

  it('is nothing when the contract ends on its term end', () => {
    expect(charge('2026-12-31', '2026-12-31').figures).toMatchObject({
      parts: [],
      remainingDays: 0,
      charge: '0.00',
    });
  });

  it('never grows when the contract ends later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (offset, amount) => {
          const end = date('2025-01-01').add({ days: offset });
          const termEnd = '2027-03-14';
          const today = charge(end.toString(), termEnd, amount);
          const tomorrow = charge(end.add({ days: 1 }).toString(), termEnd, amount);
          expect(tomorrow.value).toBeLessThanOrEqual(today.value);
          expect(today.figures.remainingDays).toBe(end.until(date(termEnd)).days);
        },
      ),
    );
  });

  it('refuses a profile without the charge, an end after the term end and a negative amount', () => {
    const bit = shipped(bitId);
    expect(
      problemsOf(() =>
        remainingTermCharge(bit, {
          endDate: date('2026-01-01'),
          currentTermEnd: date('2026-12-31'),
          recurringAmount: 1,
        }),
      ),
    ).toEqual([
      { field: 'profile', problem: `${bitId} charges no fees for the remaining term on an early end` },
    ]);
    expect(fieldsOf(() => charge('2027-01-01', '2026-12-31'))).toEqual(['currentTermEnd']);
    expect(fieldsOf(() => charge('2026-01-01', '2026-12-31', -1))).toEqual(['recurringAmount']);
  });
});
