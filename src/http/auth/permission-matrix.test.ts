import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitProvider } from '../../providers/index.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';
import type { Database } from '../../platform/database/index.ts';
import { ROLES } from '../../users/rules/roles.ts';
import type { Role } from '../../users/rules/roles.ts';
import { appOn, testToday } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { fixedClock } from '../../platform/clock.ts';
import { routesOf } from '../provider-auth.ts';
import { buildHttpServer } from '../server.ts';
import type { HttpServer } from '../server.ts';
import { explicitAccessOf } from './route-access.ts';

/*
 * Walks every route with every role (and with no credentials) and writes down who got through:
 * the table must equal docs/permission-matrix.md, so any change of access shows up in review.
 * `VEZEL_WRITE_MATRIX=1 npx vitest run src/http/auth/permission-matrix.test.ts` rewrites the file.
 */

const matrixFile = new URL('../../../docs/permission-matrix.md', import.meta.url);
const columns = ['anonymous', ...ROLES] as const;
type Column = (typeof columns)[number];

interface Walked {
  readonly method: string;
  readonly url: string;
  readonly allowed: ReadonlySet<Column>;
}

describe('the permission matrix', () => {
  let database: Database;
  let server: HttpServer;
  const tokens = new Map<Column, string | undefined>();
  let walked: Walked[] = [];
  const passed = new Set<string>();

  beforeAll(async () => {
    database = await openPglite('memory');
    await migrateDatabase(database);
    const app = await appOn(database);
    server = await buildHttpServer(app, { logLevel: 'silent' });
    // Runs after authentication and the permission check: a request seen here was let through.
    server.addHook('onRequest', async (request) => {
      const walk = request.headers['x-walk'];
      if (typeof walk === 'string' && !request.is404) passed.add(walk);
    });
    await server.ready();
    const context = { db: database.db, clock: fixedClock(testToday), actor: { id: 'test', origin: 'test' } };
    const { provider } = await admitProvider(context, {
      name: 'Glasnet Diensten B.V.',
      email: 'orders@glasnet.example',
      helpdeskPhone: '085 123 4567',
    });
    await seedCustomers(database.db, ['C-MATRIX']);
    tokens.set('anonymous', undefined);
    for (const role of ROLES) {
      const user = await createTestUser(database.db, {
        role,
        ...(role === 'provider' ? { providerId: provider.id } : {}),
        ...(role === 'customer' ? { customerId: 'C-MATRIX' } : {}),
      });
      tokens.set(role, await userTokenFor(database.db, user.id));
    }
    walked = await walkEveryRoute(server, tokens, passed);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('places every route in the matrix explicitly', () => {
    const missing = routesOf(server)
      .filter((r) => r.method !== 'HEAD' && explicitAccessOf(r.method, r.url) === undefined)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('lets through exactly what docs/permission-matrix.md says', () => {
    const table = matrixTable(walked);
    if (process.env.VEZEL_WRITE_MATRIX === '1') fs.writeFileSync(matrixFile, table);
    expect(table).toBe(fs.readFileSync(matrixFile, 'utf8'));
  });

  it('keeps every non-public route closed to callers without credentials', () => {
    for (const route of walked) {
      if (route.allowed.has('anonymous')) {
        expect(explicitAccessOf(route.method, route.url), `${route.method} ${route.url}`).toBe('public');
      }
    }
  });

  it('lets an admin reach every route outside the portals (which act as one customer or provider)', () => {
    const refused = walked.filter((r) => !r.allowed.has('admin')).map((r) => r.url);
    expect(refused.filter((url) => !url.startsWith('/portal'))).toEqual([]);
  });

  it('keeps customers in their portal and providers in their routes and portal', () => {
    for (const route of walked) {
      if (route.allowed.has('anonymous')) continue;
      const name = `${route.method} ${route.url}`;
      const customerMay =
        route.url.startsWith('/auth/') ||
        (route.url.startsWith('/portal') && !route.url.startsWith('/portal/provider'));
      expect(route.allowed.has('customer'), name).toBe(customerMay);
      const providerRoute = routesOf(server).some(
        (r) => r.method === route.method && r.url === route.url && r.providerAccess,
      );
      const providerMay =
        route.url.startsWith('/auth/') || route.url.startsWith('/portal/provider') || providerRoute;
      expect(route.allowed.has('provider'), name).toBe(providerMay);
    }
  });

  it('keeps writes with the role whose work they are', () => {
    const may = (role: Role, method: string, url: string) =>
      walked.find((r) => r.method === method && r.url === url)?.allowed.has(role);
    expect(may('billing', 'POST', '/bill-runs')).toBe(true);
    expect(may('noc', 'POST', '/bill-runs')).toBe(false);
    expect(may('sales', 'POST', '/bill-runs/:id/issue')).toBe(false);
    expect(may('noc', 'POST', '/faults/:id/close')).toBe(true);
    expect(may('billing', 'POST', '/faults/:id/close')).toBe(false);
    expect(may('sales', 'POST', '/quotes')).toBe(true);
    expect(may('noc', 'POST', '/quotes')).toBe(false);
    expect(may('billing', 'POST', '/users')).toBe(false);
    expect(may('sales', 'GET', '/audit-events')).toBe(false);
    expect(may('noc', 'GET', '/invoices')).toBe(true);
  });
});

async function walkEveryRoute(
  server: HttpServer,
  tokens: Map<Column, string | undefined>,
  passed: ReadonlySet<string>,
): Promise<Walked[]> {
  const result: Walked[] = [];
  let walk = 0;
  const routes = routesOf(server).filter((r) => r.method !== 'HEAD');
  for (const route of routes) {
    const allowed = new Set<Column>();
    for (const column of columns) {
      const token = tokens.get(column);
      const id = String(++walk);
      await server.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        headers: { 'x-walk': id, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      if (passed.has(id)) allowed.add(column);
    }
    result.push({ method: route.method, url: route.url, allowed });
  }
  return result.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

/** Unknown ids in every parameter: the request gets as far as the route's own answer, changing nothing. */
function concreteUrl(url: string): string {
  return url.replace(/:[A-Za-z]+/g, 'X-0').replace(/\*$/, 'x');
}

function matrixTable(walked: readonly Walked[]): string {
  const head = [
    '# Permission matrix',
    '',
    'Who may call each route of the API, as the API enforces it (src/http/auth/route-access.ts).',
    'Generated by walking every route with every role: `VEZEL_WRITE_MATRIX=1 npx vitest run',
    'src/http/auth/permission-matrix.test.ts`; the test fails when this file and the API disagree.',
    '✓ = let through (the route then answers for itself: 200, 400, 404 for an unknown id, …).',
    'A provider or a customer refused gets 404 as for a URL that does not exist; staff get 403; no',
    "credentials get 401. Staff limited to one seller are also refused any other seller's id.",
    '',
    `| Method | Route | ${columns.join(' | ')} |`,
    `| --- | --- | ${columns.map(() => ':-:').join(' | ')} |`,
  ];
  const rows = walked.map(
    (r) =>
      `| ${r.method} | \`${r.url}\` | ${columns.map((c) => (r.allowed.has(c) ? '✓' : '')).join(' | ')} |`,
  );
  return [...head, ...rows, ''].join('\n');
}
