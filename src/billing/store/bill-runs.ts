import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Db, SortOrder } from '../../platform/database/index.ts';
import { orderedBy, queryRows } from '../../platform/database/index.ts';
import { billRunChunks, billRuns, invoices } from '../schema.ts';

export type BillRunRow = typeof billRuns.$inferSelect;
export type BillRunChunkRow = typeof billRunChunks.$inferSelect;

export async function findBillRun(db: Db, id: string): Promise<BillRunRow | undefined> {
  const [row] = await db.select().from(billRuns).where(eq(billRuns.id, id));
  return row;
}

export async function findBillRunOf(
  db: Db,
  sellerId: string,
  period: string,
): Promise<BillRunRow | undefined> {
  const [row] = await db
    .select()
    .from(billRuns)
    .where(and(eq(billRuns.sellerId, sellerId), eq(billRuns.period, period)));
  return row;
}

/** Inserts the run; undefined when a run of the seller for the period exists already. */
export async function insertBillRun(
  db: Db,
  row: Omit<typeof billRuns.$inferInsert, 'id'>,
): Promise<BillRunRow | undefined> {
  const [inserted] = await db.insert(billRuns).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function insertChunks(
  db: Db,
  runId: string,
  chunks: readonly (readonly string[])[],
): Promise<void> {
  if (chunks.length === 0) return;
  await db
    .insert(billRunChunks)
    .values(chunks.map((customerIds, i) => ({ runId, chunk: i + 1, customerIds: [...customerIds] })));
}

/**
 * The customers a run of `sellerId` has something to bill for: a subscription available by the
 * invoice date and not billed through `through` (or ended before what was billed: a credit), a
 * pending charge raised by the invoice date, or usage before the quarter (vn:7.1.4, in arrears).
 */
export async function customersToBill(
  db: Db,
  sellerId: string,
  input: {
    readonly invoiceDate: string;
    readonly periodFrom: string;
    readonly yearEnd: string;
    readonly quarterEnd: string;
  },
): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`
      SELECT customer_id FROM subscriptions
       WHERE seller_id = ${sellerId} AND starts_on <= ${input.invoiceDate}::date
         AND (billed_through IS NULL
              OR billed_through < least(coalesce(ends_on, 'infinity'::date),
                                        CASE cadence WHEN 'year' THEN ${input.yearEnd}::date
                                                     ELSE ${input.quarterEnd}::date END)
              OR (ends_on IS NOT NULL AND billed_through > ends_on AND proration = 'days'))
      UNION
      SELECT customer_id FROM pending_charges
       WHERE seller_id = ${sellerId} AND invoice_id IS NULL AND raised_on <= ${input.invoiceDate}::date
      UNION
      SELECT customer_id FROM usage_records
       WHERE seller_id = ${sellerId} AND invoice_id IS NULL AND occurred_on < ${input.periodFrom}::date
      ORDER BY customer_id`,
  );
  return rows.map((row) => row.customer_id);
}

/**
 * Claims the next chunk still to draft (or to issue), locked until the caller's transaction ends:
 * another worker skips it, and a worker that dies releases it with its transaction.
 */
