import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/*
 * `vezel demo` and VEZEL_DEMO at their edges. Loading the whole demo is test/browser/demo-operator.test.ts;
 * here what must not happen: a demo over real data, a reset of a server's database, a bad setting.
 */
describe('vezel demo', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-demo-cli-'));
  afterAll(() => {
    for (const entry of fs.readdirSync(path.dirname(dataDir)))
      if (entry.startsWith(path.basename(dataDir)))
        fs.rmSync(path.join(path.dirname(dataDir), entry), { recursive: true, force: true });
  });

  it('refuses a store that holds users or customers, pointing at --reset, and changes nothing', async () => {
    const user = ['users', 'create', '--email', 'anna@example.nl', '--name', 'Anna', '--role', 'admin'];
    expect((await runCli(user, { VEZEL_DATA: dataDir })).status).toBe(0);
    const result = await runCli(['demo'], { VEZEL_DATA: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already holds customers or users: `vezel demo --reset`/);
    const list = await runCli(['users', 'list', '--json'], { VEZEL_DATA: dataDir });
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('--reset starts over only an embedded store: a PostgreSQL server is refused, untouched', async () => {
    const result = await runCli(['demo', '--reset'], {
      VEZEL_DATA: dataDir,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /only the embedded store; on a PostgreSQL server drop and create the database/,
    );
    expect(fs.existsSync(dataDir)).toBe(true);
  });

  it('refuses a VEZEL_DEMO that is neither 0 nor 1, naming it', async () => {
    const result = await runCli(['serve'], { VEZEL_DATA: dataDir, VEZEL_DEMO: 'yes' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/VEZEL_DEMO: must be 1 .* or 0/);
  });
});
