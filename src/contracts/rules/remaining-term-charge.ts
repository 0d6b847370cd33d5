import { Temporal } from 'temporal-polyfill';
import { endOfPeriod, startOfPeriod } from '../../shared/calendar/index.ts';
import type { PeriodKind } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import {
  assertCents,
  centsFromBigInt,
  formatAmount,
  roundHalfAwayFromZero,
  sumCents,
} from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

export interface RemainingTermQuestion {
  /** The last day the contract ran, ended early by the customer's doing (vn:1.6.2, vn:1.6.3). */
  readonly endDate: Temporal.PlainDate;
  /** The end of the term running on the end date (see term-ends.ts `termOn`). */
  readonly currentTermEnd: Temporal.PlainDate;
  /** The recurring fee for one whole billing period, in cents. */
  readonly recurringAmount: Cents;
}

/** One billing period, or the part of one, inside the remaining term. */
export type RemainingPart = {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly periodDays: number;
  readonly amount: string;
};

export type RemainingTermFigures = {
  readonly endDate: string;
  readonly currentTermEnd: string;
  readonly period: PeriodKind;
  readonly recurringAmount: string;
  readonly remainingDays: number;
  readonly parts: RemainingPart[];
  readonly charge: string;
};

/**
 * vn:1.6.4: a contract ended early by the customer's doing owes at once the fees for the remaining
 * term. Reading: the remaining term runs from the day after the end date through the end of the
 * current term. It is cut into the profile's calendar billing periods (vn:7.1.5 quarterly); a whole
 * period costs the recurring amount, a part of one is prorated by days (amount × days in the part ÷
 * days in that period), rounded to the cent half away from zero per part, as its invoice line would be.
 */
export function remainingTermCharge(
  profile: TermsProfile,
  question: RemainingTermQuestion,
): Explanation<Cents, RemainingTermFigures> {
  const { earlyTermination } = profile;
  if (!earlyTermination?.remainingTermCharge) {
    throw new InvalidInputError(
      'profile',
      `${profile.id} charges no fees for the remaining term on an early end`,
    );
  }
  const { endDate, currentTermEnd, recurringAmount } = question;
  assertCents(recurringAmount, 'recurringAmount');
  if (recurringAmount < 0) throw new InvalidInputError('recurringAmount', 'must be 0 or more');
  if (Temporal.PlainDate.compare(endDate, currentTermEnd) > 0) {
    throw new InvalidInputError(
      'currentTermEnd',
      `${currentTermEnd.toString()} is before the end date ${endDate.toString()}: it is not the current term`,
    );
  }
  const { period } = profile.billing.recurring;
  const parts = partsOf(endDate.add({ days: 1 }), currentTermEnd, period, recurringAmount);
  const charge = sumCents(parts.map((part) => part.cents));
  return explain(charge, [...earlyTermination.rules, ...profile.billing.recurring.rules], {
    endDate: endDate.toString(),
    currentTermEnd: currentTermEnd.toString(),
    period,
    recurringAmount: formatAmount(recurringAmount),
    remainingDays: parts.reduce((total, part) => total + part.days, 0),
    parts: parts.map(({ cents, ...part }) => ({ ...part, amount: formatAmount(cents) })),
    charge: formatAmount(charge),
  });
}

function partsOf(first: Temporal.PlainDate, last: Temporal.PlainDate, period: PeriodKind, amount: Cents) {
  const parts: (Omit<RemainingPart, 'amount'> & { cents: Cents })[] = [];
  for (let from = first; Temporal.PlainDate.compare(from, last) <= 0;) {
    const periodEnd = endOfPeriod(from, period);
    const to = Temporal.PlainDate.compare(periodEnd, last) < 0 ? periodEnd : last;
    const days = daysFrom(from, to);
    const periodDays = daysFrom(startOfPeriod(from, period), periodEnd);
    const cents =
      days === periodDays
        ? amount
        : centsFromBigInt(roundHalfAwayFromZero(BigInt(amount) * BigInt(days), BigInt(periodDays)));
    parts.push({ from: from.toString(), to: to.toString(), days, periodDays, cents });
    from = to.add({ days: 1 });
  }
  return parts;
}

/** Days from `from` through `to`, both counted. */
function daysFrom(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  return from.until(to, { largestUnit: 'days' }).days + 1;
}
