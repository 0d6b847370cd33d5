import { describe, expect, it } from 'vitest';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { TermEndContract } from './contract-kinds.ts';
import { bitId, ending, shipped, vnId } from './test-support.ts';
import type { Given } from './test-support.ts';

const bit = shipped(bitId);
const vn = shipped(vnId);

describe('termination: statutory protection after the first tacit renewal', () => {
  it('nl:tw7.2a: a business end user of an access service may end on notice + 1 month, on any day', () => {
    const answer = ending(vn, {
      start: '2025-01-01',
      termMonths: 24,
      service: 'access',
      notice: '2027-03-10',
    });
    expect(answer).toMatchObject({
      effectiveDate: '2027-04-10',
      protection: 'nl:tw7.2a',
      protectedEnd: '2027-04-10',
      contractualEnd: '2027-12-31',
      currentTermEnd: '2027-12-31',
      noticeDeadline: '2027-08-31',
      because: ['vn:1.5.1', 'vn:1.6.1', 'nl:tw7.2a'],
    });
  });

  it('nl:6:236j: a consumer may end a renewed contract on notice + 1 month', () => {
    const answer = ending(bit, {
      start: '2026-01-01',
      termMonths: 12,
      customer: 'consumer',
      service: 'hosting',
      notice: '2027-03-10',
    });
    expect(answer).toMatchObject({
      effectiveDate: '2027-04-10',
      protection: 'nl:6:236j',
      contractualEnd: '2027-12-31',
      because: ['bit:12.1', 'nl:6:236j'],
    });
  });

  it('a consumer of an access service is protected by both laws, both cited', () => {
    const answer = ending(vn, {
      start: '2025-01-01',
      termMonths: 24,
      customer: 'consumer',
      service: 'link',
      notice: '2027-01-31',
    });
    expect(answer).toMatchObject({ effectiveDate: '2027-02-28', protection: 'nl:6:236j' });
    expect(answer.because).toEqual(['vn:1.5.1', 'vn:1.6.1', 'nl:6:236j', 'nl:tw7.2a']);
  });

  it.each([
    ['2026-10-01', '2027-12-31'],
    ['2026-12-31', '2027-12-31'],
  ])('does not apply to notice given during the minimum term (%s)', (notice, end) => {
    const answer = ending(vn, {
      start: '2025-01-01',
      termMonths: 24,
      service: 'access',
      customer: 'consumer',
      notice,
    });
    expect(answer).toMatchObject({ effectiveDate: end, protection: null, protectedEnd: null });
    expect(answer.because).toEqual(['vn:1.5.1', 'vn:1.6.1']);
  });

  it.each<[string, Omit<Given, 'start' | 'notice'>]>([
    ['a business, for a service outside telecomServices', { termMonths: 12, service: 'other' }],
    [
      'an indefinite contract, even for a consumer',
      { kind: 'indefinite', customer: 'consumer', service: 'access' },
    ],
    ['a domain, even for a consumer', { kind: 'domain', customer: 'consumer', service: 'domain' }],
  ])('does not apply to %s', (_, given) => {
    const answer = ending(bit, { ...given, start: '2025-01-01', notice: '2027-03-10' });
    expect(answer).toMatchObject({ protection: null, protectedEnd: null });
  });

  it('follows the profile: no consumer protection when the profile turns it off', () => {
    const off: TermsProfile = {
      ...bit,
      renewalProtection: { ...bit.renewalProtection, consumers: false, telecomServices: [] },
    };
    const answer = ending(off, {
      start: '2026-01-01',
      termMonths: 12,
      customer: 'consumer',
      service: 'access',
      notice: '2027-03-10',
    });
    expect(answer).toMatchObject({ effectiveDate: '2027-12-31', protection: null });
  });

  it('takes the contractual end when it comes first', () => {
    const shortNotice = {
      ...bit,
      contracts: {
        ...bit.contracts,
        fixedTerm: { ...bit.contracts.fixedTerm, notice: { months: 0, days: 14 } } as TermEndContract,
      },
    };
    const answer = ending(shortNotice, {
      start: '2026-01-01',
      termMonths: 1,
      customer: 'consumer',
      notice: '2026-03-10',
    });
    expect(answer).toMatchObject({
      effectiveDate: '2026-03-31',
      contractualEnd: '2026-03-31',
      protectedEnd: '2026-04-10',
      protection: 'nl:6:236j',
      because: ['bit:12.1', 'nl:6:236j'],
    });
  });
});
