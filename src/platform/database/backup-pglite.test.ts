import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { backupEmbeddedStore } from './backup-pglite.ts';

describeEachStore('backupEmbeddedStore', (database, kind) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-backup-unit-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  if (kind === 'pglite')
    it('writes the embedded store as one gzipped tar, and no partial file', async () => {
      const report = await backupEmbeddedStore(database(), path.join(folder, 'store.tar.gz'));
      const bytes = fs.readFileSync(report.file);
      expect(report.bytes).toBe(bytes.length);
      expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
      expect(fs.readdirSync(folder)).toEqual(['store.tar.gz']);
    });
  else
    it('sends a PostgreSQL server to pg_dump, writing nothing', async () => {
      await expect(backupEmbeddedStore(database(), path.join(folder, 'server.tar.gz'))).rejects.toThrow(
        /for a PostgreSQL server \(DATABASE_URL\) use pg_dump/,
      );
      expect(fs.readdirSync(folder)).toEqual([]);
    });
});
