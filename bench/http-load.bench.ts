import os from 'node:os';
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Temporal } from 'temporal-polyfill';
import { buildHttpServer } from '../src/http/server.ts';
import type { StoreKind } from '../src/platform/database/index.ts';
import { appOn } from '../test/support/app.ts';
import { defineOneShotBenchmark } from './benchmark.ts';
import { benchAdminToken } from './support/bench-admin.ts';
import { generatorPlace, quantile, runFixedRate } from './support/fixed-rate-load.ts';
import type { FixedRateResult, LoadRequest } from './support/fixed-rate-load.ts';
import { benchStores, openFreshStore } from './support/fresh-store.ts';
import { BENCH_SELLER } from './support/generate-operator.ts';
import { customerId, generateHttpLoadData } from './support/http-load-data.ts';

/*
 * The HTTP API under a fixed rate of requests on loopback, against its floor: a bare route on the same
 * server (same authentication hook, a small constant answer) under the same rate in the same run.
 * Each mix is its own open-loop run (latency from the scheduled moment): the page reads of a customer,
 * a contract, an invoice and a customer's invoices, those four mixed, then a customer search and all
 * five mixed, and POST /v1/usage batches. Target (issue 9): p99 under 25 ms at 500 requests/s for the reads, on PostgreSQL with
 * 250,000 customers.
 *
 * VEZEL_BENCH_SCALE=0.1          a tenth of the customers (250,000 on PostgreSQL, 25,000 on PGlite)
 * VEZEL_BENCH_STORES=postgres    only these stores
 * VEZEL_BENCH_RATE=500           read requests per second
 * VEZEL_BENCH_USAGE_RATE=50      usage POSTs per second, VEZEL_BENCH_USAGE_BATCH=100 records each
 * VEZEL_BENCH_WARMUP=3           seconds of warm-up before each measured window
 * VEZEL_BENCH_MEASURE=15         seconds measured per mix
 * VEZEL_BENCH_MIXES=invoices/:id  only the mixes whose name contains one of these (the floor always runs)
 * VEZEL_BENCH_GENERATOR=process  the load generator in a process of its own (default: a worker thread)
 */

const CUSTOMERS: Record<StoreKind, number> = { postgres: 250_000, pglite: 25_000 };
const TARGET_P99_MS = 25;
const SERVICE_SAMPLES = 200;
const today = Temporal.PlainDate.from('2026-11-22');

const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? String(fallback));
  if (!(value > 0)) throw new Error(`${name} must be a positive number`);
  return value;
};

export default defineOneShotBenchmark({
  name: 'HTTP load: reads and usage writes at a fixed rate on loopback, against a bare route',
  once: async () => {
    const scale = env('VEZEL_BENCH_SCALE', 1);
    for (const kind of benchStores()) await measure(kind, Math.max(100, Math.round(CUSTOMERS[kind] * scale)));
  },
});

