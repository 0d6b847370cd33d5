import { Temporal } from 'temporal-polyfill';
import type { App } from '../../src/app.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Database } from '../../src/platform/database/index.ts';
import { appliedMigrations } from '../../src/platform/database/index.ts';
import { buildHttpServer } from '../../src/http/server.ts';
import type { HttpServer } from '../../src/http/server.ts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestUser, userTokenFor } from './users.ts';

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
      demo: false,
      schedule: false,
    },
    clock: fixedClock(today),
    database,
    migrations: { applied: [], total },
    close: async () => {},
  };
}

/**
 * The HTTP server in-process, answering `inject()` without a socket. Its requests are an admin's
 * (an API token of a test admin) unless they carry an `authorization` or `cookie` header of their
 * own; `anonymousHttpServerOn` sends none.
 */
export async function httpServerOn(database: Database, today = testToday): Promise<HttpServer> {
  const server = await anonymousHttpServerOn(database, today);
  signedInByDefault(server, await adminTokenOf(database));
  return server;
}

/** The HTTP server with no credentials added: what a caller who has not signed in gets. */
export async function anonymousHttpServerOn(database: Database, today = testToday): Promise<HttpServer> {
  const server = await buildHttpServer(await appOn(database, today), { logLevel: 'silent' });
  await server.ready();
  return server;
}

const adminTokens = new WeakMap<Database, Promise<string>>();

/** One test admin per database, made on first use. */
export function adminTokenOf(database: Database): Promise<string> {
  let token = adminTokens.get(database);
  if (!token) {
    token = createTestUser(database.db, { role: 'admin', name: 'Test admin' }).then((admin) =>
      userTokenFor(database.db, admin.id),
    );
    adminTokens.set(database, token);
  }
  return token;
}

/** Adds `Authorization: Bearer <token>` to every injected request that brings no credentials. */
export function signedInByDefault(server: HttpServer, token: string): void {
  const inject = server.inject.bind(server) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  const withToken = (options: string | InjectOptions) => {
    const given = typeof options === 'string' ? { url: options } : options;
    const headers = { ...(given.headers ?? {}) } as Record<string, unknown>;
    if (!('authorization' in headers) && !('cookie' in headers)) headers.authorization = `Bearer ${token}`;
    return inject({ ...given, headers } as InjectOptions);
  };
  server.inject = withToken as HttpServer['inject'];
}
