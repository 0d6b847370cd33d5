import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import type { ForceMajeureTerms } from './force-majeure-rights.ts';
import { forceMajeureRights } from './force-majeure-rights.ts';

function termsOf(profileId: string): ForceMajeureTerms {
  const profile = findShippedProfile(profileId);
  if (!profile) throw new Error(`no shipped profile ${profileId}`);
  return profile.forceMajeure;
}

const bit = termsOf('bit-2016-10-25');
const vn = termsOf('vitrumnet-2.5-2018-04-15');
const day = (text: string) => Temporal.PlainDate.from(text);
const cmp = Temporal.PlainDate.compare;

const days = fc.integer({ min: 0, max: 365 * 40 }).map((n) => day('2000-01-01').add({ days: n }));
const offsets = fc.integer({ min: -30, max: 400 });
const endings = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null });

describe('force majeure rights of BIT (bit:6.4, bit:6.5)', () => {
  const startedOn = day('2027-03-10');

  it('day 30 of the suspension gives no right, day 31 does (longer than 30 days)', () => {
    const on30 = forceMajeureRights(bit, { startedOn, endedOn: null }, startedOn.add({ days: 30 }));
    expect(on30.customer).toEqual({
      mayEnd: false,
      from: '2027-04-10',
      because: ['bit:6.4'],
      why: 'the force majeure has not lasted more than 30 days yet: the right exists from 2027-04-10 (bit:6.4)',
    });
    const on31 = forceMajeureRights(bit, { startedOn, endedOn: null }, day('2027-04-10'));
    expect(on31.customer).toEqual({ mayEnd: true, from: '2027-04-10', because: ['bit:6.4'], why: null });
  });

  it('an event ended before the threshold gives no right, also later', () => {
    const rights = forceMajeureRights(bit, { startedOn, endedOn: day('2027-04-09') }, day('2027-06-01'));
    expect(rights.customer.mayEnd).toBe(false);
    expect(rights.customer.why).toMatch(/ended on 2027-04-09, before it had lasted more than 30 days/);
    // Ended on the threshold day itself: suspended 10 March – 9 April, 31 days, longer than 30.
    const longer = forceMajeureRights(bit, { startedOn, endedOn: day('2027-04-10') }, day('2027-06-01'));
    expect(longer.customer.mayEnd).toBe(true);
  });

  it('the seller ends only on its explicit judgement that the force majeure is permanent', () => {
    const asOf = day('2027-03-12');
    const judged = forceMajeureRights(bit, { startedOn, endedOn: null }, asOf, { permanent: true });
    expect(judged.seller).toEqual({ mayEnd: true, from: '2027-03-10', because: ['bit:6.5'], why: null });
    expect(forceMajeureRights(bit, { startedOn, endedOn: null }, asOf).seller.why).toMatch(/permanent: true/);
    const ended = forceMajeureRights(bit, { startedOn, endedOn: asOf }, asOf, { permanent: true });
    expect(ended.seller.mayEnd).toBe(false);
  });

  it('property: the customer may end exactly from start + 31 days, when the event had not ended before', () => {
    fc.assert(
      fc.property(days, offsets, endings, (start, offset, endAfter) => {
        const asOf = start.add({ days: offset });
        const endedOn = endAfter === null ? null : start.add({ days: endAfter });
        const threshold = start.add({ days: 31 });
        const expected = cmp(asOf, threshold) >= 0 && (endedOn === null || cmp(endedOn, threshold) >= 0);
        const rights = forceMajeureRights(bit, { startedOn: start, endedOn }, asOf);
        expect(rights.customer.mayEnd).toBe(expected);
        expect(rights.customer.mayEnd === (rights.customer.why === null)).toBe(true);
      }),
    );
  });

  it('property: once the customer may end, it may on every later day', () => {
    fc.assert(
      fc.property(
        days,
        offsets,
        fc.integer({ min: 0, max: 500 }),
        endings,
        (start, offset, more, endAfter) => {
          const endedOn = endAfter === null ? null : start.add({ days: endAfter });
          const period = { startedOn: start, endedOn };
          const asOf = start.add({ days: offset });
          if (!forceMajeureRights(bit, period, asOf).customer.mayEnd) return;
          expect(forceMajeureRights(bit, period, asOf.add({ days: more })).customer.mayEnd).toBe(true);
        },
      ),
    );
  });
});

describe('force majeure rights of VitrumNet (vn:1.10.4)', () => {
  it('3 months exactly give no right; the day after, either party may dissolve', () => {
    const startedOn = day('2027-01-15');
    const exactly = forceMajeureRights(vn, { startedOn, endedOn: null }, day('2027-04-15'));
    expect(exactly.customer).toMatchObject({ mayEnd: false, from: '2027-04-16', because: ['vn:1.10.4'] });
    expect(exactly.seller).toMatchObject({ mayEnd: false, from: '2027-04-16' });
    const after = forceMajeureRights(vn, { startedOn, endedOn: null }, day('2027-04-16'));
    expect(after.customer).toEqual({ mayEnd: true, from: '2027-04-16', because: ['vn:1.10.4'], why: null });
    expect(after.seller).toEqual(after.customer);
  });

  it('counts calendar months from a month end: 31 January + 3 months is 30 April, the right from 1 May', () => {
    const rights = forceMajeureRights(vn, { startedOn: day('2027-01-31'), endedOn: null }, day('2027-04-30'));
    expect(rights.customer).toMatchObject({ mayEnd: false, from: '2027-05-01' });
  });

  it('a permanent judgement gives the seller nothing before the 3 months (VitrumNet has no bit:6.5)', () => {
    const rights = forceMajeureRights(
      vn,
      { startedOn: day('2027-01-15'), endedOn: null },
      day('2027-02-01'),
      {
        permanent: true,
      },
    );
    expect(rights.seller.mayEnd).toBe(false);
  });

  it('property: either party may end exactly from start + 3 months + 1 day, when not ended before', () => {
    fc.assert(
      fc.property(days, offsets, endings, (start, offset, endAfter) => {
        const asOf = start.add({ days: offset });
        const endedOn = endAfter === null ? null : start.add({ days: endAfter });
        const threshold = start.add({ months: 3 }).add({ days: 1 });
        const expected = cmp(asOf, threshold) >= 0 && (endedOn === null || cmp(endedOn, threshold) >= 0);
        const rights = forceMajeureRights(vn, { startedOn: start, endedOn }, asOf);
        expect(rights.customer.mayEnd).toBe(expected);
        expect(rights.seller.mayEnd).toBe(expected);
        // More than 3 months is always more than 89 and at most 93 days.
        const length = start.until(threshold).days;
        expect(length).toBeGreaterThanOrEqual(90);
        expect(length).toBeLessThanOrEqual(93);
      }),
    );
  });
});
