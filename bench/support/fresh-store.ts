import { migrateDatabase } from '../../src/platform/database/index.ts';
import type { StoreKind } from '../../src/platform/database/index.ts';
import { createFreshDatabase } from '../../test/support/fresh-database.ts';
import type { FreshDatabase } from '../../test/support/fresh-database.ts';

/** The PostgreSQL server a bench may create a database on; the PostgreSQL half is skipped without one. */
export const benchServerUrl = process.env.VEZEL_BENCH_DATABASE_URL ?? process.env.VEZEL_TEST_DATABASE_URL;

export type FreshStore = FreshDatabase;

/**
 * A new, migrated store thrown away afterwards: PGlite in a folder of its own (as `vezel serve`
 * keeps it), or a database of its own on the bench server.
 */
export async function openFreshStore(kind: StoreKind): Promise<FreshStore> {
  if (kind === 'postgres' && !benchServerUrl)
    throw new Error('set VEZEL_BENCH_DATABASE_URL (or VEZEL_TEST_DATABASE_URL)');
  const fresh = await createFreshDatabase(kind, {
    serverUrl: benchServerUrl,
    prefix: 'vezel_bench',
    pglite: 'folder',
  });
  await migrateDatabase(fresh.database);
  return fresh;
}

/** The stores VEZEL_BENCH_STORES names (default both), less PostgreSQL when there is no server for it. */
export function benchStores(): StoreKind[] {
  const wanted = (process.env.VEZEL_BENCH_STORES ?? 'pglite,postgres').split(',');
  const kinds = (['pglite', 'postgres'] as const).filter((kind) => wanted.includes(kind));
  if (kinds.includes('postgres') && !benchServerUrl) {
    console.log('  postgres: skipped; set VEZEL_BENCH_DATABASE_URL (or VEZEL_TEST_DATABASE_URL) to run it');
    return kinds.filter((kind) => kind !== 'postgres');
  }
  return kinds;
}
