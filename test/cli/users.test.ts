import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runCli, vezelBin } from '../support/run-cli.ts';
import type { CliResult } from '../support/run-cli.ts';
import { startServe } from '../support/serve-process.ts';

/** `vezel …` with `input` on its standard input. */
function runCliWithInput(args: readonly string[], input: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [vezelBin, ...args],
      { cwd: repositoryRoot, env: { ...process.env, VEZEL_LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

const signIn = (baseUrl: string, email: string, password: string) =>
  fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('vezel users, and the first admin of vezel serve', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-users-'));
  const env = { VEZEL_DATA: path.join(folder, 'data') };
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('makes admin@localhost on a store without users and prints the password once', async () => {
    const serve = await startServe(env);
    try {
      // The server prints it right after it starts listening; give the pipe a moment.
      for (let i = 0; i < 50 && !/password: \S+/.test(serve.output()); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const output = serve.output();
      const password = /password: (\S+)/.exec(output)?.[1] ?? '';
      expect(output).toMatch(/http:\/\/localhost:\d+\/app\//);
      expect(output).toMatch(/e-mail: {3}admin@localhost/);
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const response = await signIn(serve.baseUrl, 'admin@localhost', password);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { user: { role: string } }).user.role).toBe('admin');
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });

  it('creates, lists, gives passwords and tokens, and deactivates users', async () => {
    const created = await runCliWithInput(
      [
        'users',
        'create',
        '--email',
        'Bea@Example.nl',
        '--name',
        'Bea Billing',
        '--role',
        'billing',
        '--seller',
        'bit',
        '--password-stdin',
      ],
      'a password from stdin\n',
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(
      /^Created U-2 +bea@example\.nl +billing +active +Bea Billing \(seller bit\)$/m,
    );
    expect(created.stdout).not.toMatch(/Password/);

    const made = await runCli(
      [
        'users',
        'create',
        '--email',
        'nora@example.nl',
        '--name',
        'Nora',
        '--role',
        'noc',
        '--language',
        'en',
        '--json',
      ],
      env,
    );
    expect(made.status).toBe(0);
    const madeJson = JSON.parse(made.stdout) as {
      user: { email: string; language: string };
      password: string;
    };
    expect(madeJson.user).toMatchObject({ email: 'nora@example.nl', language: 'en' });
    expect(madeJson.password).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const refused = await runCli(
      ['users', 'create', '--email', 'p@example.nl', '--name', 'P', '--role', 'provider'],
      env,
    );
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/providerId: is required for the role provider/);

    const list = await runCli(['users', 'list'], env);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[1]),
    ).toEqual(['admin@localhost', 'bea@example.nl', 'nora@example.nl']);

    const token = await runCli(['users', 'token', 'BEA@example.nl', '--name', 'usage import'], env);
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/^vzu_[A-Za-z0-9_-]{43}$/m);

    const password = await runCliWithInput(
      ['users', 'password', 'nora@example.nl', '--password-stdin'],
      'short',
      env,
    );
    expect(password.status).not.toBe(0);
    expect(password.stderr).toMatch(/password: must be at least 12 characters/);

    const deactivated = await runCli(['users', 'deactivate', 'nora@example.nl'], env);
    expect(deactivated.stdout).toMatch(/Deactivated nora@example\.nl/);
    const json = JSON.parse((await runCli(['users', 'list', '--json'], env)).stdout) as {
      email: string;
      active: boolean;
    }[];
    expect(json.find((user) => user.email === 'nora@example.nl')?.active).toBe(false);
    expect(JSON.stringify(json)).not.toMatch(/scrypt|passwordHash/);
  });

  it('makes no second admin on a store with users, and the CLI’s users sign in', async () => {
    const serve = await startServe(env);
    try {
      expect(serve.output()).not.toMatch(/password:/);
      expect((await signIn(serve.baseUrl, 'bea@example.nl', 'a password from stdin')).status).toBe(200);
    } finally {
      await serve.stop();
    }
  });
});
