import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const bit = ['--profile', 'bit-2016-10-25'];

describe.concurrent('vezel explain complaint-deadline', () => {
  it('bit:9.1: 3 working days after a delivery, stepping over King’s Day', async () => {
    const result = await runCli([
      'explain',
      'complaint-deadline',
      ...bit,
      '--kind',
      'delivery',
      '--date',
      '2026-04-24',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      deadline: '2026-04-30',
      kind: 'delivery',
      date: '2026-04-24',
      workingDays: 3,
      weekendDays: 2,
      skipped: [{ date: '2026-04-27', reason: 'Koningsdag' }],
    });
    expect(json.because).toEqual(expect.arrayContaining(['bit:9.1', 'nl:workdays']));
    expect(Object.keys(json).slice(0, 2)).toEqual(['deadline', 'because']);
  });

  it('bit:9.2: 14 working days after the invoice date, over Christmas and New Year, in words', async () => {
    const result = await runCli([
      'explain',
      'complaint-deadline',
      ...bit,
      '--kind',
      'invoice',
      '--date',
      '2026-12-18',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2027-01-11 {2}\(bit:9\.1, .*nl:workdays\)$/m);
    expect(result.stdout).toMatch(/14 working days after the invoice dated 2026-12-18/);
    expect(result.stdout).toMatch(/ {2}2026-12-25 {2}Eerste Kerstdag/);
    expect(result.stdout).toMatch(/ {2}2027-01-01 {2}Nieuwjaarsdag/);
  });

  it.each([
    [
      ['--profile', 'vitrumnet-2.5-2018-04-15', '--kind', 'invoice', '--date', '2026-01-05'],
      /--profile: vitrumnet-2\.5-2018-04-15 sets no complaint deadlines/,
    ],
    [[...bit, '--kind', 'quality', '--date', '2026-01-05'], /'--kind <kind>' argument 'quality' is invalid/],
    [[...bit, '--kind', 'invoice', '--date', '05-01-2026'], /'05-01-2026' is not a valid date/],
    [[...bit, '--kind', 'invoice'], /required option '--date <date>'/],
  ])('exits 2 with one line naming the problem for %j', async (args, expected) => {
    const result = await runCli(['explain', 'complaint-deadline', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });
});
