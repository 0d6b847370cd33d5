import type { Temporal } from 'temporal-polyfill';
import { productKindOf } from '../../catalog/index.ts';
import type { ProductKind } from '../../catalog/index.ts';
import type { Context } from '../../platform/context.ts';
import { usageRows } from '../store/dashboard-rows.ts';
import { dashboardRange, monthsOf } from './dashboard-range.ts';
import { sellerScope } from './seller-scope.ts';

export interface UsageFigure {
  readonly month: string;
  readonly sellerId: string;
  readonly productId: string;
  readonly productName: string | null;
  /** The product kind's unit: GB, kWh, hour, Mbps… */
  readonly unit: string | null;
  /** A decimal string, as many decimals as it needs. */
  readonly quantity: string;
}

export interface UsageTrends {
  readonly from: string;
  readonly to: string;
  readonly sellerId: string | null;
  readonly months: string[];
  readonly figures: UsageFigure[];
}

/** The quantity of usage recorded per month and usage product; by default the last twelve months. */
export async function getUsageTrends(
  context: Context,
  input: { from?: Temporal.PlainDate; to?: Temporal.PlainDate; sellerId?: string },
): Promise<UsageTrends> {
  const sellerId = sellerScope(context.actor, input.sellerId);
  const today = context.clock.today();
  const range = dashboardRange(input, { from: today.with({ day: 1 }).subtract({ months: 11 }), to: today });
  const rows = await usageRows(context.db, {
    from: range.from.toString(),
    to: range.to.toString(),
    ...(sellerId === undefined ? {} : { sellerId }),
  });
  return {
    from: range.from.toString(),
    to: range.to.toString(),
    sellerId: sellerId ?? null,
    months: monthsOf(range),
    figures: rows.map((row) => ({
      month: row.month,
      sellerId: row.seller_id,
      productId: row.product_id,
      productName: row.product_name,
      unit: unitOf(row.product_kind),
      quantity: trimDecimal(row.quantity),
    })),
  };
}

function unitOf(kind: string | null): string | null {
  if (kind === null) return null;
  try {
    return productKindOf(kind as ProductKind).unit;
  } catch {
    return null;
  }
}

/** "12.500000" → "12.5", "3.000000" → "3". */
function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
