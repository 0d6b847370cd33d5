import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addProduct } from '../../src/catalog/index.ts';
import { createCustomer } from '../../src/customers/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { queryRows } from '../../src/platform/database/index.ts';
import type { Db } from '../../src/platform/database/index.ts';
import type { Cents } from '../../src/shared/money/index.ts';
import { httpServerOn, testToday } from '../support/app.ts';
import { describeEachStore } from '../support/stores.ts';
import { FUZZ_SEED } from './fuzz-support.ts';

/*
 * Every write endpoint of the API (from the OpenAPI document, so a new one is included by itself)
 * gets random and boundary payloads and path ids, as an admin: it must never answer 5xx, and a
 * refusal (4xx) must leave every table exactly as it was — no partial write (issue 9).
 */

const RUNS = Number(process.env.VEZEL_FUZZ_RUNS ?? 12);

// Written on purpose by a refused request: the sign-in attempts counted for rate limiting, the
// idempotency keys and sessions of the caller.
const UNWATCHED = new Set(['sign_in_attempts', 'idempotency_keys', 'user_sessions', 'user_api_tokens']);

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly params: readonly string[];
  readonly fields: readonly string[];
}

const boundaryValue = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'x'.repeat(10_000), '🙂', '2026-02-30', '-1', 'NaN', '<script>'),
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 53), 1e308, 0.1),
  fc.constantFrom(null, true, false, [], {}, [[[]]], { __proto__: { admin: true } }),
  fc.jsonValue({ maxDepth: 3 }),
);

describeEachStore('every write endpoint under random payloads', (database, kind) => {
  it(
    'never answers 5xx, and changes nothing when it refuses',
    async () => {
      const db = database().db;
      const known = await seedWorld(db);
      const server = await httpServerOn(database());
      const spec = (await server.inject('/openapi.json')).json() as OpenApi;
      const operations = writeOperations(spec);
      expect(operations.length).toBeGreaterThan(80);
      const fingerprint = await fingerprinter(db);

      const failures: string[] = [];
      for (const operation of operations) {
        const id = fc.oneof(fc.constantFrom(...known, 'X-0', '0', '%20'), fc.string({ maxLength: 40 }));
        const body = fc.oneof(
          fc.dictionary(fc.constantFrom(...operation.fields, 'unknown'), boundaryValue, { maxKeys: 6 }),
          fc.constantFrom(...(operation.fields.length ? [{}] : [{}, { unknown: 1 }])),
          boundaryValue,
        );
        const outcome = await fc.check(
          fc.asyncProperty(fc.array(id, { minLength: 3, maxLength: 3 }), body, async (ids, payload) => {
            let n = 0;
            const url = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[n++] || 'X-0'));
            const before = await fingerprint();
            const response = await server.inject({
              method: operation.method as 'POST',
              url,
              payload: JSON.stringify(payload),
              headers: { 'content-type': 'application/json' },
            });
            const where = `${operation.method} ${url} ${JSON.stringify(payload).slice(0, 300)}`;
            expect(response.statusCode, `${where} → ${response.body.slice(0, 500)}`).toBeLessThan(500);
            if (response.statusCode >= 400)
              expect(await fingerprint(), `${where} wrote before refusing`).toBe(before);
          }),
          { numRuns: RUNS, seed: FUZZ_SEED },
        );
        // Every failing endpoint is reported at once, each with its smallest counterexample.
        if (outcome.failed) failures.push(String(outcome.errorInstance).split('\n')[0] ?? '');
      }
      expect(failures).toEqual([]);
      await server.close();
    },
    kind === 'postgres' ? 900_000 : 600_000,
  );
});

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }
    >
  >;
}

function writeOperations(spec: OpenApi): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      // Signing out ends the test's own session; the rest of /auth is fuzzed.
      if (path === '/auth/sign-out') continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ''),
        fields: Object.keys(schema?.properties ?? {}),
      });
    }
  }
  return operations;
}

/** A few real rows, so that ids in the path sometimes exist and requests reach deeper checks. */
async function seedWorld(db: Db): Promise<string[]> {
  const context = { db, clock: fixedClock(testToday), actor: { id: 'test', origin: 'test' } };
  const customer = await createCustomer(context, {
    legalName: 'Fuzz B.V.',
    kvkNumber: '12345678',
    email: 'facturen@fuzz.example',
    billingAddress: { street: 'Markt', houseNumber: '1', postcode: '3311 BD', city: 'Dordrecht' },
    contacts: [{ name: 'Sanne Jansen', roles: ['primary', 'billing'], email: 'sanne@fuzz.example' }],
  });
  const product = await addProduct(context, {
    sellerId: 'bit',
    code: 'FUZZ-1',
    name: 'Fuzz product',
    kind: 'colocation',
    vatCategory: 'standard',
    firstPrice: { amountCents: 10_000 as Cents },
  });
  return ['bit', 'vitrumnet', customer.id, product.id];
}

/** One digest of every table's rows (the test world is small, so this stays quick). */
async function fingerprinter(db: Db): Promise<() => Promise<string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables
    .map((t) => t.name)
    .filter((name) => !UNWATCHED.has(name) && !name.startsWith('__'))
    .map((name) => `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${name}" t)`);
  const query = sql.raw(`select md5(${parts.join(' || ')}) as digest`);
  return async () => {
    const [row] = await queryRows<{ digest: string }>(db, query);
    return row?.digest ?? '';
  };
}
