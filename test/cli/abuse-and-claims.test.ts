import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel abuse and vezel claims', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-abuse-claims-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lists no cases and no claims on a fresh store', async () => {
    const cases = await runCli(['abuse', 'list'], env);
    expect(cases.stderr).toBe('');
    expect(cases.status).toBe(0);
    expect(cases.stdout.trim()).toBe('No abuse cases.');
    const claims = await runCli(['claims', 'list', '--json'], env);
    expect(claims.status).toBe(0);
    expect(JSON.parse(claims.stdout)).toEqual([]);
  });

  it('refuses a case for an unknown customer with status 2, naming the field', async () => {
    const result = await runCli(
      [
        'abuse',
        'open',
        '--seller',
        'vitrumnet',
        '--customer',
        'CU-404',
        '--service',
        'S-1',
        '--category',
        'd',
        '--source',
        'own-detection',
        '--evidence',
        'spam run',
      ],
      env,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/customerId/);
  });

  it('refuses a category outside vn:4.1.2 a–j before touching the store', async () => {
    const result = await runCli(
      [
        'abuse',
        'open',
        '--seller',
        'vitrumnet',
        '--customer',
        'CU-1',
        '--category',
        'k',
        '--source',
        'own-detection',
        '--evidence',
        'x',
      ],
      env,
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/--category/);
  });

  it('answers status 2 for an unknown case or claim, and refuses a claim on an unknown contract naming it', async () => {
    const show = await runCli(['abuse', 'show', 'AB-404'], env);
    expect(show.status).toBe(2);
    expect(show.stderr).toMatch(/AB-404/);
    const claim = await runCli(['claims', 'show', 'LC-404'], env);
    expect(claim.status).toBe(2);
    expect(claim.stderr).toMatch(/LC-404/);
    const record = await runCli(
      [
        'claims',
        'record',
        '--contract',
        'C-404',
        '--kind',
        'direct',
        '--claimed',
        '2500.00',
        '--damage-on',
        '2025-03-01',
        '--notified-on',
        '2025-03-02',
        '--notified-by',
        'registered-letter',
        '--description',
        'outage',
      ],
      env,
    );
    expect(record.status).toBe(2);
    expect(record.stderr).toMatch(/contractId/);
  });
});
