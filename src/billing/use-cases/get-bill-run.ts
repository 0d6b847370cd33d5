import type { Db, SortOrder } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { billRunSummaries } from '../store/bill-runs.ts';
import type { BillRunSort } from '../store/bill-runs.ts';
import { billRunView } from './bill-run-view.ts';
import type { BillRunView } from './bill-run-view.ts';

export async function getBillRun(db: Db, id: string): Promise<BillRunView> {
  const [summary] = await billRunSummaries(db, { id });
  if (!summary) throw new NotFoundError('bill run', id);
  return billRunView(summary);
}

export { BILL_RUN_SORTS } from '../store/bill-runs.ts';
export type { BillRunSort } from '../store/bill-runs.ts';

/** The runs, newest quarter first (or by `sort`), each with its progress and invoice counts (one statement). */
export async function listBillRuns(
  db: Db,
  filter: { readonly sellerId?: string; readonly sort?: BillRunSort; readonly order?: SortOrder } = {},
): Promise<BillRunView[]> {
  const summaries = await billRunSummaries(db, filter);
  return summaries.map(billRunView);
}
