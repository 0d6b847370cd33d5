import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel customers', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-customers-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, document: unknown) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  };
  const company = {
    legalName: 'Glasvezel Utrecht B.V.',
    kvkNumber: '3000 0001',
    email: 'factuur@gvu.example',
    billingAddress: { street: 'Stationsplein', houseNumber: '1', postcode: '3511ed', city: 'Utrecht' },
    contacts: [{ name: 'NOC', roles: ['fault'], phoneOfficeHours: '030 123 4567' }],
  };
  let id = '';

  it('adds a customer from a file, showing what fault reports still miss', async () => {
    const added = await runCli(['customers', 'add', '--file', write('gvu.json', company)], env);
    expect(added.status).toBe(0);
    id = /Added customer (CU-\d+)/.exec(added.stdout)?.[1] ?? '';
    expect(id).not.toBe('');
    expect(added.stdout).toMatch(/KvK number\s+30000001/);
    expect(added.stdout).toMatch(/#\d+ NOC \[fault\]; phone in office hours 030 123 4567, outside -/);
    expect(added.stdout).toMatch(/not ready \(vn:6\.4\.9\): missing faultContact\.phoneOutsideOfficeHours/);
  });

  it('refuses bad fields with status 2 and a duplicate with status 1, naming the customer', async () => {
    const bad = await runCli(
      ['customers', 'add', '--file', write('bad.json', { ...company, kvkNumber: '1', email: 'gvu' })],
      env,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vezel: kvkNumber: must be 8 digits, not '1'; email: 'gvu' /);
    const duplicate = await runCli(['customers', 'add', '--file', write('gvu.json', company)], env);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(new RegExp(`customer ${id} already has KvK number 30000001`));
  });

  it('lists and searches customers, and shows one as JSON', async () => {
    const list = await runCli(['customers', 'list', '--search', 'glasvezel'], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(
      new RegExp(`^${id}\\s+business\\s+Glasvezel Utrecht B\\.V\\.\\s+30000001`, 'm'),
    );
    expect(list.stdout).toMatch(/^1 customer\(s\)$/m);
    const none = await runCli(['customers', 'list', '--search', 'nothing', '--json'], env);
    expect(JSON.parse(none.stdout)).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    const show = await runCli(['customers', 'show', id, '--json'], env);
    expect(JSON.parse(show.stdout)).toMatchObject({ id, faultReadiness: { ready: false } });
    const unknown = await runCli(['customers', 'show', 'CU-999999'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/customer 'CU-999999' does not exist/);
  });
});
