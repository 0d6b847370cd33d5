import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { formatAmount } from '../../shared/money/index.ts';
import { revenueRows } from '../store/dashboard-rows.ts';
import { dashboardRange, quartersOf } from './dashboard-range.ts';
import { sellerScope } from './seller-scope.ts';

export interface RevenueFigure {
  readonly quarter: string;
  readonly sellerId: string;
  readonly productId: string | null;
  readonly productName: string | null;
  /** Net, excl. VAT, in euros as a decimal string. */
  readonly amount: string;
}

export interface Revenue {
  readonly from: string;
  readonly to: string;
  readonly sellerId: string | null;
  readonly quarters: string[];
  readonly figures: RevenueFigure[];
  readonly totals: { readonly quarter: string; readonly amount: string }[];
}

/**
 * Recurring revenue by seller and product per quarter of the invoice date: issued invoices' recurring
 * lines, net, less the credit notes that correct them (in the quarter the credit note is issued).
 * By default the current quarter and the three before it.
 */
export async function getRevenue(
  context: Context,
  input: { from?: Temporal.PlainDate; to?: Temporal.PlainDate; sellerId?: string },
): Promise<Revenue> {
  const sellerId = sellerScope(context.actor, input.sellerId);
  const today = context.clock.today();
  const quarterStart = today.with({ month: today.month - ((today.month - 1) % 3), day: 1 });
  const range = dashboardRange(input, { from: quarterStart.subtract({ months: 9 }), to: today });
  const rows = await revenueRows(context.db, {
    from: range.from.toString(),
    to: range.to.toString(),
    ...(sellerId === undefined ? {} : { sellerId }),
  });
  const quarters = quartersOf(range);
  return {
    from: range.from.toString(),
    to: range.to.toString(),
    sellerId: sellerId ?? null,
    quarters,
    figures: rows.map((row) => ({
      quarter: row.quarter,
      sellerId: row.seller_id,
      productId: row.product_id,
      productName: row.product_name,
      amount: formatAmount(Number(row.net_cents)),
    })),
    totals: quarters.map((quarter) => ({
      quarter,
      amount: formatAmount(
        rows.filter((row) => row.quarter === quarter).reduce((sum, row) => sum + Number(row.net_cents), 0),
      ),
    })),
  };
}
