import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// Each command is a process of its own: a few seconds each on a busy machine.
describe('vezel network', { timeout: 120_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-network-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const vezel = (...args: string[]) => runCli(['network', ...args], env);
  const json = async (...args: string[]) => {
    const result = await vezel(...args, '--json');
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as Record<string, unknown> & { id: string };
  };
  const address = ['--street', 'Galileïlaan', '--postcode', '6716bp', '--city', 'Ede'];
  const ids = { customer: '', a: '', z: '', aNap: '', zNap: '', cpe: '', link: '' };

  it('records premises, a cable and NAPs, and activates the NAPs', async () => {
    const file = path.join(folder, 'customer.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        legalName: 'Glasvezel Ede B.V.',
        kvkNumber: '30000002',
        email: 'noc@gve.example',
        billingAddress: { street: 'Galileïlaan', houseNumber: '19', postcode: '6716 BP', city: 'Ede' },
      }),
    );
    const customer = await runCli(['customers', 'add', '--file', file, '--json'], env);
    ids.customer = (JSON.parse(customer.stdout) as { id: string }).id;

    const premises = await vezel(
      'premises',
      'add',
      ...address,
      '--house-number',
      '19',
      '--customer',
      ids.customer,
    );
    expect(premises.status).toBe(0);
    ids.a = /Added premises (PR-\d+)/.exec(premises.stdout)?.[1] ?? '';
    expect(premises.stdout).toContain(`${ids.a}: Galileïlaan 19, 6716 BP Ede, NL (customer ${ids.customer})`);
    ids.z = (await json('premises', 'add', ...address, '--house-number', '21')).id;

    const cable = await vezel('cables', 'add', 'EDE-NOORD-07', '--fibers', '96');
    expect(cable.stdout).toBe('Added cable EDE-NOORD-07: 96 fibers (vn:6.4.10).\n');
    const bad = await vezel('cables', 'add', 'EDE-2', '--fibers', '36');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^vezel: fiberCount: '36' is not a cable class of the repair-time table/);

    ids.aNap = (await json('naps', 'add', '--premises', ids.a, '--cable', 'EDE-NOORD-07', '--fiber', '1')).id;
    ids.zNap = (await json('naps', 'add', '--premises', ids.z, '--cable', 'EDE-NOORD-07', '--fiber', '2')).id;
    const taken = await vezel('naps', 'add', '--premises', ids.z, '--cable', 'EDE-NOORD-07', '--fiber', '2');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(`fiber 2 of cable EDE-NOORD-07 is used by ${ids.zNap}`);
    const active = await vezel('naps', 'activate', ids.aNap);
    expect(active.stdout).toMatch(
      new RegExp(`^${ids.aNap} active \\(activated \\d{4}-\\d{2}-\\d{2}\\) at ${ids.a}`),
    );
    expect((await vezel('naps', 'activate', ids.zNap)).status).toBe(0);
  });

  it('refuses a link without a switch at the A end, then registers and installs one', async () => {
    const refused = await vezel(
      'links',
      'order',
      '--customer',
      ids.customer,
      '--a-nap',
      ids.aNap,
      '--z-nap',
      ids.zNap,
      '--bandwidth',
      '1000',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `vezel: cannot order this link: A end: no switch is installed at premises ${ids.a} of ${ids.aNap} (vn:2.2.1)\n`,
    );
    const registered = await vezel(
      'cpe',
      'register',
      '--serial',
      'zx-001',
      '--model',
      'Zyxel',
      '--ports',
      '8',
      '--sticker',
      'VZ-1',
    );
    expect(registered.status).toBe(0);
    ids.cpe = /Registered (CPE-\d+)/.exec(registered.stdout)?.[1] ?? '';
    const twice = await vezel(
      'cpe',
      'register',
      '--serial',
      'ZX-001',
      '--model',
      'Zyxel',
      '--ports',
      '8',
      '--sticker',
      'VZ-2',
    );
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(`serial number ZX-001 is registered already as ${ids.cpe}`);
    const installed = await vezel(
      'cpe',
      'install',
      ids.cpe,
      '--customer',
      ids.customer,
      '--premises',
      ids.a,
      '--ownership',
      'lent',
      '--deposit',
      '150',
    );
    expect(installed.status).toBe(0);
    expect(installed.stdout).toMatch(
      `${ids.cpe} installed at ${ids.a}: Zyxel (8 ports), serial ZX-001, sticker VZ-1, lent, deposit € 150,00`,
    );
    expect(installed.stdout).toMatch(/risk passes on \d{4}-\d{2}-\d{2} \(vn:2\.1\.12\)/);
    const elsewhere = await vezel(
      'cpe',
      'install',
      ids.cpe,
      '--customer',
      ids.customer,
      '--premises',
      ids.z,
      '--ownership',
      'lent',
    );
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toMatch(`is installed at premises ${ids.a}`);
  });

  it('orders a link on the lowest free VLAN, shows it and the pools, and ends it', async () => {
    const link = await json(
      'links',
      'order',
      '--customer',
      ids.customer,
      '--a-nap',
      ids.aNap,
      '--z-nap',
      ids.zNap,
      '--bandwidth',
      '1000',
    );
    ids.link = link.id;
    expect(link).toMatchObject({ vlan: 100, poolId: 'default', zNapId: ids.zNap, endedOn: null });
    const shown = await vezel('links', 'show', ids.link);
    expect(shown.stdout).toBe(
      `${ids.link} ${ids.aNap} → ${ids.zNap}: 1000 Mbit/s, VLAN 100 (pool default), customer ${ids.customer}, running\n`,
    );
    expect((await vezel('links', 'vlan-pools')).stdout).toMatch(/^default\s+100–3999: 1 used, 3899 free$/m);
    const ended = await vezel('links', 'end', ids.link, '--reason', 'test');
    expect(ended.stdout).toMatch(/, ended \d{4}-\d{2}-\d{2}\n$/);
    const both = await vezel(
      'links',
      'order',
      '--customer',
      ids.customer,
      '--a-nap',
      ids.aNap,
      '--bandwidth',
      '10',
    );
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/z: must be either \{ napId \} or \{ handoff \}/);
  });

  it('takes the switch back and shows it by serial number; shows the premises', async () => {
    const missing = await vezel('cpe', 'return', ids.cpe);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/sticker: is required/);
    const returned = await vezel('cpe', 'return', ids.cpe, '--sticker', 'VZ-1', '--damage-share', '0.25');
    expect(returned.status).toBe(0);
    expect(returned.stdout).toMatch(/damage share 0\.25\n {2}sticker present\n$/);
    expect(await json('cpe', 'show', 'zx-001')).toMatchObject({
      id: ids.cpe,
      state: 'returned',
      premisesId: null,
    });
    const premises = await json('premises', 'show', ids.a);
    expect(premises).toMatchObject({ naps: [{ id: ids.aNap, fiberCount: 96 }], cpe: [] });
    const unknown = await vezel('links', 'show', 'L-999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("vezel: link 'L-999' does not exist\n");
  });

  it('settles the deposit of the returned switch once, and runs the daily ending steps', async () => {
    const bad = await vezel('settle-deposit', ids.cpe, '--open-claims', 'twenty');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--open-claims/);
    const settled = await vezel('settle-deposit', ids.cpe, '--open-claims', '20.00');
    expect(settled.status).toBe(0);
    expect(settled.stdout).toMatch(/^refund 92\.50 {2}\(vn:7\.2\.2, vn:7\.2\.3, vn:7\.2\.4\)\n/);
    const again = await vezel('settle-deposit', ids.cpe);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/was settled on/);
    expect((await vezel('close-ended')).stdout).toBe('No ended contract has anything left on the network.\n');
    expect(JSON.parse((await vezel('remind-cpe-returns', '--json')).stdout)).toEqual([]);
  });
});
