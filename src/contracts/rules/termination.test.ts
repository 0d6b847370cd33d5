import { describe, expect, it } from 'vitest';
import type { TermEndContract } from './contract-kinds.ts';
import { bitId, ending, fieldsOf, problemsOf, shipped, vnId } from './test-support.ts';
import type { Given } from './test-support.ts';

const bit = shipped(bitId);
const vn = shipped(vnId);

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
