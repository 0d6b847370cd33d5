import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { Database } from './database.ts';
import { lockDataDir, pgliteExtensions } from './open-pglite.ts';

export interface BackupReport {
  readonly file: string;
  readonly bytes: number;
}

/**
 * Writes the embedded store to `file` as a gzipped tar of its folder. The store is open in this
 * process only (its lock says so), so the copy is consistent. The file appears whole or not at all.
 * A PostgreSQL server is backed up with its own tools (`pg_dump`), as the README shows.
 */
export async function backupEmbeddedStore(database: Database, file: string): Promise<BackupReport> {
  if (!database.dumpDataDir)
    throw new ConflictError(
      'vezel backup copies the embedded store; for a PostgreSQL server (DATABASE_URL) use pg_dump, see the README',
    );
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  const bytes = Buffer.from(await (await database.dumpDataDir()).arrayBuffer());
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, target);
  return { file: target, bytes: bytes.length };
}

export interface RestoreReport {
  readonly dataDir: string;
  /** Where the store that was there before now is, when there was one. */
  readonly keptAs: string | null;
}

/**
 * Makes `dataDir` the store of a backup. The backup is unpacked and opened beside the folder first;
 * only when it opens does it take the folder's place, and a store that was there is kept under a
 * new name, never deleted. Refused while a process has the store open, and over an existing store
 * unless `replace` is given.
 */
export async function restoreEmbeddedStore(
  file: string,
  dataDir: string,
  options: { readonly replace?: boolean; readonly now: Date },
): Promise<RestoreReport> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new InvalidInputError('file', `${source} does not exist`);
  const holdsStore = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const holdsFiles = fs.existsSync(dataDir) && fs.readdirSync(dataDir).some((name) => name !== 'vezel.pid');
  if (holdsStore && !options.replace)
    throw new ConflictError(
      `${dataDir} holds a store already; restore with --replace to put the backup in its place (the current store is kept beside it)`,
    );
  const release = lockDataDir(dataDir);
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    const client = new PGlite(staging, {
      loadDataDir: new Blob([fs.readFileSync(source)]),
      extensions: pgliteExtensions,
    });
    try {
      await client.waitReady;
      await client.query('select 1');
    } catch (error) {
      throw new InvalidInputError(
        'file',
        `${source} is not a backup of the embedded store: ${String(error)}`,
      );
    } finally {
      await client.close().catch(() => {});
    }
    fs.rmSync(path.join(staging, 'vezel.pid'), { force: true });
    const keptAs = holdsFiles ? `${dataDir}.replaced-${stamp(options.now)}` : null;
    release();
    if (keptAs) fs.renameSync(dataDir, keptAs);
    else fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(staging, dataDir);
    return { dataDir, keptAs };
  } catch (error) {
    release();
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
