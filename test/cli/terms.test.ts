import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel terms', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-terms-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const shipped = JSON.parse(
    fs.readFileSync(new URL('../../src/terms/profiles/bit-2016-10-25.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const write = (name: string, document: unknown) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, typeof document === 'string' ? document : JSON.stringify(document));
    return file;
  };

  it('lists the shipped profiles', async () => {
    const result = await runCli(['terms', 'list', '--json'], env);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ id: 'bit-2016-10-25', seller: 'BIT B.V.', origin: 'shipped' }),
      expect.objectContaining({
        id: 'vitrumnet-2.5-2018-04-15',
        seller: 'VitrumNet B.V.',
        origin: 'shipped',
      }),
    ]);
  });

  it('shows a profile with its rule ids, as text and as JSON', async () => {
    const text = await runCli(['terms', 'show', 'bit-2016-10-25'], env);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/bit:11\.3/);
    const json = await runCli(['terms', 'show', 'bit-2016-10-25', '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'bit-2016-10-25', payment: { termDays: 14 } });
  });

  it('answers an unknown profile with status 2 and its name', async () => {
    const result = await runCli(['terms', 'show', 'acme-1'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/terms profile 'acme-1' does not exist/);
  });

  it('validates a good file, and lists every problem of a bad one with its path', async () => {
    const good = await runCli(
      ['terms', 'validate', write('good.json', { ...shipped, id: 'acme-2026' })],
      env,
    );
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/valid profile 'acme-2026'/);
    const bad = {
      ...shipped,
      id: 'acme-2026',
      payment: { termDays: 'fourteen', rules: ['bit:11.3'] },
      sla: undefined,
    };
    const result = await runCli(['terms', 'validate', write('bad.json', bad)], env);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/payment\.termDays: /);
    expect(result.stdout).toMatch(/^ {2}sla: /m);
    expect(result.stdout).toMatch(/payment\.setOffAllowed: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const result = await runCli(['terms', 'validate', write('broken.json', '{ "id": ')], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^vezel: file: '.*broken\.json' is not JSON/);
  });

  it("adds an operator's own profile, which is then listed and shown", async () => {
    const own = write('own.json', { ...shipped, id: 'acme-2026', seller: 'Acme B.V.' });
    const added = await runCli(['terms', 'add', own], env);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/Added terms profile 'acme-2026'/);
    const list = JSON.parse((await runCli(['terms', 'list', '--json'], env)).stdout) as {
      id: string;
      origin: string;
    }[];
    expect(list.find((entry) => entry.id === 'acme-2026')?.origin).toBe('operator');
    const again = await runCli(['terms', 'add', own], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('publishes a new version with --supersedes, checking its lineage', async () => {
    const next = write('bit-next.json', {
      ...shipped,
      id: 'bit-2027-01-01',
      version: '2027-01-01',
      publishedOn: '2027-01-01',
    });
    const published = await runCli(['terms', 'add', next, '--supersedes', 'bit-2016-10-25', '--json'], env);
    expect(published.status).toBe(0);
    expect(JSON.parse(published.stdout)).toEqual({ id: 'bit-2027-01-01', added: true, notified: [] });
    const older = write('bit-old.json', {
      ...shipped,
      id: 'bit-2001',
      version: '2001',
      publishedOn: '2001-01-01',
    });
    const refused = await runCli(['terms', 'add', older, '--supersedes', 'bit-2016-10-25'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/publishedOn: must be after 2016-10-25/);
  });
});
