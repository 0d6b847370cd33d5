import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Temporal } from 'temporal-polyfill';
import { importUsageFile } from '../src/billing/index.ts';
import { buildHttpServer } from '../src/http/server.ts';
import { fixedClock } from '../src/platform/clock.ts';
import type { Context } from '../src/platform/context.ts';
import type { StoreKind } from '../src/platform/database/index.ts';
import { appOn } from '../test/support/app.ts';
import { defineOneShotBenchmark } from './benchmark.ts';
import { benchAdminToken } from './support/bench-admin.ts';
import { benchStores, openFreshStore } from './support/fresh-store.ts';
import type { FreshStore } from './support/fresh-store.ts';
import {
  USAGE_SELLER,
  benchRecord,
  seedUsageParties,
  usageCopyFloors,
  writeUsageCsv,
} from './support/usage-intake-data.ts';
import type { Floor } from './support/usage-intake-data.ts';

/*
 * Usage intake against its floor, COPY of the same rows into a bare copy of usage_records (and, for
 * reference, COPY into a copy with usage_records' keys, indexes and foreign keys, which the fixed
 * schema makes every intake pay):
 * - `vezel usage import`'s use case on a CSV file of 500,000 records (target ≥ 100,000 records/s);
 * - POST /v1/usage in batches of 5,000 to a server listening on loopback (target ≥ 30,000 records/s).
 *
 * VEZEL_BENCH_SCALE=0.1        a tenth of the records, for a quick try
 * VEZEL_BENCH_STORES=postgres  only these stores (PostgreSQL needs VEZEL_BENCH_DATABASE_URL or
 *                              VEZEL_TEST_DATABASE_URL)
 */

const FILE_RECORDS = 500_000;
const HTTP_RECORDS = 100_000;
const HTTP_BATCH = 5_000;
const TARGETS = { file: 100_000, http: 30_000 };
const today = Temporal.PlainDate.from('2026-11-22');

export default defineOneShotBenchmark({
  name: 'usage intake: a CSV file and POST /v1/usage against COPY of the same rows',
  once: async () => {
    const scale = Number(process.env.VEZEL_BENCH_SCALE ?? '1');
    if (!(scale > 0)) throw new Error(`VEZEL_BENCH_SCALE must be a positive number, not ${String(scale)}`);
    for (const kind of benchStores()) {
      const store = await openFreshStore(kind);
      try {
        await measure(store, kind, Math.round(FILE_RECORDS * scale), Math.round(HTTP_RECORDS * scale));
      } finally {
        await store.dispose();
      }
    }
  },
});

async function measure(store: FreshStore, kind: StoreKind, fileRecords: number, httpRecords: number) {
  const { db } = store.database;
  await seedUsageParties(db);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-bench-usage-'));
  try {
    const file = path.join(folder, 'usage.csv');
    const generating = performance.now();
    await writeUsageCsv(file, fileRecords);
    const generated = performance.now() - generating;
    const context: Context = { db, clock: fixedClock(today), actor: { id: 'user:bench', origin: 'bench' } };
    let loadingFrom = 0;
    const started = performance.now();
    const report = await importUsageFile(context, {
      file,
      sellerId: USAGE_SELLER,
      onProgress: (p) => {
        if (p.phase === 'loading' && loadingFrom === 0) loadingFrom = performance.now();
      },
    });
    const importMillis = performance.now() - started;
    if (report.added !== fileRecords)
      throw new Error(`the import added ${report.added} of ${fileRecords} records`);
    const replaying = performance.now();
    await importUsageFile(context, { file, sellerId: USAGE_SELLER });
    const replayMillis = performance.now() - replaying;
    const floors = await usageCopyFloors(store, 'F');
    const floor = floors.bare;
    if (floor.rows !== fileRecords || floors.schema.rows !== fileRecords) {
      throw new Error(`the floors copied ${floor.rows} and ${floors.schema.rows} rows, not ${fileRecords}`);
    }
    const http = await measureHttp(store, httpRecords);
    console.log(
      `  ${kind}: ${count(fileRecords)} records in a CSV file of ${mebibytes(fs.statSync(file).size)} ` +
        `(generated in ${seconds(generated)}, not measured)`,
    );
    line('file import', fileRecords, importMillis, floor, TARGETS.file);
    console.log(
      `      checking ${seconds(loadingFrom - started)}, loading ${seconds(started + importMillis - loadingFrom)}`,
    );
    line('file, again', fileRecords, replayMillis, floor, undefined, '(all duplicates: adds nothing)');
    line(`HTTP ${count(HTTP_BATCH)}/POST`, httpRecords, http, floor, TARGETS.http);
    line('floor', fileRecords, floor.millis, floor, undefined, '(COPY into a bare copy of usage_records)');
    line(
      'schema floor',
      fileRecords,
      floors.schema.millis,
      floor,
      undefined,
      '(COPY into a copy with its keys, indexes, FKs)',
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * POST /v1/usage to a real listening server, one batch after the other, as one client would: an
 * admin's API token, as the API asks for credentials.
 */
async function measureHttp(store: FreshStore, records: number): Promise<number> {
  const token = await benchAdminToken(store.database.db);
  const server = await buildHttpServer(await appOn(store.database, today), { logLevel: 'silent' });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  try {
    const bodies: string[] = [];
    for (let start = 0; start < records; start += HTTP_BATCH) {
      const batch = Array.from({ length: Math.min(HTTP_BATCH, records - start) }, (_, i) =>
        benchRecord('H', start + i),
      );
      bodies.push(JSON.stringify({ sellerId: USAGE_SELLER, records: batch }));
    }
    const started = performance.now();
    for (const body of bodies) {
      const response = await fetch(`${address}/v1/usage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      if (response.status !== 200)
        throw new Error(`POST /v1/usage answered ${response.status}: ${await response.text()}`);
      await response.json();
    }
    return performance.now() - started;
  } finally {
    await server.close();
  }
}

function line(name: string, records: number, millis: number, floor: Floor, target?: number, note = ''): void {
  const rate = records / (millis / 1000);
  const ratio = millis / records / (floor.millis / floor.rows);
  const verdict =
    target === undefined ? '' : `  target ≥ ${count(target)}/s: ${rate >= target ? 'met' : 'MISSED'}`;
  console.log(
    `    ${name.padEnd(17)} ${seconds(millis).padStart(8)}  ${count(rate).padStart(9)} records/s  ` +
      `${ratio.toFixed(1).padStart(5)}× floor${verdict} ${note}`.trimEnd(),
  );
}

const count = (value: number) => Math.round(value).toLocaleString('en');
const seconds = (millis: number) => `${(millis / 1000).toFixed(2)} s`;
const mebibytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
