import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const costs = (...args: string[]) => runCli(['explain', 'collection-costs', ...args]);

describe.concurrent('vezel explain collection-costs', () => {
  it('nl:bik: prints the amount first, then the brackets', async () => {
    const result = await costs('--principal', '€ 12.000,00', '--consumer');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('895.00  (nl:bik)');
    expect(lines.slice(2, 6)).toEqual([
      '   15% of 2500.00 (0.00 to 2500.00) = 375.00',
      '   10% of 2500.00 (2500.00 to 5000.00) = 250.00',
      '    5% of 5000.00 (5000.00 to 10000.00) = 250.00',
      '    1% of 2000.00 (10000.00 to 200000.00) = 20.00',
    ]);
    expect(result.stdout).toMatch(/rounded once to the cent, half away from zero/);
  });

  it('answers JSON with the amount and every figure', async () => {
    const result = await costs('--principal', '100', '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      amount: '40.00',
      because: ['nl:bik'],
      principal: '100.00',
      customer: 'business',
      brackets: [{ rate: '15%', base: '100.00', amount: '15.00' }],
      scaleTotal: '15.00',
      limit: 'minimum',
    });
  });

  it('exits 2 with one line naming the option', async () => {
    const result = await costs('--principal', '12,345');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: --principal: '12,345' has more than two decimals/);
  });
});
