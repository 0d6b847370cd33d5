import { describe, expect, it } from 'vitest';
import type { TermEndContract } from './contract-kinds.ts';
import { renewalTerm } from './renewal.ts';
import type { TermLengths } from './renewal.ts';
import { bitId, date, fieldsOf, shipped, vnId } from './test-support.ts';

const start = date('2026-01-01');
const bitFixed = shipped(bitId).contracts.fixedTerm as TermEndContract;
const vnFixed = shipped(vnId).contracts.fixedTerm as TermEndContract;
const vnThirdParty = shipped(vnId).contracts.thirdParty as TermEndContract;

const lengths = (contract: TermEndContract, given: TermLengths) => {
  const { value, because, figures } = renewalTerm(contract, start, given);
  return { first: value.firstTermMonths, renewal: value.renewalMonths, because, figures };
};

describe('renewal', () => {
  it('bit:12.1 renews for the same duration as the term agreed', () => {
    expect(lengths(bitFixed, { termMonths: 12 })).toMatchObject({
      first: 12,
      renewal: 12,
      because: ['bit:12.1'],
    });
    expect(lengths(bitFixed, { termMonths: 36 })).toMatchObject({ first: 36, renewal: 36 });
  });

  it('vn:1.5.1 renews for 12 months whatever the minimum term', () => {
    expect(lengths(vnFixed, { termMonths: 24 })).toMatchObject({
      first: 24,
      renewal: 12,
      because: ['vn:1.5.1', 'vn:1.6.1'],
      figures: { renewal: 'fixed-months', firstTermMonths: 24, renewalMonths: 12, paymentTermMonths: null },
    });
    expect(lengths(vnFixed, { termMonths: 1 })).toMatchObject({ first: 1, renewal: 12 });
  });

  it.each([
    [{}, 1, 1, 1],
    [{ paymentTermMonths: 3 }, 3, 3, 3],
    [{ paymentTermMonths: 12 }, 12, 12, 12],
    [{ paymentTermMonths: 24 }, 24, 12, 24],
    [{ paymentTermMonths: 3, termMonths: 6 }, 6, 3, 3],
    [{ termMonths: 6 }, 6, 1, 1],
  ])(
    'vn:1.5.1 third-party services run and renew for their payment term (max 12, default 1): %j',
    (given, first, renewal, payment) => {
      expect(lengths(vnThirdParty, given)).toMatchObject({
        first,
        renewal,
        figures: { renewal: 'payment-term', paymentTermMonths: payment },
      });
    },
  );

  it('a contract without renewal has none', () => {
    const none = { ...bitFixed, renewal: { kind: 'none' } } as TermEndContract;
    expect(lengths(none, { termMonths: 12 })).toMatchObject({ first: 12, renewal: null });
  });

  it.each([
    [bitFixed, {}, ['termMonths']],
    [vnFixed, { termMonths: 24, paymentTermMonths: 1 }, ['paymentTermMonths']],
    [bitFixed, { termMonths: 0 }, ['termMonths']],
    [bitFixed, { termMonths: 1.5 }, ['termMonths']],
    [bitFixed, { termMonths: -12 }, ['termMonths']],
    [bitFixed, { termMonths: 1201 }, ['termMonths']],
    [vnThirdParty, { paymentTermMonths: 0, termMonths: Number.NaN }, ['termMonths', 'paymentTermMonths']],
  ] as [TermEndContract, TermLengths, string[]][])('refuses %#: naming %j', (contract, given, fields) => {
    expect(fieldsOf(() => renewalTerm(contract, start, given))).toEqual(fields);
  });
});
