import { Temporal } from 'temporal-polyfill';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/index.ts';

export type ForceMajeureTerms = TermsProfile['forceMajeure'];
export type ForceMajeureParty = 'customer' | 'seller';

/** An event's days: `endedOn` is the first day it no longer holds the services (null: it goes on). */
export interface ForceMajeurePeriod {
  readonly startedOn: Temporal.PlainDate;
  readonly endedOn: Temporal.PlainDate | null;
}

/** One party's right to end the affected services for the future, on the day asked. */
export interface ForceMajeureRight {
  readonly mayEnd: boolean;
  /** The first day the right exists (or would, if the event lasts); null when the terms give none. */
  readonly from: string | null;
  readonly because: RuleId[];
  /** Why not, when it may not end, phrased so a person can act on it. */
  readonly why: string | null;
}

export interface ForceMajeureRights {
  readonly customer: ForceMajeureRight;
  readonly seller: ForceMajeureRight;
  readonly figures: {
    readonly startedOn: string;
    readonly endedOn: string | null;
    readonly asOf: string;
    readonly permanent: boolean;
  };
}

const cmp = Temporal.PlainDate.compare;

/**
 * Who may end the services a force-majeure event suspends, on `asOf` (no time is read here):
 *
 * - bit:6.4: a suspension LONGER than `customerMayTerminateAfterDays` (30) lets the customer dissolve
 *   for the future. Day 30 after the start is not longer; the right exists from `startedOn + 31
 *   days`, provided the event had not ended before that day.
 * - vn:1.10.4: lasting MORE than `eitherMayDissolveAfterMonths` (3) months lets either party
 *   dissolve: from `startedOn + 3 months + 1 day` (a start on 31 January: 30 April + 1 = 1 May),
 *   provided the event had not ended before that day.
 * - bit:6.5: the seller may dissolve when it judges the force majeure permanent — an explicit
 *   `permanent` judgement, only while the event lasts; a profile gives this right by citing bit:6.5.
 *
 * Once arisen, a right stays after the event ends: the terms set it no time limit.
 */
export function forceMajeureRights(
  terms: ForceMajeureTerms,
  period: ForceMajeurePeriod,
  asOf: Temporal.PlainDate,
  options: { readonly permanent?: boolean } = {},
): ForceMajeureRights {
  const permanent = options.permanent === true;
  const lasting = lastingRight(terms, period, asOf);
  return {
    customer: lasting ?? {
      mayEnd: false,
      from: null,
      because: [...terms.rules],
      why: 'these terms give the customer no right to end the services for force majeure',
    },
    seller: sellerRight(terms, period, asOf, permanent, lasting),
    figures: {
      startedOn: period.startedOn.toString(),
      endedOn: period.endedOn?.toString() ?? null,
      asOf: asOf.toString(),
      permanent,
    },
  };
}

/** The threshold of bit:6.4 or vn:1.10.4, with the rule that sets it; null when the terms have none. */
export function forceMajeureThreshold(
  terms: ForceMajeureTerms,
  startedOn: Temporal.PlainDate,
): {
  readonly from: Temporal.PlainDate;
  readonly length: string;
  readonly rule: RuleId;
  readonly either: boolean;
} | null {
  // vn:1.10.4: either party, after more than N months.
  if (terms.eitherMayDissolveAfterMonths !== null) {
    const months = terms.eitherMayDissolveAfterMonths;
    return {
      from: startedOn.add({ months }).add({ days: 1 }),
      length: `${months} months`,
      rule: 'vn:1.10.4',
      either: true,
    };
  }
  // bit:6.4: the customer, after a suspension longer than N days.
  if (terms.customerMayTerminateAfterDays !== null) {
    const days = terms.customerMayTerminateAfterDays;
    return {
      from: startedOn.add({ days: days + 1 }),
      length: `${days} days`,
      rule: 'bit:6.4',
      either: false,
    };
  }
  return null;
}

function lastingRight(
  terms: ForceMajeureTerms,
  { startedOn, endedOn }: ForceMajeurePeriod,
  asOf: Temporal.PlainDate,
): ForceMajeureRight | null {
  const threshold = forceMajeureThreshold(terms, startedOn);
  if (!threshold) return null;
  const from = threshold.from.toString();
  const because = [threshold.rule];
  if (endedOn && cmp(endedOn, threshold.from) < 0)
    return {
      mayEnd: false,
      from: null,
      because,
      why: `the force majeure ended on ${endedOn.toString()}, before it had lasted more than ${threshold.length} (${threshold.rule}: the right would have existed from ${from})`,
    };
  if (cmp(asOf, threshold.from) < 0)
    return {
      mayEnd: false,
      from,
      because,
      why: `the force majeure has not lasted more than ${threshold.length} yet: the right exists from ${from} (${threshold.rule})`,
    };
  return { mayEnd: true, from, because, why: null };
}

function sellerRight(
  terms: ForceMajeureTerms,
  period: ForceMajeurePeriod,
  asOf: Temporal.PlainDate,
  permanent: boolean,
  lasting: ForceMajeureRight | null,
): ForceMajeureRight {
  const either = forceMajeureThreshold(terms, period.startedOn)?.either === true;
  if (either && lasting) return lasting; // vn:1.10.4: both parties alike.
  if (!terms.rules.includes('bit:6.5'))
    return {
      mayEnd: false,
      from: null,
      because: [...terms.rules],
      why: 'these terms give the seller no right to end the services for force majeure',
    };
  const because: RuleId[] = ['bit:6.5'];
  const start = period.startedOn.toString();
  if (period.endedOn && cmp(period.endedOn, asOf) <= 0)
    return {
      mayEnd: false,
      from: null,
      because,
      why: `the force majeure ended on ${period.endedOn.toString()}: it was not permanent (bit:6.5)`,
    };
  if (cmp(asOf, period.startedOn) < 0)
    return { mayEnd: false, from: start, because, why: `the force majeure starts on ${start} (bit:6.5)` };
  if (!permanent)
    return {
      mayEnd: false,
      from: start,
      because,
      why: 'the seller may end the services only when it judges the force majeure permanent: say so with permanent: true (bit:6.5)',
    };
  return { mayEnd: true, from: start, because, why: null };
}
