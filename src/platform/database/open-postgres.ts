import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Database, Db } from './database.ts';

/** A PostgreSQL server, the production store: a pool shared by the process. */
export async function openPostgres(url: string): Promise<Database> {
  // Connections stay open once made (no idle timeout): a new one costs the server a process, an
  // authentication and cold caches, which showed as a tail of 100–200 ms under load whenever the pool
  // had let idle ones go (bench/README.md, HTTP load). Idle ones do not keep a process alive.
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0, allowExitOnIdle: true });
  // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool and
  // replaced on the next checkout; without a listener its 'error' event would end the process.
  pool.on('error', (error) => {
    process.stderr.write(`vezel: an idle PostgreSQL connection was closed: ${error.message}\n`);
  });
  // Fail now, with the server's own words, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzle({ client: pool }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: redactPassword(url),
    withConnection: async (work) => {
      const client = await pool.connect();
      try {
        return await work(drizzle({ client }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable url)';
  }
}
