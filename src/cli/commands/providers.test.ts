import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.ts';

describe('vezel providers', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-providers-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('admits a provider, issues it a token shown once, lists and shows it, and revokes the token', async () => {
    const admitted = await runCli(
      [
        'providers',
        'admit',
        '--name',
        'CLI Fiber',
        '--email',
        'o@clifiber.example',
        '--helpdesk-phone',
        '0318 648 688',
        '--webhook-url',
        'https://clifiber.example/hooks',
        '--json',
      ],
      env,
    );
    expect(admitted.status).toBe(0);
    const { provider, webhookSecret } = JSON.parse(admitted.stdout);
    expect(webhookSecret).toMatch(/^whsec_/);
    const token = await runCli(['providers', 'token', provider.id, '--name', 'order system'], env);
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/shown this once/);
    expect(token.stdout).toMatch(/^vzl_[A-Za-z0-9_-]{43}$/m);
    const listed = await runCli(['providers', 'list'], env);
    expect(listed.stdout).toMatch(
      new RegExp(`${provider.id}\\s+CLI Fiber\\s+admitted \\d{4}-\\d{2}-\\d{2}\\s+1 active token`),
    );
    const shown = await runCli(['providers', 'show', provider.id], env);
    expect(shown.stdout).toMatch(/TK-\d+ order system: issued/);
    expect(shown.stdout).not.toMatch(/vzl_/);
    const tokenId = /TK-\d+/.exec(shown.stdout)![0];
    const revoked = await runCli(['providers', 'revoke-token', provider.id, tokenId], env);
    expect(revoked.stdout).toMatch(`Revoked ${tokenId} (order system)`);
    const suspended = await runCli(
      ['providers', 'suspend', provider.id, '--reason', 'admission withdrawn'],
      env,
    );
    expect(suspended.stdout).toMatch(/Suspended TP-\d+ CLI Fiber/);
  });

  it('names the bad fields with status 2, and an unknown provider too', async () => {
    const bad = await runCli(['providers', 'admit', '--name', 'X', '--email', 'nope'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/email: .*helpdeskEmail: give helpdeskEmail or helpdeskPhone/);
    const unknown = await runCli(['providers', 'show', 'TP-999'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/provider 'TP-999' does not exist/);
  });
});
