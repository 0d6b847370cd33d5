import { Temporal } from 'temporal-polyfill';
import { listContracts } from '../../contracts/index.ts';
import type { Db } from '../../platform/database/index.ts';
import type { AttentionItem } from './attention-section.ts';

/** How far ahead the home page looks for notice deadlines, renewals and ends. */
export const CONTRACT_HORIZON_DAYS = 30;

/**
 * Contracts whose notice deadline, renewal (the day after the current term ends, while no ending is
 * known) or effective end falls within the next 30 days, soonest first: the timelines as the
 * contracts list computes them. This reads every contract (timelines are computed, not stored).
 */
export async function contractDatesDue(
  db: Db,
  sellerId: string | undefined,
  today: Temporal.PlainDate,
): Promise<AttentionItem[]> {
  const until = today.add({ days: CONTRACT_HORIZON_DAYS }).toString();
  const from = today.toString();
  const within = (date: string | null | undefined): date is string =>
    typeof date === 'string' && date >= from && date <= until;
  const items: AttentionItem[] = [];
  for (const contract of await listContracts(db, today)) {
    if (sellerId !== undefined && contract.sellerId !== sellerId) continue;
    const { timeline } = contract;
    const item = (detail: string, date: string): AttentionItem => ({
      id: contract.id,
      sellerId: contract.sellerId,
      customerId: contract.customerId,
      customerName: null,
      date,
      amount: null,
      detail,
      reference: contract.terms.description,
    });
    if (timeline.status === 'ended') continue;
    if (within(timeline.noticeDeadline)) items.push(item('notice-deadline', timeline.noticeDeadline));
    if (timeline.status === 'running' && timeline.effectiveEnd === null && timeline.currentTerm) {
      const renewal = nextDay(timeline.currentTerm.end);
      if (within(renewal)) items.push(item('renewal', renewal));
    }
    if (timeline.status === 'ending' && within(timeline.effectiveEnd))
      items.push(item('effective-end', timeline.effectiveEnd));
  }
  return items.sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id));
}

function nextDay(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
}
