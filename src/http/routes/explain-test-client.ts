import { afterAll, beforeAll, expect } from 'vitest';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';
import type { Database } from '../../platform/database/index.ts';
import { httpServerOn } from '../../../test/support/app.ts';
import type { HttpServer } from '../server.ts';

/**
 * For the explain route tests: an in-process server on a migrated memory store (the routes only read
 * the operator's profiles from it), opened before and closed after the calling file's tests.
 */
export function explainTestClient() {
  let database: Database;
  let server: HttpServer;
  beforeAll(async () => {
    database = await openPglite('memory');
    await migrateDatabase(database);
    server = await httpServerOn(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  return {
    inject: (path: string) => server.inject(path),

    /** The 200 answer's JSON. */
    async ok(path: string) {
      const response = await server.inject(path);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    },

    /** The problem+json of a 400 answer. */
    async refused(path: string) {
      const response = await server.inject(path);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json();
      expect(problem).toMatchObject({ type: 'urn:vezel:problem:invalid-input', status: 400 });
      return problem as { detail: string; errors: { field: string; problem: string }[] };
    },
  };
}
