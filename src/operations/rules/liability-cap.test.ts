import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { CLAIM_NOTIFICATION_MEANS, LIABILITY_DAMAGE_KINDS } from '../schema.ts';
import type { ContractMoneyFacts } from './liability-cap.ts';
import { agreedContractPrice, claimFlags, liabilityCap } from './liability-cap.ts';

function termsOf(profileId: string): TermsProfile['liability'] {
  const profile = findShippedProfile(profileId);
  if (!profile) throw new Error(`no shipped profile ${profileId}`);
  return profile.liability;
}

const bit = termsOf('bit-2016-10-25');
const vn = termsOf('vitrumnet-2.5-2018-04-15');
const day = (text: string) => Temporal.PlainDate.from(text);

/** A 12-month contract at € 250 a quarter with € 350 once: 35000 + 4 × 25000 = 135000. */
const twelveMonths: ContractMoneyFacts = {
  agreedPriceCents: 135_000,
  billedCents: 85_000,
  termMonths: 12,
  startsOn: '2027-02-01',
  paidInDamageYearCents: 60_000,
};

describe('agreedContractPrice', () => {
  it('is the one-time charges plus the recurring fee for every period of the agreed term', () => {
    expect(
      agreedContractPrice({ recurringCents: 25_000, oneTimeCents: 35_000, termMonths: 12 }, 'quarter'),
    ).toBe(135_000);
    // 36 months billed per month: 36 × 1000.
    expect(agreedContractPrice({ recurringCents: 1_000, oneTimeCents: 0, termMonths: 36 }, 'month')).toBe(
      36_000,
    );
    // 1 month of a quarterly fee of 100.00: 10000 × 1 / 3 = 3333.33 → 3333.
    expect(agreedContractPrice({ recurringCents: 10_000, oneTimeCents: 0, termMonths: 1 }, 'quarter')).toBe(
      3_333,
    );
  });

  it('is null without an agreed term', () => {
    expect(
      agreedContractPrice({ recurringCents: 45_000, oneTimeCents: 15_000, termMonths: null }, 'quarter'),
    ).toBe(null);
  });
});

describe('liability caps of BIT (bit:8.6)', () => {
  it('caps at the total of the contract for its agreed term, for every kind of damage', () => {
    for (const damageKind of LIABILITY_DAMAGE_KINDS) {
      const cap = liabilityCap(bit, {
        damageKind,
        damageOn: day('2027-06-01'),
        claimedCents: 500_000,
        contract: twelveMonths,
      });
      expect(cap).toMatchObject({
        capCents: 135_000,
        payableCents: 135_000,
        basis: 'contract-total',
        because: ['bit:8.6'],
      });
    }
  });

  it('caps an indefinite contract at what it billed so far', () => {
    const cap = liabilityCap(bit, {
      damageKind: 'direct',
      damageOn: day('2027-06-01'),
      claimedCents: 20_000,
      contract: { ...twelveMonths, agreedPriceCents: null, termMonths: null },
    });
    expect(cap).toMatchObject({
      capCents: 85_000,
      payableCents: 20_000,
      figures: { priceFrom: 'billed-so-far' },
    });
  });
});

describe('liability caps of VitrumNet (vn:1.8)', () => {
  const claim = (
    damageKind: (typeof LIABILITY_DAMAGE_KINDS)[number],
    contract = twelveMonths,
    on = '2027-06-01',
  ) => liabilityCap(vn, { damageKind, damageOn: day(on), claimedCents: 20_000_000, contract });

  it('caps direct damage at the contract price excl. VAT (vn:1.8.4)', () => {
    expect(claim('direct')).toMatchObject({
      capCents: 135_000,
      payableCents: 135_000,
      basis: 'contract-price-excl-vat',
      because: ['vn:1.8.4'],
    });
  });

  it('excludes indirect damage: cap 0 with the reason (vn:1.8.9)', () => {
    const cap = claim('indirect');
    expect(cap).toMatchObject({ capCents: 0, payableCents: 0, basis: 'indirect-damage-excluded' });
    expect(cap.because).toContain('vn:1.8.9');
    expect(cap.reason).toMatch(/indirect damage/);
  });

  it('caps death or bodily injury at € 100,000 per event (vn:1.8.7)', () => {
    expect(claim('death-or-injury')).toMatchObject({
      capCents: 10_000_000,
      payableCents: 10_000_000,
      basis: 'death-or-injury-per-event',
      because: ['vn:1.8.7'],
    });
  });

  it('caps a contract of more than a year at the fees paid in the calendar year of the damage (vn:1.8.5)', () => {
    const threeYears = { ...twelveMonths, termMonths: 36, agreedPriceCents: 335_000 };
    expect(claim('direct', threeYears)).toMatchObject({
      capCents: 60_000,
      basis: 'fees-paid-in-calendar-year-of-damage',
      because: ['vn:1.8.4', 'vn:1.8.5'],
      figures: { year: 2027 },
    });
  });

  it('counts a renewed 12-month contract as running more than a year from its first anniversary', () => {
    expect(claim('direct', twelveMonths, '2028-01-31').basis).toBe('contract-price-excl-vat');
    expect(claim('direct', twelveMonths, '2028-02-01').basis).toBe('fees-paid-in-calendar-year-of-damage');
  });

  it('pays what is claimed when it is below the cap', () => {
    const cap = liabilityCap(vn, {
      damageKind: 'direct',
      damageOn: day('2027-06-01'),
      claimedCents: 12_345,
      contract: twelveMonths,
    });
    expect(cap.payableCents).toBe(12_345);
  });

  it('refuses a negative or fractional claim, naming claimedCents', () => {
    for (const claimedCents of [-1, 1.5])
      expect(() =>
        liabilityCap(vn, {
          damageKind: 'direct',
          damageOn: day('2027-06-01'),
          claimedCents,
          contract: twelveMonths,
        }),
      ).toThrow(/claimedCents/);
  });
});

