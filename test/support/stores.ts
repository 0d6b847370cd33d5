import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateDatabase, openPglite, openPostgres } from '../../src/platform/database/index.ts';
import type { Database, StoreKind } from '../../src/platform/database/index.ts';

/**
 * A PostgreSQL server the tests may create databases on, e.g.
 * `postgres://vezel:vezel@127.0.0.1:5432/postgres`. `.ci/run` starts one and sets it; without it the
 * PostgreSQL half of each store suite is skipped locally, and fails the run in CI.
 */
export const testServerUrl = process.env.VEZEL_TEST_DATABASE_URL;

if (!testServerUrl && process.env.CI === 'true') {
  throw new Error('VEZEL_TEST_DATABASE_URL is not set: in CI every store suite must also run on PostgreSQL');
}

export const storeKinds: readonly StoreKind[] = ['pglite', 'postgres'];

/**
 * Runs `suite` once per store, each time on a fresh, migrated database of its own that is thrown
 * away afterwards. `database()` is valid inside tests and hooks.
 */
export function describeEachStore(
  title: string,
  suite: (database: () => Database, kind: StoreKind) => void,
): void {
  for (const kind of storeKinds) {
    describe.skipIf(kind === 'postgres' && !testServerUrl)(`${title} [${kind}]`, () => {
      let fresh: FreshDatabase | undefined;
      beforeAll(async () => {
        fresh = await openFreshDatabase(kind);
        await migrateDatabase(fresh.database);
      });
      afterAll(async () => fresh?.dispose());
      suite(() => {
        if (!fresh) throw new Error('the store is opened in beforeAll: use database() inside a test or hook');
        return fresh.database;
      }, kind);
    });
  }
}

export interface FreshDatabase {
  readonly database: Database;
  /** For tests that start a second process on the same store. */
  readonly url: string | undefined;
  dispose(): Promise<void>;
}

/** An empty database: PGlite in memory, or a new database on the test server. Not migrated. */
export async function openFreshDatabase(kind: StoreKind): Promise<FreshDatabase> {
  if (kind === 'pglite') {
    const database = await openPglite('memory');
    return { database, url: undefined, dispose: () => database.close() };
  }
  if (!testServerUrl) throw new Error('VEZEL_TEST_DATABASE_URL is not set');
  const name = `vezel_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/**
 * Drops a test database once its pool is closed. A plain DROP ends an autovacuum worker on it by
 * itself, where WITH (FORCE) would need the right to signal the superuser's worker, which the test
 * role lacks; FORCE remains the last try for a connection a test left open.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await onServer(`drop database if exists ${name}${attempt > 3 ? ' with (force)' : ''}`);
      return;
    } catch (error) {
      if (attempt > 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
