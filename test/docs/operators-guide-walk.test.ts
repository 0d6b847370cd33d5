import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/run-cli.ts';

/*
 * The operator's guide, followed as a newcomer would: docs/examples/operators-guide-walk.sh runs its
 * commands and curl calls from an empty store to a bill run, a matched bank payment, dunning, a fault
 * and an ending, and exits non-zero at the first figure that is not what the guide says.
 */

const onPath = (tool: string) =>
  (process.env.PATH ?? '').split(':').some((folder) => fs.existsSync(path.join(folder, tool)));
const tools = onPath('curl') && onPath('jq');

describe.skipIf(!tools)("the operator's guide, walked end to end", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-walk-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it(
    'gets from an empty store to a bill run and a matched bank payment, as the guide says',
    async () => {
      const walk = await promisify(execFile)('bash', ['docs/examples/operators-guide-walk.sh'], {
        cwd: repositoryRoot,
        env: { ...process.env, VEZEL_DATA: path.join(folder, 'data'), PORT: '3989', VEZEL_LOG_LEVEL: 'warn' },
        timeout: 15 * 60_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      expect(walk.stdout).toMatch(/RF\d\d/);
    },
    16 * 60_000,
  );
});
