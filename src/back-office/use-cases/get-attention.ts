import type { Context } from '../../platform/context.ts';
import { billingQuarterOf } from '../../billing/index.ts';
import { listSellers } from '../../sellers/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { quarterRunRows } from '../store/attention-billing.ts';
import { openDisputeRows, unmatchedPaymentRows } from '../store/attention-collections.ts';
import { faultSlaRows, ordersToPlanRows, overdueCpeRows } from '../store/attention-network.ts';
import { customerNames } from '../store/customer-names.ts';
import { ITEMS_SHOWN, firstOf, sectionOf } from './attention-section.ts';
import type { AttentionItem, AttentionSection } from './attention-section.ts';
import { contractDatesDue } from './contract-dates-due.ts';
import { dunningStepsDue } from './dunning-due.ts';
import { sellerScope } from './seller-scope.ts';

/** The SLA warning comes this long before a fault's maximum repair time (as the SLA watch warns). */
const WARNING_MINUTES = 120;

export const ATTENTION_SECTIONS = [
  'billRunsDue',
  'unmatchedPayments',
  'disputes',
  'dunningDue',
  'faults',
  'cpeReturns',
  'contractDates',
  'networkOrders',
] as const;
export type AttentionSectionKey = (typeof ATTENTION_SECTIONS)[number];

export interface Attention {
  readonly today: string;
  readonly now: string;
  /** The seller looked at; null: all sellers. */
  readonly sellerId: string | null;
  readonly sections: Record<AttentionSectionKey, AttentionSection>;
}

/**
 * What needs attention today (the server's clock), per section its count and first few items. A
 * staff user limited to one seller sees that seller's only; asking for another is "not found".
 */
export async function getAttention(context: Context, input: { sellerId?: string }): Promise<Attention> {
  const sellerId = sellerScope(context.actor, input.sellerId);
  const { db, clock } = context;
  const today = clock.today();
  const now = clock.now();
  const sellers = await sellersInScope(context, sellerId);
  const day = today.toString();
  const [unmatched, disputes, faults, cpe, orders, billRuns, contracts] = await Promise.all([
    unmatchedPaymentRows(db, sellerId, ITEMS_SHOWN),
    openDisputeRows(db, sellerId, ITEMS_SHOWN),
    faultSlaRows(db, sellerId, now.toString(), now.add({ minutes: WARNING_MINUTES }).toString(), ITEMS_SHOWN),
    overdueCpeRows(db, sellerId, day, ITEMS_SHOWN),
    ordersToPlanRows(db, sellerId, ITEMS_SHOWN),
    billRunsDue(context, sellers),
    contractDatesDue(db, sellerId, today),
  ]);
  const dunning: AttentionItem[] = [];
  for (const seller of sellers) dunning.push(...(await dunningStepsDue(db, seller, today)));
  const contractSection = await withCustomerNames(context, contracts);
  return {
    today: day,
    now: now.toString(),
    sellerId: sellerId ?? null,
    sections: {
      billRunsDue: firstOf(billRuns),
      unmatchedPayments: sectionOf(unmatched),
      disputes: sectionOf(disputes),
      dunningDue: firstOf(dunning),
      faults: sectionOf(faults),
      cpeReturns: sectionOf(cpe),
      contractDates: contractSection,
      networkOrders: sectionOf(orders),
    },
  };
}

interface SellerInScope {
  readonly id: string;
  readonly profile: TermsProfile;
}

async function sellersInScope(context: Context, sellerId: string | undefined): Promise<SellerInScope[]> {
  const all = await listSellers(context.db);
  const chosen = sellerId === undefined ? all : all.filter((seller) => seller.id === sellerId);
  if (sellerId !== undefined && chosen.length === 0) throw new NotFoundError('seller', sellerId);
  return Promise.all(
    chosen.map(async (seller) => ({
      id: seller.id,
      profile: (await getProfile(context.db, seller.profileId)).profile,
    })),
  );
}

/**
 * bit:11.1, vn:7.1.5: a seller billing quarterly in advance whose current quarter has no issued bill
 * run yet (none started, or one still drafting or issuing).
 */
async function billRunsDue(context: Context, sellers: readonly SellerInScope[]): Promise<AttentionItem[]> {
  const quarter = billingQuarterOf(context.clock.today());
  const quarterly = sellers.filter((seller) => seller.profile.billing.recurring.period === 'quarter');
  const runs = await quarterRunRows(
    context.db,
    quarterly.map((seller) => seller.id),
    quarter.id,
  );
  return quarterly.flatMap((seller) => {
    const run = runs.find((row) => row.seller_id === seller.id);
    if (run?.state === 'issued') return [];
    return [
      {
        id: run?.id ?? `${seller.id}:${quarter.id}`,
        sellerId: seller.id,
        customerId: null,
        customerName: null,
        date: quarter.from.toString(),
        amount: null,
        detail: quarter.id,
        reference: run?.state ?? null,
      },
    ];
  });
}

async function withCustomerNames(context: Context, section: AttentionSection): Promise<AttentionSection> {
  const names = await customerNames(
    context.db,
    section.items.flatMap((item) => (item.customerId ? [item.customerId] : [])),
  );
  return {
    count: section.count,
    items: section.items.map((item) => ({
      ...item,
      customerName: item.customerId ? (names.get(item.customerId) ?? null) : null,
    })),
  };
}
