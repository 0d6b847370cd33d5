import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/platform/database/index.ts';
import type { Database, StoreKind } from '../../src/platform/database/index.ts';

/*
 * A database of its own, thrown away afterwards: for the store tests (test/support/stores.ts) and the
 * benches (bench/support/fresh-store.ts). No Vitest here, so a bench can use it outside a test run.
 */

export interface FreshDatabase {
  readonly database: Database;
  /** The new database on the server, for a second process or a connection of one's own (COPY). */
  readonly url: string | undefined;
  dispose(): Promise<void>;
}

export interface FreshDatabaseOptions {
  /** The PostgreSQL server to create the database on; required for `postgres`. */
  readonly serverUrl: string | undefined;
  /** Starts the new database's name (and the PGlite folder's): `vezel_test`, `vezel_bench`. */
  readonly prefix: string;
  /** PGlite in memory, or in a folder of its own as `vezel serve` keeps it (what a bench measures). */
  readonly pglite: 'memory' | 'folder';
}

/** An empty database: PGlite, or a new database on the server. Not migrated. */
export async function createFreshDatabase(
  kind: StoreKind,
  options: FreshDatabaseOptions,
): Promise<FreshDatabase> {
  if (kind === 'pglite') return options.pglite === 'memory' ? inMemory() : inFolder(options.prefix);
  const { serverUrl, prefix } = options;
  if (!serverUrl) throw new Error('no PostgreSQL server to create a database on');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

async function inMemory(): Promise<FreshDatabase> {
  const database = await openPglite('memory');
  return { database, url: undefined, dispose: () => database.close() };
}

async function inFolder(prefix: string): Promise<FreshDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}_`));
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

/**
 * Drops a database once its pool is closed. A plain DROP ends an autovacuum worker on it by
 * itself, where WITH (FORCE) would need the right to signal the superuser's worker, which the test
 * role lacks; FORCE remains the last try for a connection a test left open.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await onServer(serverUrl, `drop database if exists ${name}${attempt > 3 ? ' with (force)' : ''}`);
      return;
    } catch (error) {
      if (attempt > 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
