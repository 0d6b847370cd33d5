import os from 'node:os';
import { watchSlaClocks } from '../../operations/index.ts';
import { systemClock } from '../clock.ts';
import type { Context } from '../context.ts';
import { startDeliveryLoop } from '../delivery/delivery-loop.ts';
import { dailyCycle } from './daily-cycle.ts';
import { DEFAULT_LEASE_SECONDS, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_SECONDS } from './run-claimed-job.ts';
import type { SchedulerLog } from './run-claimed-job.ts';
import { runDailyCycle } from './run-daily-cycle.ts';

/** How often `vezel serve` looks for scheduled work to do, as `vezel worker` does by default. */
export const SCHEDULED_WORK_INTERVAL_MS = 60_000;

export interface ScheduledWork {
  /** Stops the timer and waits for a pass under way to end (its job finishes first). */
  stop(): Promise<void>;
}

/**
 * One pass of the scheduled work: the day's cycle when not done yet (each job once a day, claimed in
 * `scheduled_runs` exactly as `vezel worker` claims it), then the SLA watch (vn:6.4.10).
 */
export async function runScheduledPass(
  context: Context,
  settings: { readonly worker: string; readonly log: SchedulerLog; readonly stopping: () => boolean },
): Promise<void> {
  await runDailyCycle(context, context.clock.today(), dailyCycle(), {
    worker: settings.worker,
    leaseSeconds: DEFAULT_LEASE_SECONDS,
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    retrySeconds: DEFAULT_RETRY_SECONDS,
    wallClock: () => systemClock().now(),
    log: settings.log,
    stopping: settings.stopping,
    waitForOthers: false,
  });
  if (!settings.stopping()) await watchSla(context, settings.log);
}

/** The SLA watch of a pass (vn:6.4.10): warnings and breaches raised are logged. */
export async function watchSla(context: Context, log: SchedulerLog): Promise<void> {
  const watch = await watchSlaClocks(context);
  if (watch.warnings.length + watch.breaches.length > 0) log.warn(watch, 'SLA warnings or breaches raised');
}

/**
 * The scheduled work inside `vezel serve` on the embedded store, where no `vezel worker` can run
 * beside the server: a pass right away, then one a minute, one at a time.
 */
export function startScheduledWork(
  context: Context,
  log: SchedulerLog,
  intervalMs = SCHEDULED_WORK_INTERVAL_MS,
): ScheduledWork {
  let stopping = false;
  const settings = { worker: `${os.hostname()}:${process.pid}`, log, stopping: () => stopping };
  const loop = startDeliveryLoop({
    intervalMs,
    run: () => runScheduledPass(context, settings),
    onError: (error) => log.error({ err: error }, 'scheduled work pass failed'),
  });
  return {
    stop: async () => {
      stopping = true;
      await loop.stop();
    },
  };
}
