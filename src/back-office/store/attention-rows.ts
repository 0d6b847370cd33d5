import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

/** One row of an attention section as the queries answer it; `total` is the section's count. */
export interface AttentionRow {
  readonly id: string;
  readonly seller_id: string | null;
  readonly customer_id: string | null;
  readonly customer_name: string | null;
  readonly date: string | null;
  readonly amount_cents: string | number | null;
  readonly detail: string | null;
  readonly reference: string | null;
  readonly total: number;
}

/** `AND <column> = sellerId` when the caller is limited to (or asks for) one seller; nothing otherwise. */
export function sellerIs(column: SQL, sellerId: string | undefined): SQL {
  return sellerId === undefined ? sql`` : sql` AND ${column} = ${sellerId}`;
}
