import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFreshDatabase, testServerUrl } from '../support/stores.ts';
import type { FreshDatabase } from '../support/stores.ts';
import { runCli } from '../support/run-cli.ts';
import { getJson, startServe } from '../support/serve-process.ts';
import type { Health } from '../../src/platform/health.ts';
import { dailyCycle } from '../../src/platform/scheduler/index.ts';

describe('vezel serve on the embedded store (npm start)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates the store, migrates it, serves /health, /openapi.json and /docs, and stops cleanly', async () => {
    const serve = await startServe({ VEZEL_DATA: dataDir });
    try {
      const health = await getJson<Health>(`${serve.baseUrl}/health`);
      expect(health).toMatchObject({ status: 'ok', store: { kind: 'pglite', location: dataDir } });
      expect((await getJson<{ openapi: string }>(`${serve.baseUrl}/openapi.json`)).openapi).toBe('3.1.0');
      const docs = await fetch(`${serve.baseUrl}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toMatch(/swagger/i);
      expect(fs.existsSync(path.join(dataDir, 'vezel.pid'))).toBe(true);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'vezel.pid'))).toBe(false);
  });

  it('keeps its data across restarts, and refuses a second process on the same folder', async () => {
    const serve = await startServe({ VEZEL_DATA: dataDir }, ['--as-of', '2027-01-04']);
    try {
      expect((await getJson<Health>(`${serve.baseUrl}/health`)).today).toBe('2027-01-04');
      const second = await runCli(['migrate'], { VEZEL_DATA: dataDir });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by process \d+/);
    } finally {
      await serve.stop();
    }
    const migrate = await runCli(['migrate', '--json'], { VEZEL_DATA: dataDir });
    expect(migrate.status).toBe(0);
    expect(JSON.parse(migrate.stdout).applied).toEqual([]);
  });

  it('runs the daily cycle itself, as no worker can run beside it (VEZEL_SCHEDULE)', async () => {
    const store = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-serve-schedule-'));
    try {
      const env = { VEZEL_DATA: store };
      expect(
        (
          await runCli(
            ['users', 'create', '--email', 'ops@example.nl', '--role', 'admin', '--name', 'Ops'],
            env,
          )
        ).status,
      ).toBe(0);
      const token = (await runCli(['users', 'token', 'ops@example.nl', '--name', 'test'], env)).stdout
        .trim()
        .split('\n')
        .at(-1)!;
      const serve = await startServe({ ...env, VEZEL_SCHEDULE: '1' }, ['--as-of', '2027-01-04']);
      try {
        const runs = async () => {
          const response = await fetch(`${serve.baseUrl}/scheduler/runs?day=2027-01-04`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const rows = (await response.json()) as { job: string; state: string }[];
          return rows.map((row) => `${row.job}: ${row.state}`).sort();
        };
        // The first pass starts as the server listens: every job of the day, each once.
        await expect.poll(runs, { timeout: 30_000, interval: 250 }).toEqual(
          dailyCycle()
            .map((job) => `${job.key}: done`)
            .sort(),
        );
      } finally {
        expect(await serve.stop()).toBe(0);
      }
    } finally {
      fs.rmSync(store, { recursive: true, force: true });
    }
  });

  it('refuses a bad PORT with a message naming it', async () => {
    const result = await runCli(['serve'], { VEZEL_DATA: dataDir, PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/PORT: 'eighty' is not a port number/);
  });
});

describe.skipIf(!testServerUrl)('vezel migrate and serve on PostgreSQL (DATABASE_URL)', () => {
  let fresh: FreshDatabase | undefined;
  afterAll(() => fresh?.dispose());

  it('migrates an empty database once, then serves from it', async () => {
    fresh = await openFreshDatabase('postgres');
    const env = { DATABASE_URL: fresh.url };
    const first = await runCli(['migrate'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ of \d+ migrations/);
    expect(first.stdout).toContain('0000_platform-audit');
    expect(first.stdout).not.toContain(':vezel@');
    const again = await runCli(['migrate'], env);
    expect(again.stdout).toMatch(/^Nothing to apply/);
    const serve = await startServe(env);
    try {
      const health = await getJson<Health>(`${serve.baseUrl}/health`);
      expect(health.store.kind).toBe('postgres');
      expect(health.store.location).toContain('***');
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('says which server it could not reach', async () => {
    const result = await runCli(['migrate'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^vezel: .*(ECONNREFUSED|connect)/);
    expect(result.stderr).not.toContain('secret');
  });
});
