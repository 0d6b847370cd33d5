import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { formatAmount } from '../../shared/money/index.ts';
import { ageingRows } from '../store/dashboard-rows.ts';
import type { AgeingRow } from '../store/dashboard-rows.ts';
import { sellerScope } from './seller-scope.ts';

/** Days past the due date: not yet due (0 or less), 1–30, 31–60, 61–90, more than 90. */
export const AGEING_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export type AgeingFigures = Record<AgeingBucket | 'total', string> & { readonly invoices: number };

export interface ReceivablesAgeing {
  readonly asOf: string;
  readonly sellerId: string | null;
  readonly sellers: (AgeingFigures & { readonly sellerId: string })[];
  readonly total: AgeingFigures;
}

/**
 * The open amounts of issued invoices on `asOf` (default today), as they stood that day, per seller
 * in buckets of days past due: an invoice exactly 30 days past due is in 1–30, at 31 in 31–60.
 */
export async function getReceivablesAgeing(
  context: Context,
  input: { asOf?: Temporal.PlainDate; sellerId?: string },
): Promise<ReceivablesAgeing> {
  const sellerId = sellerScope(context.actor, input.sellerId);
  const asOf = (input.asOf ?? context.clock.today()).toString();
  const rows = await ageingRows(context.db, { asOf, ...(sellerId === undefined ? {} : { sellerId }) });
  const cents = rows.map((row) => ({ sellerId: row.seller_id, ...centsOf(row) }));
  const sum = (bucket: AgeingBucket) => cents.reduce((total, row) => total + row[bucket], 0);
  const total = Object.fromEntries(AGEING_BUCKETS.map((bucket) => [bucket, sum(bucket)])) as Record<
    AgeingBucket,
    number
  >;
  return {
    asOf,
    sellerId: sellerId ?? null,
    sellers: cents.map((row) => ({ sellerId: row.sellerId, ...figures(row, row.invoices) })),
    total: figures(
      total,
      cents.reduce((n, row) => n + row.invoices, 0),
    ),
  };
}

function centsOf(row: AgeingRow): Record<AgeingBucket, number> & { invoices: number } {
  return {
    notDue: Number(row.not_due),
    days1to30: Number(row.days_1_30),
    days31to60: Number(row.days_31_60),
    days61to90: Number(row.days_61_90),
    over90: Number(row.over_90),
    invoices: Number(row.invoices),
  };
}

function figures(cents: Record<AgeingBucket, number>, invoices: number): AgeingFigures {
  const total = AGEING_BUCKETS.reduce((sum, bucket) => sum + cents[bucket], 0);
  return {
    notDue: formatAmount(cents.notDue),
    days1to30: formatAmount(cents.days1to30),
    days31to60: formatAmount(cents.days31to60),
    days61to90: formatAmount(cents.days61to90),
    over90: formatAmount(cents.over90),
    total: formatAmount(total),
    invoices,
  };
}
