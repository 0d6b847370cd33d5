import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database, Db } from './database.ts';
import { queryRows } from './query-rows.ts';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

const migrationsSchema = 'vezel_meta';
const migrationsTable = 'migrations';
/** Any constant will do; it only has to be the same in every Vezel process on one server. */
const migrationLockKey = 0x76657a656c;

export interface MigrationReport {
  /** Tags of the migrations this call applied, oldest first. */
  readonly applied: readonly string[];
  /** How many migrations the store has now. */
  readonly total: number;
}

interface JournalEntry {
  readonly tag: string;
  readonly when: number;
}

/**
 * Applies the versioned files in `migrations/` (written by `drizzle-kit generate`) that the store
 * lacks, in one transaction. On a server, several processes may start at once: a session advisory
 * lock lets one migrate while the others wait and then find nothing left to do.
 */
export async function migrateDatabase(database: Database): Promise<MigrationReport> {
  return database.withConnection(async (db) => {
    await db.execute(sql`select pg_advisory_lock(${migrationLockKey})`);
    try {
      const before = await lastAppliedAt(db);
      const config = { migrationsFolder, migrationsSchema, migrationsTable };
      if (database.kind === 'pglite') await migratePglite(db as unknown as PgliteDatabase, config);
      else await migratePostgres(db as unknown as NodePgDatabase, config);
      const journal = readJournal();
      return {
        applied: journal.filter((entry) => entry.when > before).map((entry) => entry.tag),
        total: journal.length,
      };
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${migrationLockKey})`);
    }
  });
}

/** The tags of the migrations the store has, oldest first. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const last = await lastAppliedAt(db);
  return readJournal()
    .filter((entry) => entry.when <= last)
    .map((entry) => entry.tag);
}

async function lastAppliedAt(db: Db): Promise<number> {
  const [found] = await queryRows<{ table: string | null }>(
    db,
    sql`select to_regclass(${`${migrationsSchema}.${migrationsTable}`})::text as table`,
  );
  if (!found?.table) return -1;
  const [last] = await queryRows<{ at: string | null }>(
    db,
    sql`select max(created_at)::text as at from ${sql.identifier(migrationsSchema)}.${sql.identifier(migrationsTable)}`,
  );
  return Number(last?.at ?? -1);
}

let journal: readonly JournalEntry[] | undefined;

/** The migrations this version of Vezel ships; read once, since they cannot change while it runs. */
function readJournal(): readonly JournalEntry[] {
  if (!journal) {
    const text = fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8');
    const parsed = JSON.parse(text) as { entries: JournalEntry[] };
    journal = [...parsed.entries].sort((a, b) => a.when - b.when);
  }
  return journal;
}
