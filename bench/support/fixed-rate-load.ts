import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

/*
 * An open-loop load generator: requests leave at a fixed rate whatever the server answers, and each
 * latency runs from the moment the request was SCHEDULED to the end of its answer, so a stalled
 * server is charged for every request queued behind the stall (no coordinated omission). It runs in a
 * worker thread of its own, so its clock is not held up by the server's event loop in the main
 * thread; node:http with a keep-alive agent, no dependency. With VEZEL_BENCH_GENERATOR=process it
 * runs in a process of its own instead, so the server's process shares nothing with it.
 */

export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export interface FixedRateRun {
  readonly url: string;
  readonly token: string;
  /** Requests per second, scheduled evenly. */
  readonly rate: number;
  readonly warmupMillis: number;
  readonly measureMillis: number;
  /** Sent in turn, from the first again when there are fewer than the run sends. */
  readonly requests: readonly LoadRequest[];
  /** Keep-alive connections at most (default 64). */
  readonly connections?: number;
}

export interface FixedRateResult {
  /** Requests scheduled in the measured window, and how many of them got a 2xx answer. */
  readonly requests: number;
  readonly errors: number;
  /** The first few error answers, to say why. */
  readonly errorSamples: string[];
  /** 2xx answers per second over the measured window (until its last answer). */
  readonly throughput: number;
  /** Latencies in ms of the measured window's requests, sorted. */
  readonly latencies: Float64Array;
  /** The longest a measured request left after its scheduled moment (ms): the generator's own stall. */
  readonly sendLag: number;
}

export function runFixedRate(run: FixedRateRun): Promise<FixedRateResult> {
  const { hostname, port } = new URL(run.url);
  const settings = {
    hostname,
    port: Number(port),
    token: run.token,
    rate: run.rate,
    warmupMillis: run.warmupMillis,
    measureMillis: run.measureMillis,
    requests: run.requests,
    connections: run.connections ?? 64,
  };
  const where = generatorPlace();
  return where === 'process' ? inProcess(settings) : inThread(settings);
}

/** VEZEL_BENCH_GENERATOR: `thread` (default) or `process`. */
export function generatorPlace(): 'thread' | 'process' {
  const given = process.env.VEZEL_BENCH_GENERATOR ?? 'thread';
  if (given === 'thread' || given === 'process') return given;
  throw new Error(`VEZEL_BENCH_GENERATOR must be thread or process, not ${given}`);
}

function inThread(settings: object): Promise<FixedRateResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(IN_THREAD + GENERATOR, { eval: true, workerData: settings });
    worker.once('message', (result: FixedRateResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

function inProcess(settings: object): Promise<FixedRateResult> {
  return new Promise((resolve, reject) => {
    // 'advanced' serialisation carries the Float64Array of latencies as one.
    const child = spawn(
      process.execPath,
      ['-e', `process.once('message', (w) => {${IN_PROCESS}${GENERATOR}});`],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        serialization: 'advanced',
      },
    );
    child.once('message', (result) => resolve(result as FixedRateResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load generator's process ended with ${String(code)}`));
    });
    child.send(settings);
  });
}

/** The latency at quantile q (0…1) of sorted latencies: nearest rank. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// Plain JavaScript, evaluated as is without the TypeScript loader: the generator reads its settings
// as `w` and answers with `post`, which the thread's or the process's prelude defines.
const IN_THREAD = `
const { parentPort, workerData: w } = require('node:worker_threads');
const post = (result) => parentPort.postMessage(result);
`;
const IN_PROCESS = `
const post = (result) => process.send(result, () => process.exit(0));
`;
const GENERATOR = `
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: w.connections, maxFreeSockets: w.connections });
const interval = 1000 / w.rate;
const total = Math.round((w.rate * (w.warmupMillis + w.measureMillis)) / 1000);
const measuredFrom = Math.round((w.rate * w.warmupMillis) / 1000);
const latencies = [];
const errorSamples = [];
let errors = 0, outstanding = 0, measuredOutstanding = 0, next = 0, lastEnd = 0, sendLag = 0;
const start = performance.now() + 20;
const measureStart = start + measuredFrom * interval;

function fire(k) {
  const scheduled = start + k * interval;
  const r = w.requests[k % w.requests.length];
  const headers = { authorization: 'Bearer ' + w.token, accept: 'application/json' };
  if (r.body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(r.body);
  }
  outstanding++;
  if (k >= measuredFrom) {
    measuredOutstanding++;
    sendLag = Math.max(sendLag, performance.now() - scheduled);
  }
  const done = (status, text) => {
    outstanding--;
    if (k >= measuredFrom) measuredOutstanding--;
    const end = performance.now();
    if (k >= measuredFrom) {
      lastEnd = Math.max(lastEnd, end);
      if (status >= 200 && status < 300) latencies.push(end - scheduled);
      else {
        errors++;
        if (errorSamples.length < 3) errorSamples.push(r.method + ' ' + r.path + ': ' + status + ' ' + text.slice(0, 200));
      }
    }
    if (next >= total && outstanding === 0) finish();
  };
  const req = http.request({ agent, host: w.hostname, port: w.port, method: r.method, path: r.path, headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => done(res.statusCode, res.statusCode >= 300 ? Buffer.concat(chunks).toString() : ''));
    res.on('error', (e) => done(0, String(e)));
  });
  req.on('error', (e) => done(0, String(e)));
  if (r.body !== undefined) req.end(r.body); else req.end();
}

function tick() {
  const now = performance.now();
  while (next < total && start + next * interval <= now) fire(next++);
  if (next < total) setTimeout(tick, Math.max(0, Math.min(1, start + next * interval - performance.now())));
  else setTimeout(() => {
    // Still unanswered 30 s after the last was sent: counted as errors.
    errors += measuredOutstanding;
    if (outstanding > 0 && errorSamples.length < 3) errorSamples.push(measuredOutstanding + ' measured requests unanswered 30 s after the last was sent');
    finish();
  }, 30000).unref();
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  const sorted = Float64Array.from(latencies).sort();
  const window = Math.max(lastEnd - measureStart, w.measureMillis);
  agent.destroy();
  post({
    requests: total - measuredFrom,
    errors,
    errorSamples,
    throughput: latencies.length / (window / 1000),
    latencies: sorted,
    sendLag,
  });
}

setTimeout(tick, 20);
`;
