import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Drizzle over either store; both speak PostgreSQL, so everything above this line is one code path. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type StoreKind = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly kind: StoreKind;
  /** Where the data lives, for logs and `/health`: a folder, `memory`, or the server without its password. */
  readonly location: string;
  /** Runs `work` on one connection of its own (PGlite has only one), e.g. to hold a session lock. */
  withConnection<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** The embedded store only: its whole folder as a gzipped tar, consistent (no other process has it). */
  readonly dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}
