import type { Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import { migrateDatabase, openDatabase } from './platform/database/index.ts';
import type { Database, MigrationReport } from './platform/database/index.ts';

/** Everything a use case may need, wired once. Entry points receive an `App`, never build one. */
export interface App {
  readonly config: Config;
  readonly clock: Clock;
  readonly database: Database;
  /** What the start-up migration did. */
  readonly migrations: MigrationReport;
  close(): Promise<void>;
}

/** The composition root: opens the store named by the config and brings its schema up to date. */
export async function startApp(config: Config, clock: Clock): Promise<App> {
  const database = await openDatabase(config);
  try {
    const migrations = await migrateDatabase(database);
    return { config, clock, database, migrations, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
