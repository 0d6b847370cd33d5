import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import { recordAuditEvent } from '../../platform/audit/index.ts';
import { parseCsv } from '../../platform/audit/csv-test-support.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

describe('vezel audit, vezel customers export-data and erase', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-audit-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };

  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      for (let i = 0; i < 5; i++)
        await recordAuditEvent(store.db, {
          occurredAt: Temporal.Instant.from('2026-11-20T10:00:00Z').add({ minutes: i }),
          actor: 'user:anna',
          origin: 'test',
          action: 'contract.changed',
          subject: { type: 'contract', id: 'C-7' },
          ...(i === 1 ? { reason: 'by letter, "signed"' } : {}),
        });
      await seedCustomers(store.db, ['CU-ERASE']);
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lists a page and names the next one', async () => {
    const text = await runCli(
      ['audit', 'list', '--subject-type', 'contract', '--subject-id', 'C-7', '--limit', '2'],
      env,
    );
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^5 +2026-11-20T10:04:00Z +contract\.changed contract:C-7 +by user:anna \(test\)$/m,
    );
    expect(text.stdout).toMatch(/More: --before 4$/m);
    const refused = await runCli(['audit', 'list', '--subject-id', 'C-7'], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('subjectType: is required with subjectId');
  });

  it('exports to a CSV file that parses back', async () => {
    const out = path.join(folder, 'audit.csv');
    const result = await runCli(
      ['audit', 'export', '--out', out, '--format', 'csv', '--actor', 'user:anna'],
      env,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote 5 audit events to ${out} (csv).`);
    const [header, ...records] = parseCsv(fs.readFileSync(out, 'utf8'));
    expect(header![4]).toBe('action');
    expect(records.map((record) => record[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(records[1]![7]).toBe('by letter, "signed"');
  });

  it("exports a customer's data, erases the customer, and records both", async () => {
    const out = path.join(folder, 'customer.json');
    const exported = await runCli(['customers', 'export-data', 'CU-ERASE', '--out', out], env);
    expect(exported.status).toBe(0);
    const document = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      tables: { customers: { legal_name: string }[] };
    };
    expect(document.tables.customers[0]!.legal_name).toBe('Customer CU-ERASE');

    const erased = await runCli(['customers', 'erase', 'CU-ERASE', '--reason', 'asked by e-mail'], env);
    expect(erased.status).toBe(0);
    expect(erased.stdout).toContain('Erased customer CU-ERASE (vn:5.1).');
    const again = await runCli(['customers', 'erase', 'CU-ERASE', '--reason', 'again'], env);
    expect(again.stdout).toMatch(/was erased already/);
    const trail = await runCli(
      ['audit', 'list', '--subject-type', 'customer', '--subject-id', 'CU-ERASE', '--json'],
      env,
    );
    const page = JSON.parse(trail.stdout) as { events: { action: string; reason: string | null }[] };
    expect(page.events.map((event) => [event.action, event.reason])).toEqual([
      ['customer.erased', 'asked by e-mail'],
      ['customer.dataExported', null],
    ]);
  });
});
