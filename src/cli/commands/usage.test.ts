import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMeteredPort, recordPortSamples } from '../../billing/index.ts';
import { contextOn, seedUsageFixture } from '../../billing/use-cases/usage-test-support.ts';
import type { UsageFixture } from '../../billing/use-cases/usage-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';
import { runCli } from '../../../test/support/run-cli.ts';

describe('vezel usage', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-usage-cli-'));
  const data = path.join(folder, 'data');
  const env = { VEZEL_DATA: data };
  let products: UsageFixture;
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  // The store is prepared in this process, then closed for the CLI's processes.
  beforeAll(async () => {
    const database = await openPglite(data);
    try {
      await migrateDatabase(database);
      products = await seedUsageFixture(database.db, 'CLI');
      const context = contextOn(database.db);
      await addMeteredPort(context, {
        id: 'sw1:ge-0/0/1',
        sellerId: 'vitrumnet',
        customerId: 'CU-1',
        productId: products.bandwidth,
        description: 'Transit',
      });
      const at = (i: number) => new Date(Date.parse('2026-10-01T00:00:00Z') + i * 300_000).toISOString();
      const samples = [0, 1, 2, 3].map((i) => ({
        at: at(i),
        inOctets: String(i * 75_000_000),
        outOctets: '0',
      }));
      await recordPortSamples(context, 'sw1:ge-0/0/1', [
        ...samples,
        { at: at(10), inOctets: '0', outOctets: '0' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('refuses a file with a bad row by its line, loads the rest with --skip-invalid, and a rerun adds nothing', async () => {
    const file = path.join(folder, 'october.csv');
    const row = (id: string, quantity: string) =>
      `${id},CU-1,${products.traffic},${quantity},2026-10-31,"Traffic, GB"`;
    fs.writeFileSync(
      file,
      [
        'record_id,customer_id,product_id,quantity,occurred_on,description',
        row('U-1', '10'),
        row('U-2', 'ten'),
        row('U-3', '2.5'),
        '',
      ].join('\n'),
    );
    const refused = await runCli(['usage', 'import', file, '--seller', 'vitrumnet'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /1 of 3 rows are invalid, so nothing was loaded.*line 3 quantity: 'ten' is not a decimal number/,
    );
    const loaded = await runCli(['usage', 'import', file, '--seller', 'vitrumnet', '--skip-invalid'], env);
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toMatch(/skipped line 3 quantity/);
    expect(loaded.stdout).toMatch(/3 rows, 2 loaded: 2 added, 0 already there, 1 invalid rows skipped\.$/m);
    const again = await runCli(
      ['usage', 'import', file, '--seller', 'vitrumnet', '--skip-invalid', '--json'],
      env,
    );
    expect(JSON.parse(again.stdout)).toMatchObject({
      rows: 3,
      invalid: 1,
      received: 2,
      added: 0,
      duplicates: 2,
    });
    expect(again.stderr).toMatch(/2 loaded: 0 added, 2 already there/);
    expect(fs.existsSync(`${file}.vezel-progress`)).toBe(false);
  });

  it("rates a port's month, listing the gap, and records it once", async () => {
    const rated = await runCli(
      ['usage', 'rate-port', 'sw1:ge-0/0/1', '--month', '2026-10', '--as-of', '2026-11-22'],
      env,
    );
    expect(rated.status).toBe(0);
    expect(rated.stdout).toMatch(
      /^sw1:ge-0\/0\/1, 2026-10: 95th percentile 2\.000 Mbit\/s inbound \(vn:7\.1\.4\)$/m,
    );
    expect(rated.stdout).toMatch(/gap 2026-10-01T00:15:00.000Z → 2026-10-01T00:50:00.000Z: not rated/);
    expect(rated.stdout).toMatch(
      /usage record p95:sw1:ge-0\/0\/1:2026-10: 2\.000000 Mbit\/s on 2026-10-31, added/,
    );
    const json = await runCli(
      ['usage', 'rate-port', 'sw1:ge-0/0/1', '--month', '2026-10', '--as-of', '2026-11-22', '--json'],
      env,
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      usageRecord: { added: false },
      percentile: { value: { intervals: 3 } },
    });
  });
});
