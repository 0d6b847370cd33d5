import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asInvalidInput } from '../../shared/errors/index.ts';
import { parseAmount } from '../../shared/money/index.ts';
import { damageShare, depositRefund } from './deposit-refund.ts';

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (invalid) return invalid.problems.map((p) => p.field);
    throw error;
  }
  throw new Error('expected the input to be refused');
};

describe('deposit refund (vn:7.2.2, vn:7.2.3, vn:7.2.4)', () => {
  it('forfeits the damaged share, sets off the open claims, refunds the rest', () => {
    expect(depositRefund({ deposit: 150_00, damageShare: '0.2', openClaims: 45_50 })).toEqual({
      value: 74_50,
      because: ['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4'],
      figures: {
        deposit: '150.00',
        damageShare: '0.2',
        forfeited: '30.00',
        afterDamage: '120.00',
        openClaims: '45.50',
        setOff: '45.50',
        claimsLeft: '0.00',
        refund: '74.50',
      },
    });
  });

  it('refunds the whole deposit without damage or claims', () => {
    expect(depositRefund({ deposit: 100_00, damageShare: '0', openClaims: 0 }).value).toBe(100_00);
  });

  it('never refunds below zero; what the deposit does not cover stays owed', () => {
    const { value, figures } = depositRefund({ deposit: 100_00, damageShare: '0.5', openClaims: 80_00 });
    expect(value).toBe(0);
    expect(figures).toMatchObject({
      afterDamage: '50.00',
      setOff: '50.00',
      claimsLeft: '30.00',
      refund: '0.00',
    });
  });

  it('forfeits everything for a lost switch', () => {
    const { value, figures } = depositRefund({ deposit: 100_00, damageShare: '1', openClaims: 20_00 });
    expect(value).toBe(0);
    expect(figures).toMatchObject({ forfeited: '100.00', setOff: '0.00', claimsLeft: '20.00' });
  });

  it.each([
    [1, '0.5', 1, 0],
    [3, '0.5', 2, 1],
    [5, '0.1', 1, 4],
    [15, '0.1', 2, 13],
    [99_99, '0.333', 33_30, 66_69],
  ])(
    'rounds the forfeited part half away from zero: %i cents × %s → %i forfeited',
    (deposit, share, forfeited, refund) => {
      const { value, figures } = depositRefund({ deposit, damageShare: share, openClaims: 0 });
      expect(parseAmount(figures.forfeited)).toBe(forfeited);
      expect(value).toBe(refund);
    },
  );

  it.each([
    [{ deposit: 100, damageShare: '1.01', openClaims: 0 }, ['damageShare']],
    [{ deposit: 100, damageShare: '-0.1', openClaims: 0 }, ['damageShare']],
    [{ deposit: 100, damageShare: '0,5', openClaims: 0 }, ['damageShare']],
    [{ deposit: 100, damageShare: '', openClaims: 0 }, ['damageShare']],
    [{ deposit: -1, damageShare: '0', openClaims: 0 }, ['deposit']],
    [{ deposit: 1.5, damageShare: '0', openClaims: 0 }, ['deposit']],
    [{ deposit: 100, damageShare: '0', openClaims: -100 }, ['openClaims']],
    [{ deposit: Number.NaN, damageShare: '2', openClaims: 0.1 }, ['deposit', 'damageShare', 'openClaims']],
  ])('refuses %j naming %j', (input, fields) => {
    expect(fieldsOf(() => depositRefund(input))).toEqual(fields);
  });

  it('names the share as written when it is outside 0..1', () => {
    expect(() => damageShare('1.50')).toThrow('damageShare: 1.50 is not a share from 0 to 1');
  });

  const cents = fc.integer({ min: 0, max: 10_000_000_00 });
  // Shares with up to four decimals, written as text: "0.0000" to "1.0000".
  const share = fc.integer({ min: 0, max: 10_000 }).map((units) => (units / 10_000).toFixed(4));

  const run = (deposit: number, damage: string, openClaims: number) => {
    const { value, figures } = depositRefund({ deposit, damageShare: damage, openClaims });
    return {
      refund: value,
      forfeited: parseAmount(figures.forfeited),
      setOff: parseAmount(figures.setOff),
      figures,
    };
  };

  it('refunds between 0 and the deposit, and refund + set-off + forfeited is the deposit', () => {
    fc.assert(
      fc.property(cents, share, cents, (deposit, damage, openClaims) => {
        const { refund, forfeited, setOff, figures } = run(deposit, damage, openClaims);
        expect(refund).toBeGreaterThanOrEqual(0);
        expect(refund).toBeLessThanOrEqual(deposit);
        expect(refund + setOff + forfeited).toBe(deposit);
        expect(setOff + parseAmount(figures.claimsLeft)).toBe(openClaims);
      }),
    );
  });

  it('refunds less, or the same, for more damage and for more open claims', () => {
    fc.assert(
      fc.property(cents, share, share, cents, cents, (deposit, s1, s2, c1, c2) => {
        const [low, high] = Number(s1) <= Number(s2) ? [s1, s2] : [s2, s1];
        expect(run(deposit, high, c1).refund).toBeLessThanOrEqual(run(deposit, low, c1).refund);
        const [few, many] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(run(deposit, s1, many).refund).toBeLessThanOrEqual(run(deposit, s1, few).refund);
      }),
    );
  });
});
