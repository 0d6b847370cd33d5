import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { cpeReturnDue, cpeReturnRemindersDue, cpeReturnStatus } from './cpe-return.ts';

const day = (text: string) => Temporal.PlainDate.from(text);
const dueOn = day('2026-04-07');

describe('switch return (vn:1.6.5)', () => {
  it('is due 7 calendar days after the end date', () => {
    expect(cpeReturnDue(day('2026-03-31'))).toEqual({
      value: day('2026-04-07'),
      because: ['vn:1.6.5'],
      figures: { endDate: '2026-03-31', days: 7 },
    });
    expect(cpeReturnDue(day('2026-12-28')).value).toEqual(day('2027-01-04'));
  });

  it.each([
    ['2026-04-01', null, 'not-due', 0],
    ['2026-04-07', null, 'due-today', 0],
    ['2026-04-08', null, 'overdue', 1],
    ['2026-05-07', null, 'overdue', 30],
    ['2026-05-07', '2026-04-05', 'returned', 0],
    ['2026-05-07', '2026-04-10', 'returned', 3],
    ['2026-04-09', '2026-04-10', 'overdue', 2],
  ] as const)('on %s, returned %s: %s, %i days overdue', (asOf, returnedOn, status, daysOverdue) => {
    const answer = cpeReturnStatus({
      dueOn,
      returnedOn: returnedOn === null ? null : day(returnedOn),
      asOf: day(asOf),
    });
    expect(answer.value).toBe(status);
    expect(answer.figures.daysOverdue).toBe(daysOverdue);
    expect(answer.because).toEqual(['vn:1.6.5']);
  });
});

describe('return reminders', () => {
  const remind = (asOf: string, sent: number, returnedOn: string | null = null) =>
    cpeReturnRemindersDue({
      dueOn,
      returnedOn: returnedOn === null ? null : day(returnedOn),
      asOf: day(asOf),
      sent,
    });

  it.each([
    ['2026-04-07', 0, null, '2026-04-08'],
    ['2026-04-08', 0, 1, '2026-04-08'],
    ['2026-04-14', 1, null, '2026-04-15'],
    ['2026-04-15', 1, 2, '2026-04-15'],
    ['2026-04-22', 2, 3, '2026-04-22'],
    ['2026-06-01', 0, 1, '2026-04-08'],
  ] as const)('on %s with %i sent: reminder %s (next falls due %s)', (asOf, sent, due, nextOn) => {
    const answer = remind(asOf, sent);
    expect(answer.value).toBe(due);
    expect(answer.figures.nextOn).toBe(nextOn);
  });

  it('sends no more than three', () => {
    expect(remind('2026-06-01', 3)).toEqual({
      value: null,
      because: ['vn:1.6.5'],
      figures: { dueOn: '2026-04-07', sent: 3, next: null, nextOn: null },
    });
  });

  it('sends none once the switch is back', () => {
    expect(remind('2026-04-20', 1, '2026-04-10').value).toBeNull();
    expect(remind('2026-04-20', 1, '2026-04-10').figures.next).toBeNull();
  });

  it('refuses a count that is not one', () => {
    expect(() => remind('2026-04-20', -1)).toThrow(InvalidInputError);
    expect(() => remind('2026-04-20', 1.5)).toThrow(InvalidInputError);
  });

  it('never sends one before the deadline has passed, nor a fourth, and numbers them in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 60 }), fc.integer({ min: 0, max: 5 }), (offset, sent) => {
        const asOf = dueOn.add({ days: offset });
        const { value } = cpeReturnRemindersDue({ dueOn, returnedOn: null, asOf, sent });
        if (value === null) return;
        expect(offset).toBeGreaterThan(0);
        expect(value).toBe(sent + 1);
        expect(value).toBeLessThanOrEqual(3);
        expect(offset).toBeGreaterThanOrEqual(1 + 7 * (value - 1));
      }),
    );
  });
});

describe('return period from the profile', () => {
  it('counts the days the profile gives', () => {
    expect(cpeReturnDue(day('2026-03-31'), 14).value).toEqual(day('2026-04-14'));
    expect(cpeReturnDue(day('2026-03-31'), undefined).figures.days).toBe(7);
  });

  it('refuses days that are not a count', () => {
    expect(() => cpeReturnDue(day('2026-03-31'), -1)).toThrow(InvalidInputError);
  });
});
