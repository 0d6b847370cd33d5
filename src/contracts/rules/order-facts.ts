import { Temporal } from 'temporal-polyfill';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { FormationFacts } from './formation.ts';

/** An order's facts as stored: each event's date as YYYY-MM-DD, or null when it did not happen. */
export interface OrderFacts {
  readonly receivedOn: string;
  readonly signedFormOn: string | null;
  readonly refusedOn: string | null;
  readonly confirmedOn: string | null;
  readonly executionStartedOn: string | null;
  readonly acceptedOn: string | null;
  readonly activatedOn: string | null;
}

const date = (text: string | null) => (text === null ? undefined : Temporal.PlainDate.from(text));

/**
 * The facts the formation rule reads for this profile. Under a refusal window (bit:2.3) activation is
 * the start of execution; under signed acceptance (vn:1.5.2) a refusal simply means no acceptance
 * follows, and a signed form counts from the day it arrived.
 */
export function formationFactsOf(
  profile: TermsProfile,
  order: OrderFacts,
  on: Temporal.PlainDate,
): FormationFacts {
  const orderReceived = Temporal.PlainDate.from(order.receivedOn);
  if (profile.formation.kind === 'refusal-window') {
    const started = [order.executionStartedOn, order.activatedOn].filter((d) => d !== null).sort()[0] ?? null;
    return {
      orderReceived,
      confirmed: date(order.confirmedOn),
      executionStarted: date(started),
      refused: date(order.refusedOn),
    };
  }
  const signedOn = date(order.signedFormOn);
  return {
    orderReceived,
    accepted: date(order.acceptedOn),
    activated: date(order.activatedOn),
    signedForm: signedOn !== undefined && Temporal.PlainDate.compare(signedOn, on) <= 0,
  };
}