describe('cap properties', () => {
  const contracts = fc.record({
    agreedPriceCents: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    billedCents: fc.integer({ min: -100_000, max: 10_000_000 }),
    termMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    startsOn: fc.option(
      fc.integer({ min: 0, max: 3000 }).map((n) => day('2020-01-01').add({ days: n }).toString()),
      { nil: null },
    ),
    paidInDamageYearCents: fc.integer({ min: 0, max: 10_000_000 }),
  });
  const facts = fc.record({
    damageKind: fc.constantFrom(...LIABILITY_DAMAGE_KINDS),
    damageOn: fc.integer({ min: 0, max: 4000 }).map((n) => day('2020-01-01').add({ days: n })),
    claimedCents: fc.integer({ min: 0, max: 50_000_000 }),
    contract: contracts,
  });

  it('never caps below 0, and pays at most the claim and at most the cap', () => {
    fc.assert(
      fc.property(fc.constantFrom(bit, vn), facts, (terms, question) => {
        const cap = liabilityCap(terms, question);
        expect(cap.capCents).toBeGreaterThanOrEqual(0);
        expect(cap.payableCents).toBeLessThanOrEqual(question.claimedCents);
        expect(cap.payableCents).toBeLessThanOrEqual(cap.capCents);
        expect(cap.payableCents).toBe(Math.min(question.claimedCents, cap.capCents));
        expect(cap.because.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('claim flags (vn:1.8.12)', () => {
  const damageOn = day('2027-03-01');

  it('is in time on the 30th day after the damage and late on the 31st', () => {
    const on30 = claimFlags(vn, { damageOn, notifiedOn: day('2027-03-31'), notifiedBy: 'registered-letter' });
    expect(on30).toEqual({ flags: [], reportBy: '2027-03-31', because: ['vn:1.8.12'] });
    const on31 = claimFlags(vn, { damageOn, notifiedOn: day('2027-04-01'), notifiedBy: 'registered-letter' });
    expect(on31.flags).toEqual(['late']);
  });

  it('flags every means other than a registered letter', () => {
    for (const notifiedBy of CLAIM_NOTIFICATION_MEANS) {
      const { flags } = claimFlags(vn, { damageOn, notifiedOn: damageOn, notifiedBy });
      expect(flags).toEqual(notifiedBy === 'registered-letter' ? [] : ['not-registered-letter']);
    }
  });

  it('flags both when late and by e-mail', () => {
    expect(claimFlags(vn, { damageOn, notifiedOn: day('2027-05-01'), notifiedBy: 'email' }).flags).toEqual([
      'late',
      'not-registered-letter',
    ]);
  });

  it('flags nothing for BIT, which has no such clause', () => {
    expect(claimFlags(bit, { damageOn, notifiedOn: day('2028-05-01'), notifiedBy: 'phone' })).toEqual({
      flags: [],
      reportBy: null,
      because: [],
    });
  });

  it('refuses a notice before the damage, naming notifiedOn', () => {
    expect(() => claimFlags(vn, { damageOn, notifiedOn: day('2027-02-28'), notifiedBy: 'letter' })).toThrow(
      /notifiedOn/,
    );
  });

  it('late exactly when the notice is more than claimReportDays after the damage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...CLAIM_NOTIFICATION_MEANS),
        (after, by) => {
          const { flags } = claimFlags(vn, {
            damageOn,
            notifiedOn: damageOn.add({ days: after }),
            notifiedBy: by,
          });
          expect(flags.includes('late')).toBe(after > 30);
        },
      ),
    );
  });
});
