import { deliverProvisioningJobs } from '../../network/use-cases/deliver-provisioning-jobs.ts';
import type { ProvisioningDeliveryRun } from '../../network/use-cases/deliver-provisioning-jobs.ts';
import { deliverMessages } from '../../notifications/use-cases/deliver-messages.ts';
import type { DeliveryConfig } from '../config.ts';
import type { Context } from '../context.ts';
import { DELIVERY_INTERVAL_MS, startDeliveryLoop } from './delivery-loop.ts';
import type { DeliveryLoop } from './delivery-loop.ts';
import type { DrainOptions, OutboxCounts } from './drain-outbox.ts';

export interface OutboxesRun {
  readonly provisioningJobs: ProvisioningDeliveryRun;
  readonly messages: OutboxCounts;
}

/**
 * One pass over both outboxes: provisioning jobs to the network automation, messages by e-mail
 * and webhook. `vezel serve` runs it every few seconds, `vezel outbox deliver` once. The one place
 * outside app.ts that wires two contexts together, as a composition step.
 */
export async function deliverOutboxes(
  context: Context,
  delivery: DeliveryConfig,
  options: DrainOptions = {},
): Promise<OutboxesRun> {
  const provisioningJobs = await deliverProvisioningJobs(context, delivery.provisioning, options);
  const messages = await deliverMessages(context, delivery, options);
  return { provisioningJobs, messages };
}

/** Who delivers, in the audit log: the worker inside `vezel serve`. */
export const deliveryWorker = { id: 'system', origin: 'worker' } as const;

export interface DeliveryLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * `deliverOutboxes` every few seconds inside `vezel serve`, one pass at a time. A pass that did
 * something is logged, failed attempts as warnings (retried by the schedule), given-up ones as
 * errors; a pass that threw (the store unreachable, say) is logged and tried again next tick.
 */
export function startOutboxDelivery(
  context: Context,
  delivery: DeliveryConfig,
  log: DeliveryLog,
  intervalMs = DELIVERY_INTERVAL_MS,
): DeliveryLoop {
  if (!delivery.provisioning)
    log.info({}, 'VEZEL_PROVISIONING_URL is not set: provisioning jobs wait to be confirmed by hand');
  return startDeliveryLoop({
    intervalMs,
    run: async () => {
      const run = await deliverOutboxes(context, delivery);
      const total = (key: keyof OutboxCounts) => run.provisioningJobs[key] + run.messages[key];
      const where = 'see GET /provisioning-jobs?state=… and GET /messages?state=… for last_error';
      if (total('failed') > 0)
        log.error(run, `outbox deliveries given up after their last attempt; ${where}`);
      else if (total('retrying') > 0) log.warn(run, `outbox deliveries failed, to be retried; ${where}`);
      else if (total('delivered') > 0) log.info(run, 'outboxes delivered');
    },
    onError: (error) => log.error({ err: error }, 'outbox delivery pass failed'),
  });
}