async function measure(kind: StoreKind, customers: number): Promise<void> {
  const rate = env('VEZEL_BENCH_RATE', 500);
  const usageRate = env('VEZEL_BENCH_USAGE_RATE', 50);
  const usageBatch = env('VEZEL_BENCH_USAGE_BATCH', 100);
  const warmupMillis = env('VEZEL_BENCH_WARMUP', 3) * 1000;
  const measureMillis = env('VEZEL_BENCH_MEASURE', 15) * 1000;
  const store = await openFreshStore(kind);
  try {
    const { db } = store.database;
    const generating = performance.now();
    await generateHttpLoadData(db, customers);
    const generated = performance.now() - generating;
    const token = await benchAdminToken(db);
    const server = await buildHttpServer(await appOn(store.database, today), { logLevel: 'silent' });
    // The floor: the same server, hooks and credentials, and nothing behind them.
    server.get('/bench/floor', () => ({ ok: true }));
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      console.log(
        `  ${kind}: ${count(customers)} customers, their contracts and issued invoices ` +
          `(generated in ${seconds(generated)}, not measured); ${count(rate)} requests/s, ` +
          `${warmupMillis / 1000} s warm-up, ${measureMillis / 1000} s measured per mix; ` +
          `load generator in a ${generatorPlace()} of its own; load average ${loadAverage()}`,
      );
      const requestCount = Math.ceil((rate * (warmupMillis + measureMillis)) / 1000);
      const random = seeded(9);
      const pick = () => 1 + Math.floor(random() * customers);
      const reads: Record<string, () => string> = {
        'GET /customers/:id': () => `/customers/${customerId(pick())}`,
        'GET /customers?search': () => `/customers?search=${encodeURIComponent(`Klant ${pick()}`)}&limit=25`,
        'GET /contracts/:id': () => `/contracts/C-B${pick()}`,
        'GET /invoices/:id': () => `/invoices/INV-B${pick()}`,
        'GET /invoices?customerId': () => `/invoices?customerId=${customerId(pick())}&limit=25`,
      };
      const gets = (make: () => string): LoadRequest[] =>
        Array.from({ length: requestCount }, () => ({ method: 'GET', path: make() }));
      const makers = Object.values(reads);
      const quick = Object.entries(reads)
        .filter(([name]) => !name.includes('search'))
        .map(([, make]) => make);
      // The page reads first, then the mixes with the search: at 500/s the search overloads two
      // cores, and what its backlog leaves behind (a grown heap, buffers full of index pages) is not
      // the steady state of the mix after it (bench/README.md, "Two more quiet runs").
      const [pages, searches] = [false, true].map((search) =>
        Object.entries(reads)
          .filter(([name]) => name.includes('search') === search)
          .map(([name, make]): [string, LoadRequest[], number] => [name, gets(make), rate]),
      );
      const allMixes: [string, LoadRequest[], number][] = [
        ['floor: GET /bench/floor', gets(() => '/bench/floor'), rate],
        ...pages!,
        ['four reads, mixed (no search)', gets(() => quick[Math.floor(random() * quick.length)]!()), rate],
        ...searches!,
        ['all five reads, mixed', gets(() => makers[Math.floor(random() * makers.length)]!()), rate],
        [
          `POST /v1/usage, ${count(usageBatch)} records`,
          // 50 more than the run sends, new records for the one-at-a-time pass.
          usagePosts(Math.ceil((usageRate * (warmupMillis + measureMillis)) / 1000) + 50, usageBatch, pick),
          usageRate,
        ],
        ['floor, again', gets(() => '/bench/floor'), rate],
      ];
      const mixes = allMixes.filter(([name]) => name.startsWith('floor') || wantedMix(name));
      const base = { url, token, warmupMillis, measureMillis };
      const results: [string, FixedRateResult, number][] = [];
      const alone = new Map<string, number>();
      const busy = new Map<string, { utilisation: number; cpuPerRequest: number }>();
      const pauses = new Map<string, number[]>();
      const stalls = new Map<string, number>();
      for (const [name, requests, mixRate] of mixes) {
        const loopBefore = performance.eventLoopUtilization();
        const cpuBefore = process.cpuUsage();
        const gc = watchGarbageCollection();
        const delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        results.push([name, await runFixedRate({ ...base, rate: mixRate, requests }), mixRate]);
        delay.disable();
        pauses.set(name, gc.stop());
        stalls.set(name, delay.max / 1e6);
        const sent = Math.round((mixRate * (warmupMillis + measureMillis)) / 1000);
        await settle(url, token);
        const cpu = process.cpuUsage(cpuBefore);
        busy.set(name, {
          utilisation: performance.eventLoopUtilization(loopBefore).utilization,
          cpuPerRequest: (cpu.user + cpu.system) / 1000 / sent,
        });
        const unsent = requests.slice(sent);
        alone.set(
          name,
          await oneAtATime(url, token, unsent.length > 0 ? unsent : requests.slice(0, SERVICE_SAMPLES)),
        );
      }
      // The floor runs first and last; the lower of its two figures is the least this server did.
      const floors = [results[0]![1], results.at(-1)![1]];
      const floorP50 = Math.min(...floors.map((f) => quantile(f.latencies, 0.5)));
      const floorP99 = Math.min(...floors.map((f) => quantile(f.latencies, 0.99)));
      console.log(
        `    ${'mix'.padEnd(30)} ${'rate/s'.padStart(6)} ${'requests'.padStart(8)} ${'errors'.padStart(6)} ` +
          `${'answers/s'.padStart(9)} ${'p50'.padStart(8)} ${'p90'.padStart(8)} ${'p99'.padStart(8)} ` +
          `${'max'.padStart(9)} ${'alone'.padStart(8)} ${'CPU/req'.padStart(8)} ${'loop'.padStart(5)} ` +
          `${'GC max'.padStart(8)} ${'stall'.padStart(8)} ${'sent late'.padStart(9)}  p50, p99 × floor`,
      );
      for (const [name, result, mixRate] of results) {
        const p50 = quantile(result.latencies, 0.5);
        const p99 = quantile(result.latencies, 0.99);
        const isRead = !floors.includes(result) && !name.startsWith('POST');
        const verdict = isRead
          ? `  p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'MISSED'}`
          : '';
        const ratios = floors.includes(result)
          ? ''
          : `  ${ratio(p50 / floorP50)}×, ${ratio(p99 / floorP99)}×`;
        console.log(
          `    ${name.padEnd(30)} ${count(mixRate).padStart(6)} ${count(result.requests).padStart(8)} ` +
            `${count(result.errors).padStart(6)} ${result.throughput.toFixed(0).padStart(9)} ` +
            `${ms(p50)} ${ms(quantile(result.latencies, 0.9))} ${ms(p99)} ${ms(result.latencies.at(-1) ?? NaN, 9)}` +
            ` ${ms(alone.get(name)!)} ${ms(busy.get(name)!.cpuPerRequest)} ` +
            `${`${(busy.get(name)!.utilisation * 100).toFixed(0)} %`.padStart(5)} ` +
            `${ms(Math.max(0, ...pauses.get(name)!))} ${ms(stalls.get(name)!)} ${ms(result.sendLag, 9)}` +
            `${ratios}${verdict}`,
        );
        for (const sample of result.errorSamples) console.log(`      ${sample}`);
      }
      console.log(
        `    (alone: the mean time of ${SERVICE_SAMPLES} of the mix's requests (50 new POSTs) sent one after the other, ` +
          `after the run: the service time without queueing; CPU/req: the process's CPU time (server, ` +
          `load generator, PGlite) per request sent; loop: how busy the server's event loop was; GC max: the ` +
          `longest garbage collection pause of the server's thread during the mix; stall: the longest delay of ` +
          `the server's event loop; sent late: the longest a request left after its scheduled moment, the load ` +
          `generator's own stall)`,
      );
      console.log(`    load average after: ${loadAverage()}`);
    } finally {
      await server.close();
    }
  } finally {
    await store.dispose();
  }
}

