import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isPeriodEnd, nextPeriodEnd } from '../../shared/calendar/index.ts';
import type { PeriodKind } from '../../shared/calendar/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { contractTermsOf } from './contract-kinds.ts';
import type { ContractKind } from './contract-kinds.ts';
import { renewalTerm } from './renewal.ts';
import { termEndAt, termOn } from './term-ends.ts';
import { SERVICE_KINDS, termination } from './termination.ts';
import type { CustomerKind, NoticeFacts, ServiceKind } from './termination.ts';
import { bitId, date, shipped, vnId } from './test-support.ts';

/*
 * The properties the issue asks for, over both shipped profiles and every contract kind they know:
 * the end is never before notice date + the notice that applies; without statutory protection it is
 * always a period end of the contract's kind, and notice one day after the deadline moves it by
 * exactly one period.
 */

const cases: readonly (readonly [TermsProfile, ContractKind])[] = [
  [shipped(bitId), 'fixed-term'],
  [shipped(bitId), 'indefinite'],
  [shipped(bitId), 'domain'],
  [shipped(vnId), 'fixed-term'],
  [shipped(vnId), 'third-party'],
];

const contracts = fc.record({
  which: fc.integer({ min: 0, max: cases.length - 1 }),
  start: fc.integer({ min: 0, max: 365 * 30 }).map((days) => date('2000-01-01').add({ days })),
  termMonths: fc.integer({ min: 1, max: 60 }),
  paymentTermMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
  noticeAfter: fc.integer({ min: 0, max: 365 * 8 }),
});
type Drawn = typeof contracts extends fc.Arbitrary<infer T> ? T : never;

function factsOf(drawn: Drawn, customer: CustomerKind, service: ServiceKind) {
  const [profile, kind] = cases[drawn.which] as (typeof cases)[number];
  const facts: NoticeFacts = {
    kind,
    start: drawn.start,
    customer,
    service,
    noticeDate: drawn.start.add({ days: drawn.noticeAfter }),
    ...(kind === 'fixed-term' ? { termMonths: drawn.termMonths } : {}),
    ...(kind === 'third-party' ? { paymentTermMonths: drawn.paymentTermMonths } : {}),
  };
  return { profile, facts };
}

/** The period end after `end` for the contract's kind: the next term end, or the next quarter / year end. */
function nextEnd(profile: TermsProfile, facts: NoticeFacts, end: Temporal.PlainDate): Temporal.PlainDate {
  const terms = contractTermsOf(profile, facts.kind);
  if (terms.endsAt !== 'term-end') return nextPeriodEnd(end, terms.endsAt);
  const term = renewalTerm(terms, facts.start, facts).value;
  return (termOn(term, end.add({ days: 1 })) as { end: Temporal.PlainDate }).end;
}

function isEndOfKind(profile: TermsProfile, facts: NoticeFacts, day: Temporal.PlainDate): boolean {
  const terms = contractTermsOf(profile, facts.kind);
  if (terms.endsAt !== 'term-end') return isPeriodEnd(day, terms.endsAt as PeriodKind);
  const term = renewalTerm(terms, facts.start, facts).value;
  const found = termOn(term, day);
  return found !== null && termEndAt(term, found.index).equals(day);
}

const before = (a: Temporal.PlainDate, b: Temporal.PlainDate) => Temporal.PlainDate.compare(a, b) < 0;

describe('termination properties', () => {
  it('the end is never before notice date + the applicable notice, protected or not', () => {
    const customers = fc.constantFrom<CustomerKind>('business', 'consumer');
    const services = fc.constantFrom<ServiceKind>(...SERVICE_KINDS);
    fc.assert(
      fc.property(contracts, customers, services, (drawn, customer, service) => {
        const { profile, facts } = factsOf(drawn, customer, service);
        const { value, figures } = termination(profile, facts);
        const notice = figures.protection ? profile.renewalProtection.notice : figures.notice;
        expect(before(value, facts.noticeDate.add(notice))).toBe(false);
        // Protected: the earlier of notice + the statutory notice and the contractual end.
        if (figures.protection) {
          expect(value.toString()).toBe([figures.protectedEnd, figures.contractualEnd].sort()[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('without protection the end is a period end of the right kind, and the current one when notice is in time', () => {
    fc.assert(
      fc.property(contracts, (drawn) => {
        const { profile, facts } = factsOf(drawn, 'business', 'other');
        const { value, figures } = termination(profile, facts);
        expect(figures.protection).toBeNull();
        expect(isEndOfKind(profile, facts, value)).toBe(true);
        const current = date(figures.currentTermEnd);
        expect(isEndOfKind(profile, facts, current)).toBe(true);
        // In time for the current period end: that end; too late: a later one.
        if (!before(date(figures.noticeDeadline), facts.noticeDate)) expect(value).toEqual(current);
        else expect(before(current, value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('notice on the deadline ends at the current period end; one day late, exactly one period later', () => {
    fc.assert(
      fc.property(contracts, (drawn) => {
        const { profile, facts } = factsOf(drawn, 'business', 'other');
        const { figures } = termination(profile, facts);
        const deadline = date(figures.noticeDeadline);
        const current = date(figures.currentTermEnd);
        fc.pre(!before(deadline, facts.start));
        expect(termination(profile, { ...facts, noticeDate: deadline }).value).toEqual(current);
        const late = termination(profile, { ...facts, noticeDate: deadline.add({ days: 1 }) });
        expect(late.value).toEqual(nextEnd(profile, facts, current));
      }),
      { numRuns: 500 },
    );
  });
});
