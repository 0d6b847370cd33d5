import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const termination = [
  '--kind',
  'fixed-term',
  '--start',
  '2026-01-01',
  '--term-months',
  '12',
  '--notice',
  '2026-12-01',
];

describe('vezel explain with a profile the operator added', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-explain-own-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  // bit's terms under the operator's own id and seller: every answer must be bit's.
  beforeAll(async () => {
    const bit = JSON.parse(
      fs.readFileSync(new URL('../../src/terms/profiles/bit-2016-10-25.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const file = path.join(folder, 'acme-2026.json');
    fs.writeFileSync(file, JSON.stringify({ ...bit, id: 'acme-2026', seller: 'Acme B.V.' }));
    const added = await runCli(['terms', 'add', file], env);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
  });

  it('explains a termination under it as under the profile it copies', async () => {
    const own = await runCli(
      ['explain', 'termination', '--profile', 'acme-2026', ...termination, '--json'],
      env,
    );
    expect(own.stderr).toBe('');
    expect(own.status).toBe(0);
    const shipped = await runCli(
      ['explain', 'termination', '--profile', 'bit-2016-10-25', ...termination, '--json'],
      env,
    );
    expect(JSON.parse(own.stdout)).toEqual({ ...JSON.parse(shipped.stdout), profile: 'acme-2026' });
    expect(JSON.parse(own.stdout)).toMatchObject({ effectiveDate: '2027-12-31', because: ['bit:12.1'] });
  });

  it('lists its id with the shipped ones when the id asked for is unknown', async () => {
    const result = await runCli(['explain', 'termination', '--profile', 'acme-2025', ...termination], env);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^vezel: --profile: 'acme-2025' is not a known terms profile; known: bit-2016-10-25, vitrumnet-2\.5-2018-04-15, acme-2026$/m,
    );
  });
});

describe('vezel explain opens the store only for a profile that is not shipped', () => {
  // A server nobody listens on: a command that opened the store would fail.
  const unreachable = { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' };

  it('answers for a shipped profile without it', async () => {
    const result = await runCli(
      ['explain', 'termination', '--profile', 'bit-2016-10-25', ...termination],
      unreachable,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('needs it for any other id, and says so', async () => {
    const result = await runCli(
      ['explain', 'termination', '--profile', 'acme-2026', ...termination],
      unreachable,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^vezel: .*(ECONNREFUSED|connect)/);
    expect(result.stderr).not.toContain('secret');
  });
});
