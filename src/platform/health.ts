import { sql } from 'drizzle-orm';
import type { Database, StoreKind } from './database/index.ts';
import { appliedMigrations } from './database/index.ts';

export interface Health {
  readonly status: 'ok';
  readonly store: { readonly kind: StoreKind; readonly location: string; readonly migrations: number };
  readonly today: string;
}

/** Proves the store answers (a query, not just an open pool) and says which store it is. */
export async function checkHealth(database: Database, today: string): Promise<Health> {
  await database.db.execute(sql`select 1`);
  const migrations = await appliedMigrations(database.db);
  return {
    status: 'ok',
    store: { kind: database.kind, location: database.location, migrations: migrations.length },
    today,
  };
}
