import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import { insertFiberBreak } from '../../operations/use-cases/sla-report-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

describe('vezel sla report', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-sla-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  let late = '';

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      await seedCustomers(store.db, ['CU-SLA1']);
      await insertFiberBreak(store.db, {
        customerId: 'CU-SLA1',
        reportedAt: '2026-03-02T10:00:00Z',
        repairReportedAt: '2026-03-02T15:15:00Z',
      });
      late = await insertFiberBreak(store.db, {
        customerId: 'CU-SLA1',
        reportedAt: '2026-03-03T10:00:00Z',
        repairReportedAt: '2026-03-03T18:45:00Z',
      });
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints each cable class with its mean against the average, and the breaches', async () => {
    const result = await runCli(
      ['sla', 'report', '--seller', 'vitrumnet', '--from', '2026-03-01', '--to', '2026-03-31'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'SLA report vitrumnet 2026-03-01 to 2026-03-31: 1 breach(es)  (vn:6.4.10)',
      '12/24  fibers (avg 6 h, max 8 h): 2 repaired, 0 open; mean 7 h against 6 h (OVER the average)',
      `  breach ${late}: 8 h 45 min from 2026-03-03T11:00:00+01:00, 0 h 45 min past 2026-03-03T19:00:00+01:00`,
    ]);
    expect(lines[3]).toBe('48     fibers (avg 9 h, max 14 h): 0 repaired, 0 open; no repairs');
  });

  it('answers JSON, and exits 2 naming the wrong day', async () => {
    const json = await runCli(
      ['sla', 'report', '--seller', 'vitrumnet', '--from', '2026-03-01', '--to', '2026-03-31', '--json'],
      env,
    );
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ breachCount: 1, periodEnd: '2026-04-01T00:00:00+02:00' });
    expect(report.classes[0]).toMatchObject({ cableClass: '12/24', repaired: 2, meanRepairHours: 7 });
    const wrong = await runCli(
      ['sla', 'report', '--seller', 'vitrumnet', '--from', '2026-03-01', '--to', '2026-02-30'],
      env,
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^vezel: to: '2026-02-30' is not a valid date/);
  });
});
