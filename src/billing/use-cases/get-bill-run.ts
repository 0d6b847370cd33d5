import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findBillRun, listBillRunRows } from '../store/bill-runs.ts';
import { billRunView } from './bill-run-view.ts';
import type { BillRunView } from './bill-run-view.ts';

export async function getBillRun(db: Db, id: string): Promise<BillRunView> {
  const run = await findBillRun(db, id);
  if (!run) throw new NotFoundError('bill run', id);
  return billRunView(db, run);
}

export async function listBillRuns(
  db: Db,
  filter: { readonly sellerId?: string } = {},
): Promise<BillRunView[]> {
  const rows = await listBillRunRows(db, filter.sellerId);
  return Promise.all(rows.map((row) => billRunView(db, row)));
}
