import { Temporal } from 'temporal-polyfill';
import { evaluateDunning } from '../../collections/rules/dunning-ladder.ts';
import type { DunningStep } from '../../collections/rules/dunning-ladder.ts';
import type { Db } from '../../platform/database/index.ts';
import { formatAmount } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { dunningCandidateRows } from '../store/attention-collections.ts';
import type { DunningCandidateRow } from '../store/attention-collections.ts';
import type { AttentionItem } from './attention-section.ts';

/**
 * The dunning steps due on `today` for one seller, as the daily run would decide them: the same pure
 * rule (evaluateDunning) on the same figures, read without taking any step. A case that would only
 * close is not listed: nothing needs doing.
 */
export async function dunningStepsDue(
  db: Db,
  seller: { readonly id: string; readonly profile: TermsProfile },
  today: Temporal.PlainDate,
): Promise<AttentionItem[]> {
  const due: AttentionItem[] = [];
  for (const row of await dunningCandidateRows(db, seller.id, today.toString())) {
    const overdueCents = Number(row.overdue_cents ?? 0);
    const decision = evaluateDunning(
      {
        terms: seller.profile,
        customerKind: row.customer_kind,
        dunningCase: caseOf(row),
        overdueCents,
        oldestDueOn: row.oldest_due_on === null ? null : Temporal.PlainDate.from(row.oldest_due_on),
      },
      today,
    );
    if (decision.value === null || decision.value === 'closed') continue;
    due.push({
      id: row.customer_id,
      sellerId: seller.id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      date: row.oldest_due_on,
      amount: formatAmount(overdueCents),
      detail: decision.value,
      reference: null,
    });
  }
  return due;
}

function caseOf(row: DunningCandidateRow) {
  if (row.case_opened_on === null) return null;
  return {
    openedOn: Temporal.PlainDate.from(row.case_opened_on),
    steps: (row.steps ?? []).map((text) => {
      const [step, on] = text.split('@');
      return { step: step as DunningStep, on: Temporal.PlainDate.from(on!) };
    }),
  };
}
