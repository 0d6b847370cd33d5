import { formatAmount } from '../../shared/money/index.ts';
import type { AttentionRow } from '../store/attention-rows.ts';

/** One thing that needs attention, with what the home page shows of it and links to. */
export interface AttentionItem {
  readonly id: string;
  readonly sellerId: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  /** A date (YYYY-MM-DD) or, for SLA clocks, an instant. */
  readonly date: string | null;
  /** A decimal string in euros ("123.45"), where the item has an amount. */
  readonly amount: string | null;
  /** What kind of thing it is in its section: a dunning step, `warning`/`breached`, a period… */
  readonly detail: string | null;
  /** A second id the screen links to (the disputed invoice, the provider) or a short text. */
  readonly reference: string | null;
}

export interface AttentionSection {
  readonly count: number;
  readonly items: AttentionItem[];
}

/** How many items each section shows; its count is of all. */
export const ITEMS_SHOWN = 5;

export function sectionOf(rows: readonly AttentionRow[]): AttentionSection {
  return { count: rows[0]?.total ?? 0, items: rows.map(itemOf) };
}

function itemOf(row: AttentionRow): AttentionItem {
  return {
    id: row.id,
    sellerId: row.seller_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    date: row.date,
    amount: row.amount_cents === null ? null : formatAmount(Number(row.amount_cents)),
    detail: row.detail,
    reference: row.reference,
  };
}

/** A section computed in full in code: its count and its first items. */
export function firstOf(items: readonly AttentionItem[]): AttentionSection {
  return { count: items.length, items: items.slice(0, ITEMS_SHOWN) };
}
