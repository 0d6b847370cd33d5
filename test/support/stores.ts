import { afterAll, beforeAll, describe } from 'vitest';
import { migrateDatabase } from '../../src/platform/database/index.ts';
import type { Database, StoreKind } from '../../src/platform/database/index.ts';
import { createFreshDatabase } from './fresh-database.ts';
import type { FreshDatabase } from './fresh-database.ts';

export type { FreshDatabase } from './fresh-database.ts';

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

/** An empty database: PGlite in memory, or a new database on the test server. Not migrated. */
export async function openFreshDatabase(kind: StoreKind): Promise<FreshDatabase> {
  if (kind === 'postgres' && !testServerUrl) throw new Error('VEZEL_TEST_DATABASE_URL is not set');
  return createFreshDatabase(kind, { serverUrl: testServerUrl, prefix: 'vezel_test', pglite: 'memory' });
}
