import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreKind } from '../src/platform/database/index.ts';
import { defineOneShotBenchmark } from './benchmark.ts';
import { benchStores } from './support/fresh-store.ts';
import type { BillRunMeasurement, BillRunRequest } from './support/measure-bill-run.ts';

/*
 * The quarterly bill run of an operator against its floor: the same invoice and line rows written
 * with COPY into bare tables. Each store and chunk size is measured in a process of its own.
 *
 * VEZEL_BENCH_SCALE=0.1        a tenth of the customers, for a quick try
 * VEZEL_BENCH_CHUNK_SIZES=500,1000,2000   chunk sizes to try (default: the run's default)
 * VEZEL_BENCH_WORKERS=2       workers sharing the run (default 1); PGlite has one connection
 * VEZEL_BENCH_STORES=postgres  only these stores (PostgreSQL needs VEZEL_BENCH_DATABASE_URL or
 *                              VEZEL_TEST_DATABASE_URL)
 * VEZEL_BENCH_CPU_PROF=folder  a V8 CPU profile of each measuring process in that folder
 */

const GiB = 1024 ** 3;

interface Target {
  readonly customers: number;
  readonly ratio: number;
  readonly rss?: number;
}

// The targets: a quarter of a million customers on a server, a tenth of that embedded.
const TARGETS: Record<StoreKind, Target> = {
  postgres: { customers: 250_000, ratio: 3, rss: GiB },
  pglite: { customers: 25_000, ratio: 3 },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const measurer = path.join(root, 'bench/support/measure-bill-run.ts');

export default defineOneShotBenchmark({
  name: 'bill run (a quarter: 4 subscriptions and 3 traffic records a customer) against COPY of its rows',
  once: async () => {
    const scale = Number(process.env.VEZEL_BENCH_SCALE ?? '1');
    if (!(scale > 0)) throw new Error(`VEZEL_BENCH_SCALE must be a positive number, not ${String(scale)}`);
    for (const kind of benchStores()) {
      const customers = Math.max(1, Math.round(TARGETS[kind].customers * scale));
      for (const chunkSize of chunkSizes()) {
        const measurement = await measureApart({ kind, customers, chunkSize, workers: workers() });
        print(measurement, TARGETS[kind], scale);
      }
    }
  },
});

function workers(): number {
  const count = Number(process.env.VEZEL_BENCH_WORKERS ?? '1');
  if (!Number.isInteger(count) || count < 1) throw new Error(`VEZEL_BENCH_WORKERS must be 1 or more`);
  return count;
}

function chunkSizes(): (number | undefined)[] {
  const text = process.env.VEZEL_BENCH_CHUNK_SIZES;
  return text ? text.split(',').map(Number) : [undefined];
}

/** Forks the measuring process, so its peak RSS is the run's and not this process's history. */
function measureApart(request: BillRunRequest): Promise<BillRunMeasurement> {
  const profiles = process.env.VEZEL_BENCH_CPU_PROF;
  if (profiles) fs.mkdirSync(profiles, { recursive: true });
  const child = fork(measurer, [JSON.stringify(request)], {
    cwd: root,
    execArgv: ['--import', 'tsx', ...(profiles ? ['--cpu-prof', '--cpu-prof-dir', profiles] : [])],
  });
  return new Promise((resolve, reject) => {
    let measurement: BillRunMeasurement | undefined;
    child.on('message', (message) => (measurement = message as BillRunMeasurement));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (measurement && code === 0) resolve(measurement);
      else reject(new Error(`the ${request.kind} bill run bench exited with ${String(code)}`));
    });
  });
}

function print(m: BillRunMeasurement, target: Target, scale: number): void {
  const rows = m.invoices + m.lines;
  if (m.floorRows !== rows) throw new Error(`the floor wrote ${m.floorRows} rows, the run ${rows}`);
  const ratio = m.runMillis / m.floorMillis;
  const full = m.customers >= target.customers;
  const verdict = (met: boolean) =>
    !full ? `(target at N = ${count(target.customers)})` : met ? 'met' : 'MISSED';
  console.log(
    `  ${m.kind}, chunk ${m.chunkSize ?? 'default'}, ${m.workers} worker${m.workers > 1 ? 's' : ''}: N = ${count(m.customers)} customers, ` +
      `${count(m.subscriptions)} subscriptions, ${count(m.usageRecords)} usage records ` +
      `(generated in ${seconds(m.generateMillis)}, not measured)`,
  );
  console.log(`    rows written  ${count(rows)} (${count(m.invoices)} invoices, ${count(m.lines)} lines)`);
  console.log(
    `    run           ${seconds(m.runMillis).padStart(9)}  ${count(rows / (m.runMillis / 1000)).padStart(9)} rows/s` +
      `   (start ${seconds(m.startMillis)}, draft ${seconds(m.draftMillis)}, issue ${seconds(m.issueMillis)})`,
  );
  console.log(
    `    run CPU       ${seconds(m.runCpuMillis).padStart(9)}  of this process; load average ` +
      `${m.load[0].toFixed(1)} → ${m.load[1].toFixed(1)} on ${os.availableParallelism()} cores`,
  );
  console.log(
    `    floor         ${seconds(m.floorMillis).padStart(9)}  ${count(rows / (m.floorMillis / 1000)).padStart(9)} rows/s` +
      '   (COPY into bare copies of invoices and invoice_lines)',
  );
  console.log(
    `    with indexes  ${seconds(m.indexedFloorMillis).padStart(9)}  ${count(rows / (m.indexedFloorMillis / 1000)).padStart(9)} rows/s` +
      `   (the same COPY into copies with the tables' indexes: ${(m.runMillis / m.indexedFloorMillis).toFixed(1)}× for the run)`,
  );
  console.log(
    `    ratio         ${ratio.toFixed(1).padStart(8)}×  target ≤ ${target.ratio}×: ${verdict(ratio <= target.ratio)}`,
  );
  console.log(
    `    peak RSS      ${mebibytes(m.runPeakRss).padStart(9)}  during the run; process high-water ${mebibytes(m.maxRss)}` +
      (target.rss ? `; target < ${mebibytes(target.rss)}: ${verdict(m.maxRss < target.rss)}` : ''),
  );
  if (scale !== 1)
    console.log(`    (VEZEL_BENCH_SCALE=${scale}: a smaller operator than the targets are set for)`);
}

const count = (value: number) => Math.round(value).toLocaleString('en');
const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
