import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres } from '../../src/platform/database/index.ts';
import type { Database, StoreKind } from '../../src/platform/database/index.ts';

/** The PostgreSQL server a bench may create a database on; the PostgreSQL half is skipped without one. */
export const benchServerUrl = process.env.VEZEL_BENCH_DATABASE_URL ?? process.env.VEZEL_TEST_DATABASE_URL;

export interface FreshStore {
  readonly database: Database;
  /** The new database on the server, for a connection of the bench's own (COPY). */
  readonly url: string | undefined;
  dispose(): Promise<void>;
}

/**
 * A new, migrated store thrown away afterwards: PGlite in a folder of its own (as `vezel serve`
 * keeps it), or a database of its own on the bench server.
 */
export async function openFreshStore(kind: StoreKind): Promise<FreshStore> {
  const fresh = kind === 'pglite' ? await freshPglite() : await freshPostgres();
  await migrateDatabase(fresh.database);
  return fresh;
}

async function freshPglite(): Promise<FreshStore> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-bench-'));
  const database = await openPglite(folder);
  return {
    database,
    url: undefined,
    dispose: async () => {
      await database.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function freshPostgres(): Promise<FreshStore> {
  if (!benchServerUrl) throw new Error('set VEZEL_BENCH_DATABASE_URL (or VEZEL_TEST_DATABASE_URL)');
  const name = `vezel_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(benchServerUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      // Not WITH (FORCE): that must terminate the autovacuum worker a big write leaves running, which
      // only a superuser may; a plain drop stops it by itself.
      await onServer(`drop database if exists ${name}`);
    },
  };
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
