import fc from 'fast-check';
import type { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import type { ContractKind } from './contract-kinds.ts';
import { contractDates, datesOf } from './contract-dates.ts';
import type { ContractDates } from './contract-dates.ts';
import type { ContractEvent } from './contract-events.ts';
import { governedTimeline } from './governed-timeline.ts';
import type { LineageFacts } from './governed-timeline.ts';
import type { OrderFacts } from './order-facts.ts';
import { bitId, date, shipped, vnId } from './test-support.ts';

/*
 * The proof the home page's projection rests on: for any contract and any day, the dates computed on
 * that day read the same on every later day before `validUntil`, as the timeline computes them then.
 */

const cases: readonly (readonly [TermsProfile, ContractKind])[] = [
  [shipped(bitId), 'fixed-term'],
  [shipped(bitId), 'indefinite'],
  [shipped(bitId), 'domain'],
  [shipped(vnId), 'fixed-term'],
  [shipped(vnId), 'third-party'],
];
/** Days checked after `asOf` when the dates hold for ever (or longer). */
const HORIZON = 400;

const offset = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
const eventArbitrary = fc.record({
  kind: fc.constantFrom(
    'notice-given',
    'cancelled',
    'terminated',
    'dissolved',
    'transferred',
    'deviation-agreed',
    'terms-change-notified',
    'terms-objection-received',
    'terms-objection-decided',
  ),
  after: fc.integer({ min: 0, max: 1500 }),
  pick: fc.integer({ min: 0, max: 5 }),
  outcome: fc.boolean(),
});
const drawnContract = fc.record({
  which: fc.integer({ min: 0, max: cases.length - 1 }),
  received: fc.integer({ min: 0, max: 365 * 10 }),
  termMonths: fc.integer({ min: 1, max: 36 }),
  paymentTermMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
  consumer: fc.boolean(),
  service: fc.constantFrom('access', 'colocation', 'hosting', 'other'),
  facts: fc.record({
    signed: offset(20),
    refused: offset(30),
    confirmed: offset(20),
    executionStarted: offset(40),
    accepted: offset(20),
    activated: offset(60),
  }),
  nextVersion: fc.option(
    fc.record({ after: fc.integer({ min: 0, max: 1500 }), notice: fc.integer({ min: 1, max: 3 }) }),
    {
      nil: null,
    },
  ),
  events: fc.array(eventArbitrary, { maxLength: 4 }),
  asOf: fc.integer({ min: -10, max: 1800 }),
});
type Drawn = typeof drawnContract extends fc.Arbitrary<infer T> ? T : never;

function factsOf(drawn: Drawn): { facts: LineageFacts; asOf: Temporal.PlainDate } {
  const [profile, kind] = cases[drawn.which]!;
  const received = date('2020-01-01').add({ days: drawn.received });
  const on = (days: number | null) => (days === null ? null : received.add({ days }).toString());
  const byRefusal = profile.formation.kind === 'refusal-window';
  const { facts: f } = drawn;
  const order: OrderFacts = {
    receivedOn: received.toString(),
    signedFormOn: byRefusal ? null : on(f.signed),
    refusedOn: byRefusal ? on(f.refused) : null,
    confirmedOn: byRefusal ? on(f.confirmed) : null,
    executionStartedOn: byRefusal ? on(f.executionStarted) : null,
    // vn:1.5.2: an acceptance needs the signed form.
    acceptedOn:
      byRefusal || f.signed === null ? null : on(f.accepted === null ? null : f.signed + f.accepted),
    activatedOn: on(f.activated),
  };
  const lineage: TermsProfile[] = [profile];
  if (drawn.nextVersion) {
    const next = structuredClone(profile) as { -readonly [K in keyof TermsProfile]: TermsProfile[K] };
    next.id = `${profile.id}-next`;
    next.publishedOn = received.add({ days: drawn.nextVersion.after }).toString();
    const fixed = next.contracts.fixedTerm as { notice: { months: number; days: number } } | null;
    if (fixed) fixed.notice = { months: drawn.nextVersion.notice, days: 0 };
    lineage.push(next as TermsProfile);
  }
  const versionId = lineage.at(-1)!.id;
  const events = drawn.events
    .map((e): ContractEvent => {
      const at = on(e.after)!;
      switch (e.kind) {
        case 'notice-given':
          return { kind: e.kind, on: at, by: e.outcome ? 'customer' : 'seller', channel: 'email' };
        case 'cancelled':
          return { kind: e.kind, on: at, feeCents: 0 };
        case 'terminated':
          return { kind: e.kind, on: at, ground: 'bankruptcy', remainingTermChargeCents: null };
        case 'dissolved':
          return { kind: e.kind, on: at, remainingTermChargeCents: null };
        case 'transferred':
          return {
            kind: e.kind,
            on: at,
            fromCustomerId: 'CU-1',
            toCustomerId: 'CU-2',
            toCustomerKind: e.outcome ? 'consumer' : 'business',
            consent: { by: 'seller', on: at },
          };
        case 'deviation-agreed':
          return {
            kind: e.kind,
            on: at,
            parameter: 'contracts.fixedTerm.notice.months',
            value: 1 + (e.pick % 3),
            agreedBy: 'both',
          };
        case 'terms-change-notified':
          return { kind: e.kind, on: at, versionId };
        case 'terms-objection-received':
          return { kind: e.kind, on: at, versionId, reasons: 'no' };
        case 'terms-objection-decided':
          return {
            kind: e.kind,
            on: at,
            versionId,
            outcome: e.outcome ? 'new-version-applies' : 'old-version-kept',
          };
      }
    })
    .sort((a, b) => a.on.localeCompare(b.on));
  const facts: LineageFacts = {
    lineage,
    order,
    terms: {
      contractKind: kind,
      service: drawn.service,
      description: 'drawn',
      termMonths: kind === 'fixed-term' || kind === 'third-party' ? drawn.termMonths : null,
      paymentTermMonths: kind === 'third-party' ? drawn.paymentTermMonths : null,
      recurringCents: 1000,
      oneTimeCents: 0,
      orderTotalInclVatCents: 1210,
    },
    customerKind: drawn.consumer ? 'consumer' : 'business',
    events,
  };
  return { facts, asOf: received.add({ days: drawn.asOf }) };
}

/** The dates on a day, or why the rules refuse the facts on that day. */
function readOn(facts: LineageFacts, day: Temporal.PlainDate): ContractDates | string {
  try {
    return datesOf(governedTimeline(facts, day).timeline);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('contract dates projection (bit:12.1, bit:12.2, vn:1.5.1, vn:1.6.1, vn:1.1.4)', () => {
  it('reads the same on every day from asOf until validUntil', () => {
    let checked = 0;
    fc.assert(
      fc.property(drawnContract, (drawn) => {
        const { facts, asOf } = factsOf(drawn);
        const onAsOf = readOn(facts, asOf);
        if (typeof onAsOf === 'string') return; // the rules refuse these facts on that day
        const projection = contractDates(facts, asOf);
        const { computedFor, validUntil, ...dates } = projection;
        expect(computedFor).toBe(asOf.toString());
        expect(dates).toEqual(onAsOf);
        if (validUntil !== null) expect(validUntil > computedFor).toBe(true);
        const last = asOf.add({ days: HORIZON });
        const until = validUntil === null || validUntil > last.toString() ? last : date(validUntil);
        for (let day = asOf.add({ days: 1 }); day.toString() < until.toString(); day = day.add({ days: 1 })) {
          expect(readOn(facts, day), `on ${day.toString()} (valid until ${validUntil})`).toEqual(dates);
        }
        checked++;
      }),
      { numRuns: 120 },
    );
    // Most drawn contracts are accepted by the rules: the property is not vacuous.
    expect(checked).toBeGreaterThan(40);
  });

  it('stays valid for weeks, not a day, for a contract running in its term', () => {
    const [profile] = cases[0]!;
    const facts: LineageFacts = {
      lineage: [profile],
      order: {
        receivedOn: '2026-01-05',
        signedFormOn: null,
        refusedOn: null,
        confirmedOn: '2026-01-07',
        executionStartedOn: null,
        acceptedOn: null,
        activatedOn: '2026-02-01',
      },
      terms: {
        contractKind: 'fixed-term',
        service: 'colocation',
        description: '1U colocation, Ede',
        termMonths: 12,
        paymentTermMonths: null,
        recurringCents: 30_000,
        oneTimeCents: 15_000,
        orderTotalInclVatCents: 163_350,
      },
      customerKind: 'business',
      events: [],
    };
    // bit:12.1: one month's notice before the term end of 31 January 2027; recomputed on the
    // deadline itself (a day early, to be safe), then not before the term ends.
    expect(contractDates(facts, date('2026-06-10'))).toEqual({
      status: 'running',
      noticeDeadline: '2026-12-31',
      renewalOn: '2027-02-01',
      effectiveEnd: null,
      computedFor: '2026-06-10',
      validUntil: '2026-12-31',
    });
  });
});
