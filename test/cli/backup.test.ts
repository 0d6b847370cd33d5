import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel backup and vezel restore (the embedded store)', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-backup-'));
  const dataDir = path.join(folder, 'data');
  const env = { VEZEL_DATA: dataDir };
  const backup = path.join(folder, 'vezel.tar.gz');
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const customerFile = (legalName: string, kvkNumber: string) => {
    const file = path.join(folder, `${kvkNumber}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({
        legalName,
        kvkNumber,
        email: 'factuur@backup.example',
        billingAddress: { street: 'Stationsplein', houseNumber: '1', postcode: '3511ED', city: 'Utrecht' },
      }),
    );
    return file;
  };
  const names = async () => (await runCli(['customers', 'list', '--json'], env)).stdout;

  it('copies the store to one file, and puts it back in place of a later store, keeping that one', async () => {
    expect(
      (await runCli(['customers', 'add', '--file', customerFile('Voor De Back-up B.V.', '30000011')], env))
        .status,
    ).toBe(0);
    const made = await runCli(['backup', backup], env);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Backed up .* to .*vezel\.tar\.gz \(\d+ bytes\)/);
    expect(fs.statSync(backup).size).toBeGreaterThan(1000);

    expect(
      (await runCli(['customers', 'add', '--file', customerFile('Na De Back-up B.V.', '30000012')], env))
        .status,
    ).toBe(0);
    expect(await names()).toContain('Na De Back-up B.V.');

    const refused = await runCli(['restore', backup], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/holds a store already; restore with --replace/);
    expect(await names()).toContain('Na De Back-up B.V.');

    const restored = await runCli(['restore', backup, '--replace', '--json'], env);
    expect(restored.status, restored.stderr).toBe(0);
    const report = JSON.parse(restored.stdout) as { dataDir: string; keptAs: string };
    expect(report.keptAs).toMatch(/data\.replaced-\d{8}T\d{6}Z$/);
    expect(fs.existsSync(path.join(report.keptAs, 'PG_VERSION'))).toBe(true);
    const after = await names();
    expect(after).toContain('Voor De Back-up B.V.');
    expect(after).not.toContain('Na De Back-up B.V.');
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const junk = path.join(folder, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    const answer = await runCli(['restore', junk, '--replace'], env);
    expect(answer.status).toBe(2);
    expect(answer.stderr).toMatch(/file: .*junk\.tar\.gz is not a backup of the embedded store/);
    expect(await names()).toContain('Voor De Back-up B.V.');
    expect(fs.readdirSync(folder).filter((name) => name.includes('restoring'))).toEqual([]);
  });
});
