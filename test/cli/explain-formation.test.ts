import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// An id that is not shipped makes the CLI open the store to look for the operator's own: an empty one.
const emptyStore = { VEZEL_DATA: fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-explain-')) };
afterAll(() => fs.rmSync(emptyStore.VEZEL_DATA, { recursive: true, force: true }));

const bit = ['--profile', 'bit-2016-10-25', '--order-received', '2026-03-02'];
const vn = ['--profile', 'vitrumnet-2.5-2018-04-15', '--order-received', '2026-03-02'];

async function answer(args: readonly string[]) {
  const result = await runCli(['explain', 'formation', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

// Each case starts the CLI (a few seconds); the full tables are in the HTTP and rule tests.
describe.concurrent('vezel explain formation', () => {
  it('bit:2.3: formed 14 days after the order, or earlier when confirmed in writing', async () => {
    const json = await answer([...bit, '--confirmed', '2026-03-05']);
    expect(json).toEqual({
      formed: true,
      formationDate: '2026-03-05',
      refusalDeadline: '2026-03-16',
      because: ['bit:2.3'],
      profile: 'bit-2016-10-25',
      orderReceived: '2026-03-02',
      formedBy: 'written-confirmation',
      refusal: 'none',
    });
  });

  it('bit:2.3: a refusal within the 14 days means no contract', async () => {
    const json = await answer([...bit, '--refused', '2026-03-16']);
    expect(json).toMatchObject({
      formed: false,
      formationDate: null,
      refusalDeadline: '2026-03-16',
      refusal: 'in-time',
    });
  });

  it('vn:1.5.2: formed when a signed form is accepted', async () => {
    const json = await answer([...vn, '--accepted', '2026-03-09', '--signed-form']);
    expect(json).toMatchObject({
      formed: true,
      formationDate: '2026-03-09',
      refusalDeadline: null,
      because: ['vn:1.5.2', 'vn:1.5.4'],
      formedBy: 'acceptance',
    });
  });

  it('vn:1.5.4: activation without written acceptance forms it, told in words', async () => {
    const result = await runCli(['explain', 'formation', ...vn, '--activated', '2026-04-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^formed on 2026-04-01 {2}\(vn:1\.5\.2, vn:1\.5\.4\)$/m);
    expect(result.stdout).toMatch(/activated without written acceptance, which counts as acceptance/);
  });

  it('prints the refusal deadline and why in words', async () => {
    const result = await runCli(['explain', 'formation', ...bit, '--refused', '2026-03-17']);
    expect(result.stdout).toMatch(/^formed on 2026-03-16 {2}\(bit:2\.3\)$/m);
    expect(result.stdout).toMatch(/refusal deadline: 2026-03-16/);
    expect(result.stdout).toMatch(/refusal came too late/);
  });

  it.each([
    [
      [...vn, '--accepted', '2026-03-09'],
      /--signed-form: is missing: acceptance forms a contract only on a completed and signed form/,
    ],
    [
      [...bit, '--accepted', '2026-03-09'],
      /--accepted: is not used by bit-2016-10-25, whose contracts form by refusal-window/,
    ],
    [[...bit, '--confirmed', '2026-03-01'], /--confirmed: 2026-03-01 is before the order was received/],
    [
      ['--profile', 'nope', '--order-received', '2026-03-02'],
      /--profile: 'nope' is not a known terms profile/,
    ],
    [['--profile', 'bit-2016-10-25'], /required option '--order-received <date>'/],
    [['--profile', 'bit-2016-10-25', '--order-received', '2026-02-29'], /'2026-02-29' is not a valid date/],
  ])('exits 2 with one line naming the problem for %j', async (args, expected) => {
    const result = await runCli(['explain', 'formation', ...args], emptyStore);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });

  it('documents which options apply to which profile in --help', async () => {
    const result = await runCli(['explain', 'formation', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--signed-form/);
    expect(result.stdout).toMatch(/refusal window \(bit-2016-10-25, bit:2\.3\)/);
    expect(result.stdout).toMatch(/signed acceptance \(vitrumnet-2\.5-2018-04-15/);
  });
});
