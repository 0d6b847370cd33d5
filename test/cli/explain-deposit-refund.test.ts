import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const refund = (...args: string[]) => runCli(['explain', 'deposit-refund', ...args]);

describe.concurrent('vezel explain deposit-refund', () => {
  it('vn:7.2.2–7.2.4: answers JSON with every figure', async () => {
    const result = await refund(
      '--deposit',
      '€ 150,00',
      '--damage-share',
      '0.2',
      '--open-claims',
      '45.50',
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      refund: '74.50',
      because: ['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4'],
      deposit: '150.00',
      damageShare: '0.2',
      forfeited: '30.00',
      afterDamage: '120.00',
      openClaims: '45.50',
      setOff: '45.50',
      claimsLeft: '0.00',
    });
  });

  it('prints the refund first, then how it came about', async () => {
    const result = await refund('--deposit', '100', '--damage-share', '0.5', '--open-claims', '80');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('0.00  (vn:7.2.2, vn:7.2.3, vn:7.2.4)');
    expect(result.stdout).toMatch(/0\.5 × 100\.00 = 50\.00, rounded half away from zero/);
    expect(result.stdout).toMatch(/open claims 80\.00: 50\.00 set off against the deposit \(vn:7\.2\.3\)/);
    expect(result.stdout).toMatch(/^30\.00 of the open claims stays owed$/m);
  });

  it.each([
    [['--deposit', '-5', '--damage-share', '0', '--open-claims', '0'], /--deposit: must be 0 or more/],
    [
      ['--deposit', '100', '--damage-share', '1.2', '--open-claims', '0'],
      /--damage-share: 1\.2 is not a share from 0 to 1/,
    ],
    [
      ['--deposit', '100', '--damage-share', '0', '--open-claims', 'lots'],
      /--open-claims: 'lots' contains letters/,
    ],
    [['--deposit', '100', '--damage-share', '0'], /required option '--open-claims <amount>'/],
  ])('exits 2 with one line naming the option for %j', async (args, expected) => {
    const result = await refund(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });
});
