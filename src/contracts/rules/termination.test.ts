import { describe, expect, it } from 'vitest';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { TermEndContract } from './contract-kinds.ts';
import { termination } from './termination.ts';
import type { NoticeFacts } from './termination.ts';
import { bitId, date, fieldsOf, problemsOf, shipped, vnId } from './test-support.ts';

const bit = shipped(bitId);
const vn = shipped(vnId);

type Given = Partial<Omit<NoticeFacts, 'start' | 'noticeDate'>> & { start: string; notice: string };

function ending(profile: TermsProfile, { start, notice, ...rest }: Given) {
  const facts: NoticeFacts = {
    kind: 'fixed-term',
    customer: 'business',
    service: 'other',
    ...rest,
    start: date(start),
    noticeDate: date(notice),
  };
  const { value, because, figures } = termination(profile, facts);
  expect(figures.effectiveDate).toBe(value.toString());
  return { ...figures, because };
}

describe('termination: notice to the end of a period', () => {
  it.each([
    ['2026-02-28', '2026-03-31'],
    ['2026-03-01', '2026-06-30'],
    ['2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-06-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-06-01', '2026-09-30'],
  ])('bit:12.2 indefinite: notice on %s ends on %s, a quarter end a month or more later', (notice, end) => {
    const answer = ending(bit, { kind: 'indefinite', start: '2025-06-15', notice });
    expect(answer).toMatchObject({
      effectiveDate: end,
      because: ['bit:12.2'],
      protection: null,
      endsAt: 'quarter',
    });
  });

  it('bit:12.2 shows the quarter end current at the notice date and its deadline', () => {
    expect(ending(bit, { kind: 'indefinite', start: '2025-06-15', notice: '2026-03-01' })).toMatchObject({
      currentTermEnd: '2026-03-31',
      noticeDeadline: '2026-02-28',
      earliestEnd: '2026-04-01',
      contractualEnd: '2026-06-30',
    });
  });

  it.each([
    ['2026-11-30', '2026-12-31'],
    ['2026-12-01', '2027-12-31'],
    ['2026-01-15', '2026-12-31'],
  ])('bit:12.3 domain: notice on %s ends on %s', (notice, end) => {
    const answer = ending(bit, { kind: 'domain', start: '2020-03-01', notice, customer: 'consumer' });
    expect(answer).toMatchObject({
      effectiveDate: end,
      because: ['bit:12.3'],
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-11-30',
      protection: null,
    });
  });

  it.each([
    ['2026-11-30', '2026-12-31'],
    ['2026-12-01', '2027-12-31'],
    ['2026-01-01', '2026-12-31'],
  ])('bit:12.1 fixed-term of 12 months from 2026-01-01: notice on %s ends on %s', (notice, end) => {
    const answer = ending(bit, { start: '2026-01-01', termMonths: 12, notice });
    expect(answer).toMatchObject({
      effectiveDate: end,
      because: ['bit:12.1'],
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-11-30',
      firstTermEnd: '2026-12-31',
      renewalMonths: 12,
    });
  });

  it('vn:1.6.1 with vn:1.5.1: 24 months from 2025-01-01, four months notice, then 12-month renewals', () => {
    const inTime = ending(vn, { start: '2025-01-01', termMonths: 24, notice: '2026-08-31' });
    expect(inTime).toMatchObject({
      effectiveDate: '2026-12-31',
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-08-31',
      because: ['vn:1.5.1', 'vn:1.6.1'],
      protection: null,
    });
    const late = ending(vn, { start: '2025-01-01', termMonths: 24, notice: '2026-09-01' });
    expect(late).toMatchObject({
      effectiveDate: '2027-12-31',
      currentTermEnd: '2026-12-31',
      noticeDeadline: '2026-08-31',
    });
  });

  it('vn:1.5.1 third-party services renew for their payment term: 1 month by default', () => {
    const answer = ending(vn, { kind: 'third-party', start: '2026-01-01', notice: '2026-02-10' });
    expect(answer).toMatchObject({
      effectiveDate: '2026-06-30',
      currentTermEnd: '2026-02-28',
      firstTermMonths: 1,
      renewalMonths: 1,
      because: ['vn:1.5.1', 'vn:1.6.1'],
    });
    const quarterly = ending(vn, {
      kind: 'third-party',
      start: '2026-01-01',
      notice: '2026-03-10',
      paymentTermMonths: 3,
    });
    expect(quarterly).toMatchObject({
      effectiveDate: '2026-09-30',
      currentTermEnd: '2026-03-31',
      noticeDeadline: '2025-11-30',
    });
  });
});

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

describe('termination: refused input', () => {
  it('names the kind a profile does not know and lists those it knows', () => {
    const [problem] = problemsOf(() =>
      ending(vn, { kind: 'indefinite', start: '2026-01-01', notice: '2026-03-01' }),
    );
    expect(problem?.field).toBe('kind');
    expect(problem?.problem).toMatch(/no terms for indefinite contracts; it knows fixed-term, third-party$/);
    expect(
      fieldsOf(() => ending(bit, { kind: 'third-party', start: '2026-01-01', notice: '2026-03-01' })),
    ).toEqual(['kind']);
  });

  it.each([
    [bitId, { start: '2026-01-01', notice: '2026-03-01' }, ['termMonths']],
    [bitId, { start: '2026-01-01', termMonths: 12, notice: '2025-12-31' }, ['notice']],
    [
      bitId,
      { kind: 'indefinite', start: '2026-01-01', termMonths: 12, paymentTermMonths: 1, notice: '2026-03-01' },
      ['termMonths', 'paymentTermMonths'],
    ],
    [
      vnId,
      { start: '2026-01-01', termMonths: 24, paymentTermMonths: 1, notice: '2026-03-01' },
      ['paymentTermMonths'],
    ],
    [
      vnId,
      { kind: 'third-party', start: '2026-01-01', paymentTermMonths: 0, notice: '2026-03-01' },
      ['paymentTermMonths'],
    ],
  ] as [typeof bitId, Given, string[]][])('%s %j: names %j', (id, given, fields) => {
    expect(fieldsOf(() => ending(shipped(id), given))).toEqual(fields);
  });

  it('a contract without renewal ends at its term end even after late notice, and not after it', () => {
    const once = {
      ...bit,
      contracts: {
        ...bit.contracts,
        fixedTerm: { ...bit.contracts.fixedTerm, renewal: { kind: 'none' } } as TermEndContract,
      },
    };
    expect(ending(once, { start: '2026-01-01', termMonths: 12, notice: '2026-12-15' })).toMatchObject({
      effectiveDate: '2026-12-31',
      noticeDeadline: '2026-11-30',
      renewalMonths: null,
    });
    expect(
      fieldsOf(() => ending(once, { start: '2026-01-01', termMonths: 12, notice: '2027-01-01' })),
    ).toEqual(['notice']);
  });
});
