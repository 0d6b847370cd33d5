import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { endOfQuarter, endOfYear } from '../../shared/calendar/index.ts';
import { FieldChecks, NotFoundError } from '../../shared/errors/index.ts';
import { parseBillingQuarter } from '../rules/billing-quarter.ts';
import { customersToBill, findBillRunOf, insertBillRun, insertChunks } from '../store/bill-runs.ts';
import { findSellerRow } from '../store/billing-inputs.ts';
import { getBillRun } from './get-bill-run.ts';
import type { BillRunView } from './bill-run-view.ts';

export interface StartBillRun {
  readonly sellerId: string;
  /** The calendar quarter billed in advance, e.g. "2027-Q1". */
  readonly period: string;
  /** The invoice date; default the quarter's first day. Not after it: fees are billed in advance. */
  readonly invoiceDate?: Temporal.PlainDate;
  /** Customers per chunk a worker claims at once; default 500. */
  readonly chunkSize?: number;
}

export const DEFAULT_CHUNK_SIZE = 500;

/**
 * Starts the bill run of a seller for a quarter, or finds the one that exists: a run is idempotent
 * by (seller, period), so starting it again issues nothing new. The customers with something to
 * bill are split into chunks for the workers that draft and issue them.
 */
export async function startBillRun(context: Context, input: StartBillRun): Promise<BillRunView> {
  return (await startOrFindBillRun(context, input)).run;
}

/** startBillRun, telling whether this call made the run (201) or found it (200). */
export async function startOrFindBillRun(
  context: Context,
  input: StartBillRun,
): Promise<{ readonly run: BillRunView; readonly created: boolean }> {
  const { quarter, invoiceDate, chunkSize } = checkInput(input);
  const seller = await findSellerRow(context.db, input.sellerId);
  if (!seller) throw new NotFoundError('seller', input.sellerId);
  const existing = await findBillRunOf(context.db, seller.id, quarter.id);
  if (existing) return { run: await getBillRun(context.db, existing.id), created: false };
  const run = await context.db.transaction(async (tx) => {
    const customers = await customersToBill(tx, seller.id, {
      invoiceDate: invoiceDate.toString(),
      periodFrom: quarter.from.toString(),
      quarterEnd: endOfQuarter(quarter.from).toString(),
      yearEnd: endOfYear(quarter.from).toString(),
    });
    const chunks = chunked(customers, chunkSize);
    const row = await insertBillRun(tx, {
      sellerId: seller.id,
      period: quarter.id,
      periodFrom: quarter.from.toString(),
      periodTo: quarter.to.toString(),
      invoiceDate: invoiceDate.toString(),
      state: 'drafting',
      chunks: chunks.length,
      customers: customers.length,
      createdAt: context.clock.now().toString(),
      createdBy: context.actor.id,
    });
    // Another clerk started the same run at the same moment: theirs stands.
    if (!row) return undefined;
    await insertChunks(tx, row.id, chunks);
    await auditChange(tx, context, {
      action: 'bill-run.started',
      subject: { type: 'bill-run', id: row.id },
      details: {
        sellerId: seller.id,
        period: quarter.id,
        invoiceDate: invoiceDate.toString(),
        customers: customers.length,
      },
    });
    return row;
  });
  return {
    run: await getBillRun(context.db, (run ?? (await findBillRunOf(context.db, seller.id, quarter.id))!).id),
    created: run !== undefined,
  };
}

function checkInput(input: StartBillRun) {
  const checks = new FieldChecks();
  if (typeof input.sellerId !== 'string' || input.sellerId.trim() === '')
    checks.add('sellerId', 'is required');
  const quarter = checks.check(() => parseBillingQuarter(input.period, 'period'));
  const chunkSize = input.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 10_000)
    checks.add('chunkSize', `must be a whole number from 1 to 10000, not ${String(input.chunkSize)}`);
  const invoiceDate = input.invoiceDate ?? quarter?.from;
  if (quarter && invoiceDate && Temporal.PlainDate.compare(invoiceDate, quarter.from) > 0)
    checks.add(
      'invoiceDate',
      `must be on or before ${quarter.from.toString()}: ${quarter.id} is billed in advance (bit:11.1, vn:7.1.5)`,
    );
  checks.throwIfAny();
  return { quarter: quarter!, invoiceDate: invoiceDate!, chunkSize };
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
