import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/shipped-profiles.ts';
import type { ContractEvent } from './contract-events.ts';
import { contractTimeline } from './contract-timeline.ts';
import type { ContractFacts } from './contract-timeline.ts';
import type { OrderFacts } from './order-facts.ts';

const d = (text: string) => Temporal.PlainDate.from(text);
const bit = findShippedProfile('bit-2016-10-25')!;
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
const noFacts: OrderFacts = {
  receivedOn: '2026-01-05',
  signedFormOn: null,
  refusedOn: null,
  confirmedOn: null,
  executionStartedOn: null,
  acceptedOn: null,
  activatedOn: null,
};
const colocation = {
  contractKind: 'fixed-term' as const,
  service: 'colocation' as const,
  description: '1U colocation, Ede',
  termMonths: 12,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};

function bitContract(events: ContractEvent[] = [], order: Partial<OrderFacts> = {}): ContractFacts {
  return {
    profile: bit,
    order: { ...noFacts, confirmedOn: '2026-01-07', activatedOn: '2026-02-01', ...order },
    terms: colocation,
    customerKind: 'business',
    events,
  };
}

describe('contract timeline under BIT (bit:2.3, bit:12.1)', () => {
  it('is forming until the refusal window closes, then formed on its last day', () => {
    const quiet = bitContract([], { confirmedOn: null, activatedOn: null });
    expect(contractTimeline(quiet, d('2026-01-10')).status).toBe('forming');
    const formed = contractTimeline(quiet, d('2026-01-19'));
    expect(formed).toMatchObject({ status: 'formed', formedOn: '2026-01-19', startsOn: null });
    expect(formed.entries.find((e) => e.event === 'formed')?.because).toContain('bit:2.3');
  });

  it('runs from activation, with its term, renewal and notice deadline', () => {
    const timeline = contractTimeline(bitContract(), d('2026-11-22'));
    expect(timeline).toMatchObject({
      status: 'running',
      formedOn: '2026-01-07',
      startsOn: '2026-02-01',
      currentTerm: { index: 0, start: '2026-02-01', end: '2027-01-31' },
      noticeDeadline: '2026-12-31',
      effectiveEnd: null,
    });
    const events = timeline.entries.map((e) => `${e.date} ${e.event}`);
    expect(events).toEqual([
      '2026-01-05 order-received',
      '2026-01-07 formed',
      '2026-02-01 started',
      '2026-12-31 notice-deadline',
      '2027-01-31 term-end',
      '2027-02-01 renewed',
      '2028-01-31 term-end',
    ]);
    expect(timeline.entries.find((e) => e.event === 'notice-deadline')?.because).toContain('bit:12.1');
  });

  it('ends at the term end after notice in time, and a year later after notice one day late', () => {
    const inTime = contractTimeline(bitContract([notice('2026-12-31')]), d('2027-01-05'));
    expect(inTime).toMatchObject({
      status: 'ending',
      effectiveEnd: '2027-01-31',
      endedBy: 'notice',
      noticeDeadline: null,
    });
    const late = contractTimeline(bitContract([notice('2027-01-01')]), d('2027-01-05'));
    expect(late.effectiveEnd).toBe('2028-01-31');
    expect(contractTimeline(bitContract([notice('2026-12-31')]), d('2027-02-01')).status).toBe('ended');
  });

  it('applies a written deviation from the terms to this contract only (bit:1.1)', () => {
    const deviation: ContractEvent = {
      kind: 'deviation-agreed',
      on: '2026-03-01',
      parameter: 'contracts.fixedTerm.notice.months',
      value: 3,
      agreedBy: 'J. de Vries (sales)',
    };
    const timeline = contractTimeline(bitContract([deviation]), d('2026-11-22'));
    expect(timeline.noticeDeadline).toBe('2026-10-31');
    expect(timeline.entries.find((e) => e.event === 'deviation-agreed')?.because).toContain('bit:1.1');
  });

  it('ends on the day of a cancellation, citing bit:4.1', () => {
    const cancelled = contractTimeline(
      bitContract([{ kind: 'cancelled', on: '2026-01-20', feeCents: 24_503 }], { activatedOn: null }),
      d('2026-02-10'),
    );
    expect(cancelled).toMatchObject({ status: 'ended', effectiveEnd: '2026-01-20', endedBy: 'cancelled' });
    expect(cancelled.entries.at(-1)?.because).toContain('bit:4.1');
  });

  function notice(on: string): ContractEvent {
    return { kind: 'notice-given', on, by: 'customer', channel: 'email' };
  }
});

describe('contract timeline under VitrumNet (vn:1.5.2, vn:1.6.1, nl:tw7.2a)', () => {
  const access: ContractFacts = {
    profile: vitrumnet,
    order: {
      ...noFacts,
      receivedOn: '2025-01-02',
      signedFormOn: '2025-01-02',
      acceptedOn: '2025-01-03',
      activatedOn: '2025-02-01',
    },
    terms: { ...colocation, service: 'access', description: 'Access, Dordrecht', termMonths: 24 },
    customerKind: 'business',
    events: [],
  };

  it('is formed on acceptance of the signed form and renews for 12 months', () => {
    const timeline = contractTimeline(access, d('2026-11-22'));
    expect(timeline).toMatchObject({
      formedOn: '2025-01-03',
      currentTerm: { start: '2025-02-01', end: '2027-01-31' },
    });
    expect(timeline.noticeDeadline).toBe('2026-09-30');
    expect(timeline.entries.find((e) => e.date === '2028-01-31')?.event).toBe('term-end');
  });

  it('lets an access customer end on one month’s notice once renewed (nl:tw7.2a)', () => {
    const renewed = {
      ...access,
      events: [{ kind: 'notice-given', on: '2027-03-10', by: 'customer', channel: 'post' } as const],
    };
    const timeline = contractTimeline(renewed, d('2027-03-11'));
    expect(timeline.effectiveEnd).toBe('2027-04-10');
    expect(timeline.entries.at(-1)?.because).toEqual(expect.arrayContaining(['vn:1.6.1', 'nl:tw7.2a']));
  });
});
