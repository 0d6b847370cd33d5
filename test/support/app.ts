import { Temporal } from 'temporal-polyfill';
import type { App } from '../../src/app.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Database } from '../../src/platform/database/index.ts';
import { appliedMigrations } from '../../src/platform/database/index.ts';
import { buildHttpServer } from '../../src/http/server.ts';
import type { HttpServer } from '../../src/http/server.ts';

export const testToday = Temporal.PlainDate.from('2026-11-22');

/** An App around a migrated test database, on a clock standing still on `today`. */
export async function appOn(database: Database, today = testToday): Promise<App> {
  const total = (await appliedMigrations(database.db)).length;
  return {
    config: {
      dataDir: 'memory',
      databaseUrl: undefined,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      // Nothing is delivered by the HTTP tests; delivery tests pass their own settings.
      delivery: {
        provisioning: undefined,
        smtpUrl: undefined,
        mailFrom: 'Vezel <noreply@localhost>',
        outboxDir: 'outbox',
      },
    },
    clock: fixedClock(today),
    database,
    migrations: { applied: [], total },
    close: async () => {},
  };
}

/** The HTTP server in-process, answering `inject()` without a socket. */
export async function httpServerOn(database: Database, today = testToday): Promise<HttpServer> {
  const server = await buildHttpServer(await appOn(database, today), { logLevel: 'silent' });
  await server.ready();
  return server;
}
