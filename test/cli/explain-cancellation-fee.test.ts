import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// An id that is not shipped makes the CLI open the store to look for the operator's own: an empty one.
const emptyStore = { VEZEL_DATA: fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-explain-')) };
afterAll(() => fs.rmSync(emptyStore.VEZEL_DATA, { recursive: true, force: true }));

const bit = ['--profile', 'bit-2016-10-25'];

describe.concurrent('vezel explain cancellation-fee', () => {
  it('bit:4.1: 15% of € 1.210,00 incl. VAT is 181.50', async () => {
    const result = await runCli([
      'explain',
      'cancellation-fee',
      ...bit,
      '--order-total-incl-vat',
      '€ 1.210,00',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      fee: '181.50',
      because: ['bit:4.1'],
      orderTotalInclVat: '1210.00',
      feeRate: '0.15',
      base: 'order-total-incl-vat',
      needsSellerConsent: true,
      profile: 'bit-2016-10-25',
    });
  });

  it('prints the fee, its rule and the sum in words', async () => {
    const result = await runCli(['explain', 'cancellation-fee', ...bit, '--order-total-incl-vat', '1210']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^181\.50 {2}\(bit:4\.1\)$/m);
    expect(result.stdout).toMatch(/0\.15 × 1210\.00 \(the order total incl\. VAT\)/);
    expect(result.stdout).toMatch(/only when the seller agrees/);
  });

  it.each([
    [
      ['--profile', 'vitrumnet-2.5-2018-04-15', '--order-total-incl-vat', '1210'],
      /--profile: vitrumnet-2\.5-2018-04-15 has no cancellation costs/,
    ],
    [
      ['--profile', 'nope', '--order-total-incl-vat', '1210'],
      /--profile: 'nope' is not a known terms profile/,
    ],
    [[...bit, '--order-total-incl-vat', '-5'], /--order-total-incl-vat: must be 0 or more/],
    [[...bit, '--order-total-incl-vat', 'lots'], /--order-total-incl-vat: 'lots' contains letters/],
    [[...bit], /required option '--order-total-incl-vat <amount>'/],
  ])('exits 2 with one line naming the problem for %j', async (args, expected) => {
    const result = await runCli(['explain', 'cancellation-fee', ...args], emptyStore);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vezel: /);
    expect(result.stderr).toMatch(expected);
  });
});
