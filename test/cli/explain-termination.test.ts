import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// An id that is not shipped makes the CLI open the store to look for the operator's own: an empty one.
const emptyStore = { VEZEL_DATA: fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-explain-')) };
afterAll(() => fs.rmSync(emptyStore.VEZEL_DATA, { recursive: true, force: true }));

const bit = ['--profile', 'bit-2016-10-25'];
const vn = ['--profile', 'vitrumnet-2.5-2018-04-15'];

async function answer(args: readonly string[]) {
  const result = await runCli(['explain', 'termination', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

// Each case starts the CLI (a few seconds); the full tables of refused input are in the HTTP and
// rule tests, here each kind of mistake is shown once.
describe.concurrent('vezel explain termination', () => {
  it.each([
    ['2026-02-28', '2026-03-31'],
    ['2026-03-01', '2026-06-30'],
  ])('bit:12.2 indefinite, notice on %s: ends on %s', async (notice, end) => {
    const json = await answer([...bit, '--kind', 'indefinite', '--start', '2025-06-01', '--notice', notice]);
    expect(json).toMatchObject({
      effectiveDate: end,
      because: ['bit:12.2'],
      currentTermEnd: '2026-03-31',
      noticeDeadline: '2026-02-28',
    });
    expect(Object.keys(json).slice(0, 2)).toEqual(['effectiveDate', 'because']);
  });

  it.each([
    ['2026-11-30', '2026-12-31'],
    ['2026-12-01', '2027-12-31'],
  ])('bit:12.3 domain, notice on %s: ends on %s', async (notice, end) => {
    const json = await answer([...bit, '--kind', 'domain', '--start', '2019-04-01', '--notice', notice]);
    expect(json).toMatchObject({ effectiveDate: end, because: ['bit:12.3'], noticeDeadline: '2026-11-30' });
  });

  it.each([
    ['2026-11-30', '2026-12-31'],
    ['2026-12-01', '2027-12-31'],
  ])('bit:12.1 fixed-term of 12 months from 2026-01-01, notice on %s: ends on %s', async (notice, end) => {
    const args = [
      ...bit,
      '--kind',
      'fixed-term',
      '--start',
      '2026-01-01',
      '--term-months',
      '12',
      '--notice',
      notice,
    ];
    expect(await answer(args)).toMatchObject({
      effectiveDate: end,
      because: ['bit:12.1'],
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-11-30',
    });
  });

  it.each([
    ['2026-08-31', '2026-12-31'],
    ['2026-09-01', '2027-12-31'],
  ])(
    'vn:1.6.1 24 months from 2025-01-01, notice on %s: ends on %s (12-month renewal)',
    async (notice, end) => {
      const args = [
        ...vn,
        '--kind',
        'fixed-term',
        '--start',
        '2025-01-01',
        '--term-months',
        '24',
        '--notice',
        notice,
      ];
      expect(await answer(args)).toMatchObject({
        effectiveDate: end,
        because: ['vn:1.5.1', 'vn:1.6.1'],
        currentTermEnd: '2026-12-31',
        noticeDeadline: '2026-08-31',
        renewalMonths: 12,
        protection: null,
      });
    },
  );

  it('nl:tw7.2a: a business with an access service, after renewal, ends on notice + 1 month', async () => {
    const args = [...vn, '--kind', 'fixed-term', '--start', '2025-01-01', '--term-months', '24'];
    const json = await answer([...args, '--service', 'access', '--notice', '2027-03-10']);
    expect(json).toMatchObject({
      effectiveDate: '2027-04-10',
      because: ['vn:1.5.1', 'vn:1.6.1', 'nl:tw7.2a'],
      protection: 'nl:tw7.2a',
      contractualEnd: '2027-12-31',
      customer: 'business',
      service: 'access',
    });
  });

  it('nl:6:236j: a consumer, after renewal, ends on notice + 1 month', async () => {
    const args = [...bit, '--kind', 'fixed-term', '--start', '2026-01-01', '--term-months', '12'];
    const json = await answer([
      ...args,
      '--customer',
      'consumer',
      '--service',
      'hosting',
      '--notice',
      '2027-03-10',
    ]);
    expect(json).toMatchObject({
      effectiveDate: '2027-04-10',
      because: ['bit:12.1', 'nl:6:236j'],
      protection: 'nl:6:236j',
    });
  });

  it('prints the dates, the rule ids and the figures in words', async () => {
    const args = [
      ...vn,
      '--kind',
      'fixed-term',
      '--start',
      '2025-01-01',
      '--term-months',
      '24',
      '--notice',
      '2026-09-01',
    ];
    const result = await runCli(['explain', 'termination', ...args]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2027-12-31 {2}\(vn:1\.5\.1, vn:1\.6\.1\)$/m);
    expect(result.stdout).toMatch(/4 months' notice/);
    expect(result.stdout).toMatch(/ends on 2026-12-31; notice for that end was due by 2026-08-31/);
    expect(result.stdout).toMatch(/renewals of 12 months/);
  });

  it('says in words when a law shortened the notice', async () => {
    const args = [
      ...vn,
      '--kind',
      'fixed-term',
      '--start',
      '2025-01-01',
      '--term-months',
      '24',
      '--service',
      'link',
    ];
    const result = await runCli(['explain', 'termination', ...args, '--notice', '2027-03-10']);
    expect(result.stdout).toMatch(/^2027-04-10 {2}\(vn:1\.5\.1, vn:1\.6\.1, nl:tw7\.2a\)$/m);
    expect(result.stdout).toMatch(/nl:tw7\.2a .*2027-04-10, earlier than the contractual end/);
  });

  const fixed = ['--kind', 'fixed-term', '--start', '2025-01-01', '--notice', '2026-03-01'];
  it.each([
    [
      ['--profile', 'nope', ...fixed, '--term-months', '12'],
      /--profile: 'nope' is not a known terms profile; known: bit-2016-10-25, vitrumnet/,
    ],
    [
      [...bit, '--kind', 'fixed-term', '--start', '2025-01-01', '--term-months', '12'],
      /required option '--notice <date>'/,
    ],
    [
      [...bit, ...fixed, '--term-months', '12', '--start', '2026-02-30'],
      /'2026-02-30' is not a valid date.*February 2026 has 28 days/,
    ],
    [
      [...vn, '--kind', 'indefinite', '--start', '2025-01-01', '--notice', '2026-03-01'],
      /--kind: vitrumnet-2\.5-2018-04-15 has no terms for indefinite contracts; it knows fixed-term, third-party/,
    ],
    [
      [...bit, '--kind', 'weekly', '--start', '2025-01-01', '--notice', '2026-03-01'],
      /'--kind <kind>' argument 'weekly' is invalid/,
    ],
    [[...bit, ...fixed, '--term-months', '-1'], /--term-months.*'-1' is not a whole number/],
    [[...bit, ...fixed, '--term-months', 'twelve'], /--term-months.*'twelve' is not a whole number/],
    [[...bit, ...fixed, '--term-months', '0'], /--term-months: must be a whole number of months from 1/],
    [[...bit, ...fixed], /--term-months: is required/],
  ])('exits 2 with one line naming the problem for %j', async (args, expected) => {
    const result = await runCli(['explain', 'termination', ...args], emptyStore);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });

  it('documents itself in --help', async () => {
    const result = await runCli(['explain', 'termination', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: vezel explain termination/);
    expect(result.stdout).toMatch(/--payment-term-months <n>/);
    expect(result.stdout).toMatch(/nl:tw7\.2a/);
  });
});
