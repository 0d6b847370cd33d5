import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { evaluateDunning } from '../rules/dunning-ladder.ts';
import type { DunningStep } from '../rules/dunning-ladder.ts';
import { openClaims } from '../rules/open-claims.ts';
import { accountFacts } from '../store/account.ts';
import { lettersOfCase } from '../store/dunning.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import type { SellerRow } from '../store/parties.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { dunningQueuePage } from '../store/work-queues.ts';
import type { DUNNING_QUEUE_SORTS, Sorted } from '../store/work-queues.ts';
import { interestKindOf } from './allocate-payments.ts';
import { overdueInvoices } from './dunning-letter-content.ts';
import { windowOf } from './work-queue-pages.ts';
import type { PageQuery } from './work-queue-pages.ts';

export interface DunningQueueItem {
  readonly sellerId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly caseId: string | null;
  readonly openedOn: string | null;
  readonly suspendedOn: string | null;
  readonly lastStep: string | null;
  readonly lastSentOn: string | null;
  readonly lastPayBy: string | null;
  /** The overdue, undisputed principal on the day (bit:9.5 leaves a disputed part out). */
  readonly overdueCents: number;
  readonly oldestDueOn: string | null;
  /** The step after the last one taken; null when the ladder is walked or nothing is overdue. */
  readonly nextStep: DunningStep | 'closed' | null;
  /** The day it becomes (or became) due. */
  readonly nextDueOn: string | null;
  /** True when the next dunning run on the day takes it. */
  readonly dueNow: boolean;
  readonly because: string[];
}

const PlainDate = Temporal.PlainDate;

/**
 * The dunning queue on a day, a page at a time: each customer the daily run reviews, with the step it
 * took last and the step the ladder gives next and when, worked out as the run would (without
 * allocating or writing anything).
 */
export async function listDunningQueue(
  db: Db,
  query: PageQuery & Sorted<(typeof DUNNING_QUEUE_SORTS)[number]> & { readonly asOf: Temporal.PlainDate },
): Promise<{ items: DunningQueueItem[]; total: number }> {
  const asOf = query.asOf;
  const { rows, total } = await dunningQueuePage(db, {
    ...windowOf(query),
    sort: query.sort,
    order: query.order,
    sellerId: query.sellerId,
    search: query.search?.trim() || undefined,
    asOf: asOf.toString(),
  });
  const sellers = new Map<string, { seller: SellerRow; profile: TermsProfile }>();
  const items: DunningQueueItem[] = [];
  for (const row of rows) {
    if (!sellers.has(row.seller_id)) sellers.set(row.seller_id, await sellerWithTerms(db, row.seller_id));
    const { profile } = sellers.get(row.seller_id)!;
    const customer = await findCustomer(db, row.customer_id);
    const kind = customer?.kind ?? 'business';
    const open = openClaims(
      await accountFacts(db, row.seller_id, row.customer_id),
      asOf,
      interestKindOf(profile, kind),
    );
    const overdue = overdueInvoices(open, asOf.toString());
    const taken = row.case_id ? await lettersOfCase(db, row.case_id) : [];
    const overdueCents = overdue.reduce((sum, claim) => sum + claim.principalCents - claim.disputedCents, 0);
    const oldestDueOn = overdue.length === 0 ? null : overdue.map((claim) => claim.dueOn).sort()[0]!;
    const decision = evaluateDunning(
      {
        terms: profile,
        customerKind: kind,
        dunningCase:
          row.case_id && row.opened_on
            ? {
                openedOn: PlainDate.from(row.opened_on),
                steps: taken.map((letter) => ({
                  step: letter.step as DunningStep,
                  on: PlainDate.from(letter.sentOn),
                })),
              }
            : null,
        overdueCents,
        oldestDueOn: oldestDueOn === null ? null : PlainDate.from(oldestDueOn),
      },
      asOf,
    );
    items.push({
      sellerId: row.seller_id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      caseId: row.case_id,
      openedOn: row.opened_on,
      suspendedOn: row.suspended_on,
      lastStep: row.last_step,
      lastSentOn: row.last_sent_on,
      lastPayBy: row.last_pay_by,
      overdueCents,
      oldestDueOn,
      nextStep: decision.value === 'closed' ? 'closed' : decision.figures.nextStep,
      nextDueOn: decision.value === 'closed' ? asOf.toString() : decision.figures.dueOn,
      dueNow: decision.value !== null,
      because: [...decision.because],
    });
  }
  return { items, total };
}
