import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { FreshStore } from './fresh-store.ts';

/** The tables a bill run writes its result to; the floor writes the same rows into bare copies. */
const TABLES = ['invoices', 'invoice_lines'] as const;

export interface Floor {
  readonly rows: number;
  /** COPY into bare copies: the floor the run is measured against. */
  readonly millis: number;
  /** COPY into copies with the tables' indexes and unique keys: what the schema adds to any writer. */
  readonly indexedMillis: number;
}

/** The bare copy, then one with the indexes (no foreign keys or triggers: LIKE does not copy them). */
const COPIES = [
  { suffix: 'bare', like: '' },
  { suffix: 'indexed', like: ' INCLUDING INDEXES' },
] as const;

/**
 * The least writing a run's result can cost: the invoice and line rows it wrote, read back (not
 * timed) and written again with COPY into copies of the two tables without indexes, keys or
 * triggers. Only the COPY into the copies is timed. The same COPY into copies with the indexes is
 * measured beside it, to tell the schema's share of the gap from the run's.
 */
export async function copyFloor(store: FreshStore): Promise<Floor> {
  return store.database.kind === 'pglite'
    ? floorOnPglite((store.database.db as unknown as { $client: PGlite }).$client)
    : floorOnPostgres(store.url!);
}

async function floorOnPglite(client: PGlite): Promise<Floor> {
  const times = { bare: 0, indexed: 0 };
  let rows = 0;
  for (const table of TABLES) {
    const { blob } = await client.query(`COPY ${table} TO '/dev/blob'`);
    for (const copy of COPIES) {
      const target = `bench_floor_${copy.suffix}_${table}`;
      await client.exec(`CREATE TABLE ${target} (LIKE ${table}${copy.like})`);
      const started = performance.now();
      const result = await client.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: blob! });
      times[copy.suffix] += performance.now() - started;
      if (copy.suffix === 'bare') rows += result.affectedRows ?? 0;
    }
  }
  return { rows, millis: times.bare, indexedMillis: times.indexed };
}

async function floorOnPostgres(url: string): Promise<Floor> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-bench-floor-'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times = { bare: 0, indexed: 0 };
    let rows = 0;
    for (const table of TABLES) {
      const file = path.join(folder, `${table}.copy`);
      await pipeline(client.query(copyTo(`COPY ${table} TO STDOUT`)), fs.createWriteStream(file));
      for (const copy of COPIES) {
        const target = `bench_floor_${copy.suffix}_${table}`;
        await client.query(`CREATE TABLE ${target} (LIKE ${table}${copy.like})`);
        const started = performance.now();
        const writer = client.query(copyFrom(`COPY ${target} FROM STDIN`));
        await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), writer);
        times[copy.suffix] += performance.now() - started;
        if (copy.suffix === 'bare') rows += writer.rowCount;
      }
    }
    return { rows, millis: times.bare, indexedMillis: times.indexed };
  } finally {
    await client.end();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
