import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel sellers', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-sellers-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const write = (name: string, document: unknown) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  };

  it('lists the shipped sellers and shows one, as text and as JSON', async () => {
    const list = await runCli(['sellers', 'list'], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^bit\s+BIT B\.V\.\s+bit-2016-10-25\s+BIT \/ BITC$/m);
    expect(list.stdout).toMatch(/^vitrumnet\s+VitrumNet B\.V\.\s+vitrumnet-2\.5-2018-04-15\s+VN$/m);
    const show = await runCli(['sellers', 'show', 'bit'], env);
    expect(show.stdout).toMatch(/IBAN\s+NL91 ABNA 0417 1643 00 \(BIC ABNANL2A\)/);
    expect(show.stdout).toMatch(/phone\s+0318 648 688/);
    const json = await runCli(['sellers', 'show', 'vitrumnet', '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'vitrumnet', invoiceSeries: 'VN', phone: null });
  });

  const acme = {
    id: 'acme-fiber',
    legalName: 'Acme Fiber B.V.',
    profileId: 'bit-2016-10-25',
    kvkNumber: '12345678',
    vatId: 'NL123456782B01',
    iban: 'NL20INGB0001234567',
    address: { street: 'Stationsplein', houseNumber: '1', postcode: '3511 ED', city: 'Utrecht' },
    email: 'billing@acme.example',
    invoiceSeries: 'ACF',
  };

  it('adds a seller from a file and updates it', async () => {
    const added = await runCli(['sellers', 'add', '--file', write('acme.json', acme)], env);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/Added seller 'acme-fiber' \(Acme Fiber B\.V\.\)/);
    const updated = await runCli(
      [
        'sellers',
        'update',
        'acme-fiber',
        '--file',
        write('changes.json', { phone: '030 123 4567' }),
        '--json',
      ],
      env,
    );
    expect(updated.status).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({ id: 'acme-fiber', phone: '+31301234567' });
  });

  it('refuses bad fields and unknown sellers with status 2, a taken id with status 1', async () => {
    const bad = await runCli(
      [
        'sellers',
        'add',
        '--file',
        write('bad.json', { ...acme, id: 'acme-2', kvkNumber: '1', invoiceSeries: 'a b' }),
      ],
      env,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /kvkNumber: must be 8 digits, not '1'; invoiceSeries: must be 1 to 10 capital/,
    );
    const taken = await runCli(['sellers', 'add', '--file', write('acme.json', acme)], env);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/seller 'acme-fiber' already exists/);
    const unknown = await runCli(['sellers', 'show', 'nope'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/seller 'nope' does not exist/);
  });
});
