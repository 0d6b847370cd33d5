import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeEachStore,
  openFreshDatabase,
  storeKinds,
  testServerUrl,
} from '../../../test/support/stores.ts';
import type { FreshDatabase } from '../../../test/support/stores.ts';
import { appliedMigrations, migrateDatabase } from './migrate.ts';
import { queryRows } from './query-rows.ts';

describeEachStore('migrations on a migrated store', (database) => {
  it('has applied every migration in the journal, oldest first', async () => {
    const applied = await appliedMigrations(database().db);
    expect(applied[0]).toBe('0000_platform-audit');
    expect(applied).toContain('0001_audit-append-only');
  });

  it('applies nothing the second time', async () => {
    const report = await migrateDatabase(database());
    expect(report.applied).toEqual([]);
    expect(report.total).toBe((await appliedMigrations(database().db)).length);
  });
});

for (const kind of storeKinds) {
  describe.skipIf(kind === 'postgres' && !testServerUrl)(`migrating an empty store [${kind}]`, () => {
    let fresh: FreshDatabase | undefined;
    afterEach(async () => fresh?.dispose());

    it('applies all migrations and reports them by tag', async () => {
      fresh = await openFreshDatabase(kind);
      const report = await migrateDatabase(fresh.database);
      expect(report.applied.length).toBe(report.total);
      expect(report.applied[0]).toBe('0000_platform-audit');
      const tables = await queryRows<{ name: string }>(
        fresh.database.db,
        sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
      );
      expect(tables.map((row) => row.name)).toContain('audit_events');
    });
  });
}

// PGlite serves one process; only a server has concurrent starts to coordinate.
describe.skipIf(!testServerUrl)('concurrent migrations [postgres]', () => {
  let fresh: FreshDatabase | undefined;
  afterEach(async () => fresh?.dispose());

  it('lets concurrent starts migrate once, the others waiting', async () => {
    fresh = await openFreshDatabase('postgres');
    const database = fresh.database;
    const reports = await Promise.all([1, 2, 3].map(() => migrateDatabase(database)));
    const applied = reports.flatMap((report) => report.applied);
    expect(applied.length).toBe(reports[0]!.total);
    expect(new Set(applied).size).toBe(applied.length);
  });
});
