import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { startBillRun } from '../../src/billing/use-cases/start-bill-run.ts';
import { draftBillRun, issueBillRun } from '../../src/billing/use-cases/work-on-bill-run.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import { queryRows } from '../../src/platform/database/index.ts';
import type { StoreKind } from '../../src/platform/database/index.ts';
import { copyFloor } from './copy-floor.ts';
import { openFreshStore } from './fresh-store.ts';
import { BENCH_PERIOD, BENCH_SELLER, generateOperator } from './generate-operator.ts';

/*
 * One measurement of the bill run, in a process of its own so that its peak RSS is the run's alone:
 * `bench/bill-run.bench.ts` forks it per store and chunk size and prints what it sends back.
 */

export interface BillRunRequest {
  readonly kind: StoreKind;
  readonly customers: number;
  /** Undefined: the run's default. */
  readonly chunkSize: number | undefined;
  /** Workers drafting and issuing the run side by side (claiming chunks with SKIP LOCKED). */
  readonly workers: number;
}

export interface BillRunMeasurement extends BillRunRequest {
  readonly subscriptions: number;
  readonly usageRecords: number;
  readonly generateMillis: number;
  readonly invoices: number;
  readonly lines: number;
  readonly startMillis: number;
  readonly draftMillis: number;
  readonly issueMillis: number;
  readonly runMillis: number;
  readonly floorRows: number;
  readonly floorMillis: number;
  readonly indexedFloorMillis: number;
  /** CPU time of this process (user + system) during the run: the client's share, whatever the load. */
  readonly runCpuMillis: number;
  /** The machine's 1-minute load average before and after the run: other work skews wall times. */
  readonly load: readonly [number, number];
  /** Highest RSS seen while the run ran, sampled, in bytes. */
  readonly runPeakRss: number;
  /** The process's high-water mark (kernel), in bytes: for PGlite the store lives in it too. */
  readonly maxRss: number;
}

export async function measureBillRun(request: BillRunRequest): Promise<BillRunMeasurement> {
  const store = await openFreshStore(request.kind);
  try {
    const { db } = store.database;
    const generating = performance.now();
    const operator = await generateOperator(db, request.customers);
    const generateMillis = performance.now() - generating;
    const context: Context = {
      db,
      clock: fixedClock(Temporal.PlainDate.from('2027-01-01')),
      actor: { id: 'user:bench', origin: 'bench' },
    };
    const sampler = rssSampler();
    const loadBefore = os.loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, millis: performance.now() - started };
    };
    const start = await timed(() =>
      startBillRun(context, { sellerId: BENCH_SELLER, period: BENCH_PERIOD, chunkSize: request.chunkSize }),
    );
    const side = (work: () => Promise<unknown>) => Promise.all(Array.from({ length: request.workers }, work));
    const draft = await timed(() => side(() => draftBillRun(context, start.value.id)));
    const issue = await timed(() => side(() => issueBillRun(context, start.value.id)));
    const runPeakRss = sampler.stop();
    const cpu = process.cpuUsage(cpuBefore);
    const load = [loadBefore, os.loadavg()[0]!] as const;
    const [written] = await queryRows<{ invoices: string; lines: string }>(
      db,
      sql`SELECT (SELECT count(*) FROM invoices) AS invoices, (SELECT count(*) FROM invoice_lines) AS lines`,
    );
    const floor = await copyFloor(store);
    return {
      ...request,
      subscriptions: operator.subscriptions,
      usageRecords: operator.usageRecords,
      generateMillis,
      invoices: Number(written!.invoices),
      lines: Number(written!.lines),
      startMillis: start.millis,
      draftMillis: draft.millis,
      issueMillis: issue.millis,
      runMillis: start.millis + draft.millis + issue.millis,
      runCpuMillis: (cpu.user + cpu.system) / 1000,
      load,
      floorRows: floor.rows,
      floorMillis: floor.millis,
      indexedFloorMillis: floor.indexedMillis,
      runPeakRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    // A store left behind must not cost the measurement of a long run.
    await store.dispose().catch((error: Error) => {
      process.stderr.write(`bench: could not throw the bench store away: ${error.message}\n`);
    });
  }
}

/** Samples the RSS every 50 ms; a long synchronous stretch is caught by the last sample after it. */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

// Forked by the bench: the request comes as an argument, the measurement goes back over IPC.
if (process.send && process.argv[2]) {
  const request = JSON.parse(process.argv[2]) as BillRunRequest;
  const measurement = await measureBillRun(request);
  process.send(measurement);
}
