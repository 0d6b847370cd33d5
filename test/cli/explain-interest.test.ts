import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const interest = (...args: string[]) => runCli(['explain', 'interest', ...args]);

// The figures are worked by hand in src/collections/rules/statutory-interest.test.ts.
describe.concurrent('vezel explain interest', () => {
  it('nl:6:119: answers JSON with the value under interest, then the periods', async () => {
    const result = await interest(
      ...['--kind', 'non-commercial', '--principal', '€ 1.000,00'],
      ...['--due', '2024-02-28', '--until', '2026-03-05', '--json'],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      interest: '129.86',
      because: ['nl:6:119'],
      kind: 'non-commercial',
      principal: '1000.00',
      defaultFrom: '2024-02-29',
      compounded: [
        { on: '2025-02-28', added: '68.41' },
        { on: '2026-02-28', added: '60.71' },
      ],
    });
    expect(json.periods).toHaveLength(5);
    expect(Object.keys(json).slice(0, 2)).toEqual(['interest', 'because']);
  });

  it('nl:6:119a: prints the interest first, then each period with its days and rate', async () => {
    const result = await interest(
      ...['--kind', 'commercial', '--principal', '10000'],
      ...['--due', '2023-03-15', '--until', '2025-03-20'],
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('interest 2540.26  (nl:6:119a)');
    expect(result.stdout).toMatch(
      /^ {2}2023-03-16 … 2023-06-30 {2}107 days × 10\.50 % on 10000\.00 = 307\.81$/m,
    );
    expect(result.stdout).toMatch(/^ {2}2024-03-16 {2}the year's interest 1169\.59 added to the principal$/m);
    expect(result.stdout).toMatch(
      /^ {2}2025-03-16 … 2025-03-20 {2}5 days × 11\.15 % on 12521\.14 = 19\.12$/m,
    );
  });

  it('exits 2 with one line naming every wrong option', async () => {
    const result = await interest(
      ...['--kind', 'commercial', '--principal', '-5'],
      ...['--due', '2025-02-30', '--until', '2025-03-20'],
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: --principal: must be 0 or more, not -5\.00; --due: '2025-02-30'/);
  });
});