export async function claimChunk(
  db: Db,
  runId: string,
  step: 'draft' | 'issue',
): Promise<BillRunChunkRow | undefined> {
  const [row] = await db
    .select()
    .from(billRunChunks)
    .where(
      and(
        eq(billRunChunks.runId, runId),
        step === 'draft' ? isNull(billRunChunks.draftedAt) : isNull(billRunChunks.issuedAt),
        step === 'draft' ? undefined : isNotNull(billRunChunks.draftedAt),
      ),
    )
    .orderBy(asc(billRunChunks.chunk))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function markChunk(
  db: Db,
  runId: string,
  chunk: number,
  changes: Partial<Pick<BillRunChunkRow, 'draftedAt' | 'issuedAt' | 'invoices'>>,
): Promise<void> {
  await db
    .update(billRunChunks)
    .set(changes)
    .where(and(eq(billRunChunks.runId, runId), eq(billRunChunks.chunk, chunk)));
}

export interface ChunkProgress {
  readonly chunks: number;
  readonly drafted: number;
  readonly issued: number;
}

export async function chunkProgress(db: Db, runId: string): Promise<ChunkProgress> {
  const [row] = await queryRows<{ chunks: string; drafted: string; issued: string }>(
    db,
    sql`SELECT count(*) AS chunks, count(drafted_at) AS drafted, count(issued_at) AS issued
          FROM bill_run_chunks WHERE run_id = ${runId}`,
  );
  return { chunks: Number(row!.chunks), drafted: Number(row!.drafted), issued: Number(row!.issued) };
}

export interface RunInvoiceCounts {
  readonly drafts: number;
  readonly issued: number;
  readonly totalCents: number;
}

/** A run with how far its chunks are and what its invoices come to. */
export interface BillRunSummary {
  readonly run: BillRunRow;
  readonly progress: ChunkProgress;
  readonly invoices: RunInvoiceCounts;
}

/**
 * Runs with their progress and invoice counts in one statement, newest quarter first: a lateral
 * count per run reads that run's rows by index, without a round trip per run.
 */
export async function billRunSummaries(
  db: Db,
  where: {
    readonly id?: string;
    readonly sellerId?: string;
    readonly sort?: BillRunSort;
    readonly order?: SortOrder;
  },
): Promise<BillRunSummary[]> {
  // The outer query names these columns unqualified: each alias is unique among the tables joined.
  const asNumber = (expression: SQL, alias: string) => expression.mapWith(Number).as(alias);
  const progress = db
    .select({
      chunks: asNumber(sql`count(*)`, 'chunk_count'),
      drafted: asNumber(sql`count(bill_run_chunks.drafted_at)`, 'chunks_drafted'),
      issued: asNumber(sql`count(bill_run_chunks.issued_at)`, 'chunks_issued'),
    })
    .from(billRunChunks)
    .where(eq(billRunChunks.runId, billRuns.id))
    .as('progress');
  const counts = db
    .select({
      drafts: asNumber(sql`count(*) FILTER (WHERE invoices.state = 'draft')`, 'invoice_drafts'),
      issued: asNumber(sql`count(*) FILTER (WHERE invoices.state = 'issued')`, 'invoices_issued'),
      totalCents: asNumber(
        sql`coalesce(sum(CASE invoices.kind WHEN 'credit-note' THEN -invoices.total_cents
                                            ELSE invoices.total_cents END), 0)`,
        'invoices_total_cents',
      ),
    })
    .from(invoices)
    .where(eq(invoices.billRunId, billRuns.id))
    .as('counts');
  // An aggregate without GROUP BY answers one row, so every run has its counts.
  return db
    .select({
      run: billRuns,
      progress: { chunks: progress.chunks, drafted: progress.drafted, issued: progress.issued },
      invoices: { drafts: counts.drafts, issued: counts.issued, totalCents: counts.totalCents },
    })
    .from(billRuns)
    .crossJoinLateral(progress)
    .crossJoinLateral(counts)
    .where(
      and(
        where.id === undefined ? undefined : eq(billRuns.id, where.id),
        where.sellerId === undefined ? undefined : eq(billRuns.sellerId, where.sellerId),
      ),
    )
    .orderBy(
      ...(where.sort === undefined
        ? [desc(billRuns.periodFrom), asc(billRuns.sellerId), asc(billRuns.id)]
        : orderedBy(where.order ?? 'asc', ...billRunOrder[where.sort])),
    );
}

export const BILL_RUN_SORTS = ['period', 'startedAt'] as const;
export type BillRunSort = (typeof BILL_RUN_SORTS)[number];

// Each sort ends on the id, so paging is stable; startedAt is when the run was started.
const billRunOrder: Record<BillRunSort, readonly SQLWrapper[]> = {
  period: [billRuns.periodFrom, billRuns.id],
  startedAt: [billRuns.createdAt, billRuns.id],
};

/** Moves the run on when its state is still `from`; false when another worker did it first. */
export async function moveBillRun(
  db: Db,
  id: string,
  from: BillRunRow['state'],
  changes: Partial<Pick<BillRunRow, 'state' | 'draftedAt' | 'issuedAt'>>,
): Promise<boolean> {
  const moved = await db
    .update(billRuns)
    .set(changes)
    .where(and(eq(billRuns.id, id), eq(billRuns.state, from)))
    .returning({ id: billRuns.id });
  return moved.length > 0;
}
