import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('vezel explain workdays', () => {
  it('prints the date and its rule id as JSON', async () => {
    const result = await runCli(['explain', 'workdays', '--from', '2026-12-18', '--add', '14', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      date: '2027-01-11',
      because: ['nl:workdays'],
      from: '2026-12-18',
      add: 14,
    });
    expect(Object.keys(answer).slice(0, 2)).toEqual(['date', 'because']);
  });

  it('prints text for people, naming the holidays stepped over', async () => {
    const result = await runCli(['explain', 'workdays', '--from', '2026-12-18', '--add', '14']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2027-01-11 {2}\(nl:workdays\)$/m);
    expect(result.stdout).toMatch(/2026-12-25/);
    expect(result.stdout).toMatch(/2027-01-01/);
  });

  it('counts from --as-of when --from is left out', async () => {
    const result = await runCli(['explain', 'workdays', '--as-of', '2026-12-18', '--add', '14', '--json']);
    expect(JSON.parse(result.stdout).date).toBe('2027-01-11');
  });

  it.each([
    [['--from', '2026-02-30', '--add', '1'], /'2026-02-30'/],
    [['--from', 'tomorrow', '--add', '1'], /tomorrow/],
    [['--from', '2026-12-18', '--add', '-1'], /--add/],
    [['--from', '2026-12-18', '--add', 'x'], /'x' is not a whole number/],
    [['--from', '2026-12-18'], /--add/],
    [['--from', '2026-12-18', '--add', '1', '--colour', 'blue'], /unknown option '--colour'/],
    [['--as-of', '2026-13-01', '--add', '1'], /'2026-13-01'/],
  ])('exits 2 with one line naming the problem for %j', async (args, expected) => {
    const result = await runCli(['explain', 'workdays', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });
});

describe('vezel --help', () => {
  it.each([[[]], [['serve']], [['migrate']], [['explain']], [['explain', 'workdays']]])(
    'is there for %j',
    async (command) => {
      const result = await runCli([...command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: vezel/);
      expect(result.stdout).toMatch(/--help/);
    },
  );

  it('refuses an unknown command with status 2', async () => {
    const result = await runCli(['bill-everyone']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'bill-everyone'/);
  });
});
