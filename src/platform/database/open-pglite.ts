import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { ConflictError } from '../../shared/errors/index.ts';
import type { Database, Db } from './database.ts';

/** The extensions the schema uses (migration 0014: trigram search), loaded whenever a store opens. */
export const pgliteExtensions = { pg_trgm };

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in a folder (or in memory for tests).
 * It serves one process; a lock file says so, because two processes on one folder would corrupt it.
 */
export async function openPglite(dataDir: string | 'memory'): Promise<Database> {
  const release = dataDir === 'memory' ? () => {} : lockDataDir(dataDir);
  try {
    const options = { extensions: pgliteExtensions };
    const client = dataDir === 'memory' ? new PGlite(options) : new PGlite(dataDir, options);
    await client.waitReady;
    const db = drizzle({ client }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      location: dataDir,
      withConnection: (work) => work(db),
      dumpDataDir: () => client.dumpDataDir('gzip'),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Takes the folder for this process, or refuses naming the process that has it. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'vezel.pid');
  const holder = readHolder(lockFile);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
    throw new ConflictError(
      `the embedded store in ${dataDir} is in use by process ${holder}; stop it, or set VEZEL_DATA to another folder`,
    );
  }
  fs.writeFileSync(lockFile, `${process.pid}\n`);
  return () => fs.rmSync(lockFile, { force: true });
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
