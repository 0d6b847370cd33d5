import { Temporal } from 'temporal-polyfill';
import { remainingTermCharge } from '../rules/remaining-term-charge.ts';
import type { LoadedContract } from './load-contract.ts';

/**
 * vn:1.6.4: the fees for the rest of the current term when the customer's doing ends the contract
 * early; null where the terms ask none, or no term is running.
 */
export function remainingTermChargeOf(
  { profile, order, timeline }: LoadedContract,
  endDate: Temporal.PlainDate,
): number | null {
  if (!profile.earlyTermination?.remainingTermCharge || !timeline.currentTerm) return null;
  const currentTermEnd = Temporal.PlainDate.from(timeline.currentTerm.end);
  return remainingTermCharge(profile, {
    endDate,
    currentTermEnd,
    recurringAmount: order.terms.recurringCents,
  }).value;
}
