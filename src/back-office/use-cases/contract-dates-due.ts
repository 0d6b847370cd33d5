import type { Temporal } from 'temporal-polyfill';
import { refreshContractDates } from '../../contracts/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { contractDateRows } from '../store/attention-contract-dates.ts';
import { ITEMS_SHOWN, sectionOf } from './attention-section.ts';
import type { AttentionSection } from './attention-section.ts';

/** How far ahead the home page looks for notice deadlines, renewals and ends. */
export const CONTRACT_HORIZON_DAYS = 30;

/**
 * Contracts whose notice deadline, renewal (the day after the current term ends, while no ending is
 * known) or effective end falls within the next 30 days, soonest first, as their timelines give them
 * today: read from the contract_dates cache after recomputing the rows not fresh today (those whose
 * facts changed, or whose valid_until has come), so a load costs an indexed read and the day's few
 * recomputes, not every contract's timeline.
 */
export async function contractDatesDue(
  db: Db,
  sellerId: string | undefined,
  today: Temporal.PlainDate,
): Promise<AttentionSection> {
  await refreshContractDates(db, today, { sellerId });
  const until = today.add({ days: CONTRACT_HORIZON_DAYS }).toString();
  return sectionOf(await contractDateRows(db, sellerId, today.toString(), until, ITEMS_SHOWN));
}
