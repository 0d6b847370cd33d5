import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import { chunkProgress, claimChunk, findBillRun, markChunk, moveBillRun } from '../store/bill-runs.ts';
import type { BillRunRow } from '../store/bill-runs.ts';
import { findSellerRow } from '../store/billing-inputs.ts';
import { getBillRun } from './get-bill-run.ts';
import type { BillRunView } from './bill-run-view.ts';
import { draftChunk } from './draft-chunk.ts';
import type { RunSetting } from './draft-chunk.ts';
import { issueChunk } from './issue-chunk.ts';

export interface RunProgress {
  readonly step: 'draft' | 'issue';
  readonly done: number;
  readonly chunks: number;
}

export interface WorkOptions {
  readonly onProgress?: (progress: RunProgress) => void;
  /** How long to wait for chunks other workers hold before answering the run as it is; default 60 s. */
  readonly waitMs?: number;
}

/**
 * Drafts a run's invoices, chunk by chunk, each chunk in a transaction of its own claimed with
 * FOR UPDATE SKIP LOCKED: several workers share a run, and one that dies loses only its open chunk,
 * which the next worker takes. The run is `drafted` when the last chunk is.
 */
export async function draftBillRun(
  context: Context,
  runId: string,
  options: WorkOptions = {},
): Promise<BillRunView> {
  const setting = await runSetting(context, runId);
  if (setting.run.state === 'drafting') await workThrough(context, setting, 'draft', options);
  return finish(context, runId, 'drafting', 'drafted');
}

/**
 * Issues a drafted run: numbers, dates and due dates are given chunk by chunk, each in the
 * transaction that issues it, so numbers stay consecutive when a worker dies. Issuing is final.
 */
export async function issueBillRun(
  context: Context,
  runId: string,
  options: WorkOptions = {},
): Promise<BillRunView> {
  const setting = await runSetting(context, runId);
  if (setting.run.state === 'drafting')
    throw new ConflictError(
      `bill run ${runId} is still drafting; draft it to the end and review it before issuing`,
    );
  if (setting.run.state === 'drafted') await moveBillRun(context.db, runId, 'drafted', { state: 'issuing' });
  if (setting.run.state !== 'issued') await workThrough(context, setting, 'issue', options);
  return finish(context, runId, 'issuing', 'issued');
}

async function runSetting(context: Context, runId: string): Promise<RunSetting> {
  const run = await findBillRun(context.db, runId);
  if (!run) throw new NotFoundError('bill run', runId);
  const seller = (await findSellerRow(context.db, run.sellerId))!;
  const { profile } = await getProfile(context.db, seller.profileId);
  return { run, seller, profile };
}

async function workThrough(
  context: Context,
  setting: RunSetting,
  step: 'draft' | 'issue',
  options: WorkOptions,
) {
  const runId = setting.run.id;
  const report = async () => {
    const progress = await chunkProgress(context.db, runId);
    options.onProgress?.({
      step,
      done: step === 'draft' ? progress.drafted : progress.issued,
      chunks: progress.chunks,
    });
  };
  await report();
  let idle: number | undefined;
  const idleSince = () => (idle ??= Date.now());
  for (;;) {
    const worked = await context.db.transaction(async (tx) => {
      const chunk = await claimChunk(tx, runId, step);
      if (!chunk) return false;
      const at = context.clock.now().toString();
      if (step === 'draft') {
        const invoices = await draftChunk(tx, context, setting, chunk);
        await markChunk(tx, runId, chunk.chunk, { draftedAt: at, invoices });
      } else {
        await issueChunk(tx, context, setting, chunk);
        await markChunk(tx, runId, chunk.chunk, { issuedAt: at });
      }
      return true;
    });
    if (worked) {
      idle = undefined;
      await report();
      continue;
    }
    // Nothing left to claim: done, or other workers hold the last chunks. Wait for them (a killed
    // worker's chunk comes free as soon as the server ends its session) so every caller ends with
    // the step complete, unless they take longer than `waitMs`.
    const progress = await chunkProgress(context.db, runId);
    const done = step === 'draft' ? progress.drafted : progress.issued;
    if (done === progress.chunks || Date.now() - idleSince() > (options.waitMs ?? 60_000)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Moves the run on once every chunk is done; chunks other workers still hold leave it as it is. */
async function finish(
  context: Context,
  runId: string,
  from: BillRunRow['state'],
  to: BillRunRow['state'],
): Promise<BillRunView> {
  const progress = await chunkProgress(context.db, runId);
  const done = to === 'drafted' ? progress.drafted : progress.issued;
  if (done === progress.chunks) {
    await context.db.transaction(async (tx) => {
      const at = context.clock.now().toString();
      const moved = await moveBillRun(
        tx,
        runId,
        from,
        to === 'drafted' ? { state: to, draftedAt: at } : { state: to, issuedAt: at },
      );
      if (moved)
        await auditChange(tx, context, {
          action: `bill-run.${to}`,
          subject: { type: 'bill-run', id: runId },
          details: { chunks: progress.chunks },
        });
    });
  }
  return getBillRun(context.db, runId);
}
