import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.ts';
import { billedCustomers, CREDITOR_ID } from '../../collections/use-cases/direct-debit-test-support.ts';
import { fixedClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';

describe('vezel mandates, direct-debits and refunds', { timeout: 300_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-direct-debits-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  let invoiceNumber = '';

  /** CU-K1's BIT invoice for 2027-Q1: € 363,00, issued 1 January. */
  beforeAll(async () => {
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      const context = {
        db: store.db,
        clock: fixedClock(Temporal.PlainDate.from('2027-01-01')),
        actor: { id: 'test', origin: 'test' },
      };
      invoiceNumber = (await billedCustomers(context, [{ id: 'CU-K1' }])).get('CU-K1')!.number;
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('registers a mandate, writes the pain.008 of a batch to a file, collects nothing twice, and revokes', async () => {
    const added = await runCli(
      [
        ...['mandates', 'add', '--id', 'BIT-K1', '--seller', 'bit', '--customer', 'CU-K1'],
        ...['--iban', 'NL44 RABO 0123 4567 89', '--debtor-name', 'Klant K1', '--signed-on', '2026-12-01'],
      ],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Registered mandate BIT-K1\.$/m);
    const out = path.join(folder, 'dd.xml');
    const batch = [
      'direct-debits',
      'batch',
      '--seller',
      'bit',
      '--date',
      '2027-01-05',
      '--creditor-id',
      CREDITOR_ID,
    ];
    const made = await runCli([...batch, '--as-of', '2027-01-04', '--out', out], env);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(
      /^pain\.008 file (BF-\d+): 1 transactions, € 363,00, on 2027-01-05; written to /m,
    );
    expect(made.stdout).toMatch(
      new RegExp(`^ {2}VZ-DD-\\d+-1 +FRST CORE BIT-K1 +${invoiceNumber} +€ 363,00$`, 'm'),
    );
    expect(fs.readFileSync(out, 'utf8')).toContain('<MndtId>BIT-K1</MndtId>');
    const again = await runCli([...batch, '--as-of', '2027-01-04'], env);
    expect(again.stdout).toBe('Nothing to collect for bit on 2027-01-05.\n');

    const revoked = await runCli(['mandates', 'revoke', 'BIT-K1', '--as-of', '2027-01-04'], env);
    expect(revoked.stdout).toBe('Revoked mandate BIT-K1 on 2027-01-04.\n');
    const listed = await runCli(['mandates', 'list', '--customer', 'CU-K1', '--json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { id: 'BIT-K1', iban: 'NL44RABO0123456789', revokedOn: '2027-01-04', firstCollectedOn: '2027-01-05' },
    ]);
  });

  it('refuses a batch due too soon with a bad creditor id, status 2, and finds no refunds due', async () => {
    const refused = await runCli(
      [
        ...['direct-debits', 'batch', '--seller', 'bit', '--date', '2027-01-04'],
        ...['--creditor-id', 'NL00ZZZ123456780000', '--as-of', '2027-01-04'],
      ],
      env,
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/creditorId: 'NL00ZZZ123456780000' has check digits 00/);
    expect(refused.stderr).toMatch(/collectionDate: 2027-01-04 is too soon/);
    const refunds = await runCli(['refunds', 'batch', '--seller', 'bit', '--as-of', '2027-01-04'], env);
    expect(refunds.stdout).toBe('No refunds due for bit.\n');
  });
});
