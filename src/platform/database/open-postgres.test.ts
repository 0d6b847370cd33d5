import pg from 'pg';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testServerUrl } from '../../../test/support/stores.ts';
import { openPostgres } from './open-postgres.ts';
import { queryRows } from './query-rows.ts';

describe.skipIf(!testServerUrl)('a PostgreSQL store', () => {
  it('survives the server closing its idle connections, and answers again on a new one', async () => {
    const database = await openPostgres(testServerUrl!);
    try {
      const [before] = await queryRows<{ pid: number }>(database.db, sql`SELECT pg_backend_pid() AS pid`);
      const admin = new pg.Client({ connectionString: testServerUrl });
      await admin.connect();
      const closed = new Promise<void>((resolve) => {
        const original = process.stderr.write.bind(process.stderr);
        process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
          if (String(chunk).includes('idle PostgreSQL connection was closed')) {
            process.stderr.write = original;
            resolve();
            return true;
          }
          return original(chunk, ...rest);
        }) as typeof process.stderr.write;
      });
      // What a server restart or an operator's pg_terminate_backend does to a pooled connection.
      await admin.query('SELECT pg_terminate_backend($1)', [before!.pid]);
      await admin.end();
      await closed;
      const [after] = await queryRows<{ pid: number; one: number }>(
        database.db,
        sql`SELECT pg_backend_pid() AS pid, 1 AS one`,
      );
      expect(after!.one).toBe(1);
      expect(after!.pid).not.toBe(before!.pid);
    } finally {
      await database.close();
    }
  });
});
