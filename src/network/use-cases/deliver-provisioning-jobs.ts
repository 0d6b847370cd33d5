import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { ProvisioningEndpoint } from '../../platform/config.ts';
import type { Context } from '../../platform/context.ts';
import { drainOutbox } from '../../platform/delivery/drain-outbox.ts';
import type { DrainOptions, OutboxCounts } from '../../platform/delivery/drain-outbox.ts';
import { postWebhook } from '../../platform/delivery/post-webhook.ts';
import {
  claimDueProvisioningJobs,
  countPendingProvisioningJobs,
  markProvisioningJobDelivered,
  recordProvisioningJobFailure,
} from '../store/provisioning-jobs.ts';
import type { ProvisioningJobRow } from '../store/provisioning-jobs.ts';
import { isoInstant } from './get-provisioning-job.ts';

export interface ProvisioningDeliveryRun extends OutboxCounts {
  /** False when no endpoint is configured: nothing was sent, the jobs wait to be confirmed by hand. */
  readonly endpoint: boolean;
  /** Jobs still pending after the pass (waiting for a retry, or for an endpoint). */
  readonly pending: number;
}

/**
 * Delivers the due provisioning jobs to the operator's network automation: each a signed JSON POST
 * with `Vezel-Delivery-Id: <job id>`, so the automation applies a job once however often it arrives.
 * 2xx → delivered (the automation confirms later); otherwise the retry schedule, then failed.
 * Without an endpoint nothing is claimed: the jobs stay pending with their attempts untouched.
 */
export async function deliverProvisioningJobs(
  context: Context,
  endpoint: ProvisioningEndpoint | undefined,
  options: DrainOptions = {},
): Promise<ProvisioningDeliveryRun> {
  if (!endpoint) {
    const pending = await countPendingProvisioningJobs(context.db);
    return { endpoint: false, delivered: 0, retrying: 0, failed: 0, pending };
  }
  const counts = await drainOutbox<ProvisioningJobRow>(
    {
      claim: (limit, now, leaseUntil) => claimDueProvisioningJobs(context.db, limit, now, leaseUntil),
      deliver: (job) =>
        postWebhook({
          url: endpoint.url,
          secret: endpoint.secret,
          deliveryId: job.id,
          body: {
            id: job.id,
            subject: job.subject,
            action: job.action,
            payload: job.payload,
            createdAt: isoInstant(job.createdAt),
          },
          at: context.clock.now(),
        }),
      recordDelivered: (job, at) => recordDelivered(context, job, at),
      recordFailed: (job, failure) =>
        context.db.transaction(async (tx) => {
          const changed = await recordProvisioningJobFailure(tx, job.id, job.attempts, failure);
          if (!changed || failure.nextAttemptAt) return;
          await auditChange(tx, context, {
            action: 'provisioning-job.failed',
            subject: { type: 'provisioning-job', id: job.id },
            reason: failure.error,
            details: { attempts: failure.attempts, subject: job.subject, action: job.action },
          });
        }),
    },
    context.clock,
    options,
  );
  return { endpoint: true, ...counts, pending: await countPendingProvisioningJobs(context.db) };
}

function recordDelivered(context: Context, job: ProvisioningJobRow, at: Temporal.Instant): Promise<void> {
  return context.db.transaction(async (tx) => {
    if (!(await markProvisioningJobDelivered(tx, job.id, job.attempts + 1, at))) return;
    await auditChange(tx, context, {
      action: 'provisioning-job.delivered',
      subject: { type: 'provisioning-job', id: job.id },
      details: { attempts: job.attempts + 1, subject: job.subject, action: job.action },
    });
  });
}
