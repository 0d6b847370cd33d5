import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { findProvisioningJob, updateProvisioningJob } from '../store/provisioning-jobs.ts';
import { provisioningJobView } from './get-provisioning-job.ts';
import type { ProvisioningJobView } from './get-provisioning-job.ts';

/**
 * Puts a failed job back in the outbox, due now, with its attempts counted afresh: after the
 * automation (or the network) was fixed. A job already pending again answers as it is.
 */
export async function retryProvisioningJob(context: Context, id: string): Promise<ProvisioningJobView> {
  assertOperator(context.actor, 'retry provisioning jobs');
  return context.db.transaction(async (tx) => {
    const job = await findProvisioningJob(tx, id, { forUpdate: true });
    if (!job) throw new NotFoundError('provisioning job', id);
    if (job.state === 'pending') return provisioningJobView(job);
    if (job.state !== 'failed')
      throw new ConflictError(
        `provisioning job ${job.id} is ${job.state}; only a failed job can be retried ` +
          '(to change the network again, queue a new change)',
      );
    const updated = await updateProvisioningJob(tx, job.id, {
      state: 'pending',
      attempts: 0,
      nextAttemptAt: context.clock.now().toString(),
      lastError: null,
    });
    await auditChange(tx, context, {
      action: 'provisioning-job.retried',
      subject: { type: 'provisioning-job', id: job.id },
      details: { attempts: job.attempts, lastError: job.lastError, subject: job.subject },
    });
    return provisioningJobView(updated);
  });
}
