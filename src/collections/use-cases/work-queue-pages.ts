import type { Db } from '../../platform/database/index.ts';
import { disputePage, unmatchedPage } from '../store/work-queues.ts';
import type { DISPUTE_SORTS, Sorted, UNMATCHED_SORTS } from '../store/work-queues.ts';

export { DISPUTE_SORTS, DUNNING_QUEUE_SORTS, UNMATCHED_SORTS } from '../store/work-queues.ts';

/* The unmatched queue and the disputes, a page at a time, for the billing work screens (issue 8). */

export interface PageQuery {
  readonly limit?: number;
  readonly offset?: number;
  readonly sellerId?: string;
  readonly search?: string;
  /** Default ascending; without a sort each list keeps its own order (oldest first). */
  readonly order?: 'asc' | 'desc';
}

export interface UnmatchedItem {
  readonly id: string;
  readonly sellerId: string;
  readonly amountCents: number;
  readonly valueDate: string;
  readonly counterpartyName: string | null;
  readonly counterpartyIban: string | null;
  readonly endToEndId: string | null;
  readonly remittance: string;
  readonly statementId: string | null;
}

export const windowOf = (query: PageQuery) => ({ limit: query.limit ?? 50, offset: query.offset ?? 0 });
const searchOf = (query: PageQuery) => (query.search?.trim() ? query.search.trim() : undefined);

export async function listUnmatchedPage(
  db: Db,
  query: PageQuery & Sorted<(typeof UNMATCHED_SORTS)[number]>,
): Promise<{ items: UnmatchedItem[]; total: number }> {
  const { rows, total } = await unmatchedPage(db, {
    ...windowOf(query),
    sort: query.sort,
    order: query.order,
    sellerId: query.sellerId,
    search: searchOf(query),
  });
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      sellerId: row.seller_id,
      amountCents: Number(row.amount_cents),
      valueDate: row.value_date,
      counterpartyName: row.counterparty_name,
      counterpartyIban: row.counterparty_iban,
      endToEndId: row.end_to_end_id,
      remittance: row.remittance,
      statementId: row.statement_id,
    })),
  };
}

export interface DisputeItem {
  readonly id: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string | null;
  readonly invoiceTotalCents: number;
  readonly sellerId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly amountCents: number;
  readonly reason: string;
  readonly openedOn: string;
  readonly state: string;
  readonly resolvedOn: string | null;
  readonly creditNoteId: string | null;
}

export async function listDisputePage(
  db: Db,
  query: PageQuery & Sorted<(typeof DISPUTE_SORTS)[number]> & { readonly state?: string },
): Promise<{ items: DisputeItem[]; total: number }> {
  const { rows, total } = await disputePage(db, {
    ...windowOf(query),
    sort: query.sort,
    order: query.order,
    sellerId: query.sellerId,
    state: query.state,
    search: searchOf(query),
  });
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      invoiceId: row.invoice_id,
      invoiceNumber: row.invoice_number,
      invoiceTotalCents: Number(row.invoice_total_cents),
      sellerId: row.seller_id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      amountCents: Number(row.amount_cents),
      reason: row.reason,
      openedOn: row.opened_on,
      state: row.state,
      resolvedOn: row.resolved_on,
      creditNoteId: row.credit_note_id,
    })),
  };
}