/** Whether VEZEL_BENCH_MIXES (comma-separated parts of names; default all) asks for this mix. */
function wantedMix(name: string): boolean {
  const wanted = process.env.VEZEL_BENCH_MIXES;
  return !wanted || wanted.split(',').some((part) => name.includes(part.trim()));
}

/** The durations (ms) of the main thread's garbage collections from now until stop(). */
function watchGarbageCollection(): { stop(): number[] } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      return durations;
    },
  };
}

/**
 * Waits (at most a minute) until the server has worked off what an overloaded run left queued, so the
 * next mix starts on an idle server: three floor requests in a row answered within 20 ms.
 */
async function settle(url: string, token: string): Promise<void> {
  const until = performance.now() + 60_000;
  let quick = 0;
  while (quick < 3 && performance.now() < until) {
    const sent = performance.now();
    await oneAtATime(url, token, [{ method: 'GET', path: '/bench/floor' }]);
    quick = performance.now() - sent < 20 ? quick + 1 : 0;
  }
}

/** The mean latency of requests sent one at a time (the server's service time, no queue). */
async function oneAtATime(url: string, token: string, requests: readonly LoadRequest[]): Promise<number> {
  const started = performance.now();
  for (const request of requests) {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    await response.arrayBuffer();
  }
  return (performance.now() - started) / requests.length;
}

/** POST /v1/usage bodies: `batch` new traffic records each, of random customers, in November 2026. */
function usagePosts(posts: number, batch: number, pick: () => number): LoadRequest[] {
  return Array.from({ length: posts }, (_, p) => ({
    method: 'POST',
    path: '/v1/usage',
    body: JSON.stringify({
      sellerId: BENCH_SELLER,
      records: Array.from({ length: batch }, (_, r) => ({
        recordId: `LOAD-${p}-${r}`,
        customerId: customerId(pick()),
        productId: 'P-BENCH-TRAFFIC',
        quantity: `${(p * 31 + r) % 1000}.5`,
        occurredOn: `2026-11-${String((r % 20) + 1).padStart(2, '0')}`,
      })),
    }),
  }));
}

/** A small seeded generator (mulberry32), so each run asks for the same ids. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const count = (value: number) => Math.round(value).toLocaleString('en');
const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const ms = (value: number, width = 8) =>
  (Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`).padStart(width);
const ratio = (value: number) =>
  Number.isNaN(value) ? '—' : value >= 10 ? value.toFixed(0) : value.toFixed(1);
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
