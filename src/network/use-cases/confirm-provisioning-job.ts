import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { findProvisioningJob, updateProvisioningJob } from '../store/provisioning-jobs.ts';
import { provisioningJobView } from './get-provisioning-job.ts';
import type { ProvisioningJobView } from './get-provisioning-job.ts';

export const CONFIRM_OUTCOMES = ['done', 'failed'] as const;
export type ConfirmOutcome = (typeof CONFIRM_OUTCOMES)[number];

export interface ConfirmProvisioningJob {
  readonly id: string;
  /** `done`: the network carries the change; `failed`: the automation could not make it. */
  readonly outcome: string;
  /** What the automation or the engineer reports, e.g. the reason it failed. */
  readonly detail?: string;
}

const MAX_DETAIL_LENGTH = 2000;

/**
 * The network automation's answer to a job (its callback), or an engineer's by hand when no
 * automation is configured: `done` makes a pending or delivered job confirmed, `failed` makes it
 * failed with the detail as its error. Asking again for what the job already is answers the same
 * job and changes nothing; a confirmed job cannot fail, and a failed one is retried before it can
 * be confirmed.
 */
export async function confirmProvisioningJob(
  context: Context,
  input: ConfirmProvisioningJob,
): Promise<ProvisioningJobView> {
  assertOperator(context.actor, 'confirm provisioning jobs');
  const { outcome, detail } = confirmInput(input);
  return context.db.transaction(async (tx) => {
    const job = await findProvisioningJob(tx, input.id, { forUpdate: true });
    if (!job) throw new NotFoundError('provisioning job', input.id);
    const target = outcome === 'done' ? 'confirmed' : 'failed';
    if (job.state === target) return provisioningJobView(job);
    if (job.state === 'failed')
      throw new ConflictError(
        `provisioning job ${job.id} failed (${job.lastError ?? 'no reason recorded'}); retry it first ` +
          `(POST /provisioning-jobs/${job.id}/retry), then confirm it`,
      );
    if (job.state === 'confirmed')
      throw new ConflictError(
        `provisioning job ${job.id} is confirmed done already; to undo it, queue the opposite change`,
      );
    const now = context.clock.now().toString();
    const updated = await updateProvisioningJob(
      tx,
      job.id,
      outcome === 'done'
        ? { state: 'confirmed', confirmedAt: now, confirmedBy: context.actor.id }
        : { state: 'failed', lastError: detail ?? `reported failed by ${context.actor.id}` },
    );
    await auditChange(tx, context, {
      action: outcome === 'done' ? 'provisioning-job.confirmed' : 'provisioning-job.reported-failed',
      subject: { type: 'provisioning-job', id: job.id },
      ...(detail ? { reason: detail } : {}),
      details: { from: job.state, subject: job.subject, action: job.action, attempts: job.attempts },
    });
    return provisioningJobView(updated);
  });
}

function confirmInput(input: ConfirmProvisioningJob): { outcome: ConfirmOutcome; detail?: string } {
  const problems: FieldProblem[] = [];
  const outcome = CONFIRM_OUTCOMES.find((candidate) => candidate === input.outcome);
  if (!outcome)
    problems.push({
      field: 'outcome',
      problem: `${quote(input.outcome)} is not one of ${CONFIRM_OUTCOMES.join(', ')}`,
    });
  const detail = typeof input.detail === 'string' ? input.detail.trim() : input.detail;
  if (detail !== undefined && typeof detail !== 'string')
    problems.push({ field: 'detail', problem: 'must be text' });
  else if (detail !== undefined && detail.length > MAX_DETAIL_LENGTH)
    problems.push({ field: 'detail', problem: `is longer than ${MAX_DETAIL_LENGTH} characters` });
  if (problems.length > 0 || !outcome) throw new InvalidInputError(problems);
  return { outcome, ...(detail ? { detail } : {}) };
}
