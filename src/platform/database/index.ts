export type { Database, Db, StoreKind } from './database.ts';
export { openDatabase } from './open-database.ts';
export { openPglite } from './open-pglite.ts';
export { openPostgres } from './open-postgres.ts';
export type { MigrationReport } from './migrate.ts';
export { migrateDatabase, appliedMigrations, migrationsFolder } from './migrate.ts';
export { queryRows } from './query-rows.ts';
export { violatedUniqueConstraint } from './unique-violation.ts';
