import { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';

/** vn:1.6.5: when a contract ends, for whatever reason, the switch goes back within 7 days. */
export const CPE_RETURN_DAYS = 7;

export type CpeReturnDueFigures = { readonly endDate: string; readonly days: number };

/**
 * The last day to return the switch: the end date + 7 calendar days, or the days of the profile's
 * `equipment.returnWithinDays` when it gives them.
 */
export function cpeReturnDue(
  endDate: Temporal.PlainDate,
  days: number = CPE_RETURN_DAYS,
): Explanation<Temporal.PlainDate, CpeReturnDueFigures> {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new InvalidInputError('returnWithinDays', `${String(days)} is not a number of days (0 or more)`);
  }
  return explain(endDate.add({ days }), ['vn:1.6.5'], { endDate: endDate.toString(), days });
}

export const CPE_RETURN_STATUSES = ['not-due', 'due-today', 'overdue', 'returned'] as const;
export type CpeReturnStatus = (typeof CPE_RETURN_STATUSES)[number];

export interface CpeReturnFacts {
  readonly dueOn: Temporal.PlainDate;
  readonly returnedOn: Temporal.PlainDate | null;
  readonly asOf: Temporal.PlainDate;
}

export type CpeReturnStatusFigures = {
  readonly dueOn: string;
  readonly returnedOn: string | null;
  readonly asOf: string;
  /** Days past the due date: on `asOf` while it is out, on the return day once returned; else 0. */
  readonly daysOverdue: number;
};

/** Where the return stands on `asOf`. A return recorded for a later day has not happened yet then. */
export function cpeReturnStatus(facts: CpeReturnFacts): Explanation<CpeReturnStatus, CpeReturnStatusFigures> {
  const { dueOn, asOf } = facts;
  const returnedOn = returnedBy(facts);
  const status: CpeReturnStatus =
    returnedOn !== null ? 'returned' : statusOn(Temporal.PlainDate.compare(asOf, dueOn));
  return explain(status, ['vn:1.6.5'], {
    dueOn: dueOn.toString(),
    returnedOn: returnedOn?.toString() ?? null,
    asOf: asOf.toString(),
    daysOverdue: Math.max(0, daysBetween(dueOn, returnedOn ?? asOf)),
  });
}

/*
 * Reminders: the terms set only the 7 days, so the policy is ours. The first reminder goes the day
 * after the deadline (the first day the switch is late), then one every 7 days, at most 3: a week is
 * the return period the terms themselves give, and after three unanswered reminders the case is for a
 * person (write the switch off as lost and settle the deposit, vn:7.2.4), not for more letters. The
 * schedule is anchored to the due date: reminder n falls due on dueOn + 1 + 7 × (n − 1). Only the next
 * unsent reminder is ever due, so a job that was down for two weeks sends one reminder, not a burst.
 */
export const CPE_RETURN_REMINDERS = 3;
export const CPE_RETURN_REMINDER_INTERVAL_DAYS = 7;

export interface CpeReminderFacts extends CpeReturnFacts {
  /** How many reminders were sent already. */
  readonly sent: number;
}

export type CpeReminderFigures = {
  readonly dueOn: string;
  readonly sent: number;
  /** The next reminder and the day it falls due; null once returned or all were sent. */
  readonly next: number | null;
  readonly nextOn: string | null;
};

/** The reminder number (1, 2 or 3) to send on `asOf`, or null when none is due. */
export function cpeReturnRemindersDue(
  facts: CpeReminderFacts,
): Explanation<number | null, CpeReminderFigures> {
  const { dueOn, asOf, sent } = facts;
  if (!Number.isSafeInteger(sent) || sent < 0) {
    throw new InvalidInputError('sent', `${String(sent)} is not a count of reminders sent (0 or more)`);
  }
  const next = returnedBy(facts) === null && sent < CPE_RETURN_REMINDERS ? sent + 1 : null;
  const nextOn =
    next === null ? null : dueOn.add({ days: 1 + CPE_RETURN_REMINDER_INTERVAL_DAYS * (next - 1) });
  const due = nextOn !== null && Temporal.PlainDate.compare(asOf, nextOn) >= 0;
  return explain(due ? next : null, ['vn:1.6.5'], {
    dueOn: dueOn.toString(),
    sent,
    next,
    nextOn: nextOn?.toString() ?? null,
  });
}

function returnedBy({ returnedOn, asOf }: CpeReturnFacts): Temporal.PlainDate | null {
  return returnedOn !== null && Temporal.PlainDate.compare(returnedOn, asOf) <= 0 ? returnedOn : null;
}

function statusOn(comparedToDue: number): CpeReturnStatus {
  if (comparedToDue < 0) return 'not-due';
  return comparedToDue === 0 ? 'due-today' : 'overdue';
}

function daysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  return from.until(to, { largestUnit: 'days' }).days;
}
