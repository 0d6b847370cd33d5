import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import { readConfig } from '../../platform/config.ts';
import { systemClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { asOfOption, clockFor, wholeNumberArgument } from '../options.ts';
import { jsonLinesLog } from './json-lines-log.ts';
import type { JsonLinesLog } from './json-lines-log.ts';

interface WorkerOptions {
  readonly interval: number;
  readonly once?: boolean;
  readonly asOf?: Temporal.PlainDate;
  readonly lease: number;
  readonly chunkSize?: number;
}

/**
 * `vezel worker`: the scheduled work, as many times as needed against one PostgreSQL. Every
 * `--interval` seconds it runs the day's cycle if not done (each job once a day however many workers
 * run: claimed in `scheduled_runs`), the SLA watch and the outbox delivery. SIGTERM/SIGINT: the job
 * under way finishes, then the worker stops.
 */
export function workerCommand(): Command {
  return new Command('worker')
    .description(
      "run the scheduled work: the day's cycle once a day however many workers (contracts formed and " +
        'closed, CPE reminders, bill runs, dunning), the SLA watch and the outbox delivery',
    )
    .addOption(
      new Option('--interval <seconds>', 'seconds between passes').argParser(positiveNumber).default(60),
    )
    .option('--once', 'run one pass and exit (for cron and tests): non-zero when the day is not complete')
    .addOption(asOfOption())
    .addOption(
      new Option('--lease <seconds>', "a job's lease: a dead worker's job is taken over after it")
        .argParser(positiveNumber)
        .default(60),
    )
    .addOption(
      new Option('--chunk-size <n>', 'customers per bill-run transaction; default 500').argParser(
        wholeNumberArgument,
      ),
    )
    .action((options: WorkerOptions) => runWorker(options));
}

function positiveNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`'${value}' is not a whole number of 1 or more`);
  return Number(value);
}

async function runWorker(options: WorkerOptions): Promise<void> {
  const { startApp } = await import('../../app.ts');
  const scheduler = await import('../../platform/scheduler/index.ts');
  const config = readConfig(process.env, process.cwd());
  const log = jsonLinesLog(config.logLevel);
  const app = await startApp(config, clockFor(options.asOf));
  const worker = `${os.hostname()}:${process.pid}`;
  const context: Context = { db: app.database.db, clock: app.clock, actor: scheduler.schedulerActor };
  const stop = stopSignal(log);
  log.info({ worker, store: app.database.kind, once: options.once === true }, 'worker started');
  const { deliverOutboxes, startOutboxDelivery } =
    await import('../../platform/delivery/deliver-outboxes.ts');
  const delivery = options.once ? undefined : startOutboxDelivery(context, config.delivery, log);
  try {
    const jobs = scheduler.dailyCycle(
      options.chunkSize === undefined ? {} : { billRunChunkSize: options.chunkSize },
    );
    const settings = {
      worker,
      leaseSeconds: options.lease,
      maxAttempts: scheduler.DEFAULT_MAX_ATTEMPTS,
      retrySeconds: scheduler.DEFAULT_RETRY_SECONDS,
      wallClock: () => systemClock().now(),
      log,
      stopping: stop.requested,
      waitForOthers: options.once === true,
    };
    for (;;) {
      try {
        const pass = await scheduler.runDailyCycle(context, app.clock.today(), jobs, settings);
        if (!stop.requested()) await scheduler.watchSla(context, log);
        if (options.once) {
          await deliverOutboxes(context, config.delivery);
          if (!pass.complete && !stop.requested())
            throw new Error(
              `the cycle of ${pass.day} is not complete: see GET /scheduler/runs?day=${pass.day}`,
            );
          return;
        }
      } catch (error) {
        if (options.once) throw error;
        log.error({ error: error instanceof Error ? error.message : String(error) }, 'worker pass failed');
      }
      if (stop.requested() || !(await stop.sleep(options.interval * 1000))) return;
    }
  } finally {
    await delivery?.stop();
    await app.close();
    stop.dispose();
    log.info({ worker }, 'worker stopped');
  }
}

/** SIGTERM/SIGINT: asked for between steps; ends a sleep between passes at once. */
function stopSignal(log: JsonLinesLog) {
  let requested = false;
  let wake: (() => void) | undefined;
  const onSignal = (signal: string) => {
    log.info({ signal }, 'stopping after the job under way');
    requested = true;
    wake?.();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return {
    requested: () => requested,
    /** Waits `ms`; false when a stop came meanwhile. */
    sleep: (ms: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(!requested), ms);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      }),
    dispose: () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    },
  };
}
