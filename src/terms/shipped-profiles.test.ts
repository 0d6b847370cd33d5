import { describe, expect, it } from 'vitest';
import { validateProfile } from './rules/validate-profile.ts';
import { findShippedProfile, shippedProfileIds, shippedProfiles } from './shipped-profiles.ts';

// The parameters as read from the documents in shared/seeds, each pinned with its article.
describe('the shipped profiles', () => {
  it('load and validate, one per shipped id', () => {
    expect([...shippedProfiles().keys()]).toEqual([...shippedProfileIds]);
    expect(findShippedProfile('nope')).toBeUndefined();
    for (const profile of shippedProfiles().values()) {
      const result = validateProfile(profile);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('hold the BIT B.V. terms of 2016-10-25', () => {
    const bit = findShippedProfile('bit-2016-10-25')!;
    expect(bit.payment).toMatchObject({ termDays: 14, setOffAllowed: false, rules: ['bit:11.3'] });
    expect(bit.quotes).toMatchObject({ bindingByDefault: false, rules: ['bit:2.1'] });
    expect(bit.formation).toEqual({
      kind: 'refusal-window',
      refusalWindowDays: 14,
      formedEarlierBy: ['written-confirmation', 'execution-start'],
      rules: ['bit:2.3'],
    });
    expect(bit.cancellation).toMatchObject({
      feeRate: '0.15',
      base: 'order-total-incl-vat',
      rules: ['bit:4.1'],
    });
    expect(bit.contracts.fixedTerm).toMatchObject({
      renewal: { kind: 'same-duration' },
      notice: { months: 1, days: 0 },
      rules: ['bit:12.1'],
    });
    expect(bit.contracts.indefinite).toMatchObject({
      endsAt: 'quarter',
      notice: { months: 1, days: 0 },
      rules: ['bit:12.2'],
    });
    expect(bit.contracts.domain).toMatchObject({
      endsAt: 'year',
      notice: { months: 1, days: 0 },
      rules: ['bit:12.3'],
    });
    expect(bit.contracts.thirdParty).toBeNull();
    expect(bit.complaints).toMatchObject({
      deliveryWorkingDays: 3,
      invoiceWorkingDays: 14,
      disputeSuspendsOnlyDisputedPart: true,
    });
    expect(bit.billing.recurring).toMatchObject({ period: 'quarter', inAdvance: true, proration: 'days' });
    expect(bit.billing.domains).toMatchObject({ period: 'year', proration: 'none', rules: ['bit:11.2'] });
    expect(bit.allocation.order).toBe('costs-interest-oldest-principal');
    expect(bit.lateInterest).toMatchObject({ business: 'commercial', consumer: 'non-commercial' });
    expect(bit.collectionCosts).toMatchObject({
      business: 'bik',
      consumer: 'bik',
      actualCostsCapCents: null,
    });
    expect(bit.forceMajeure.customerMayTerminateAfterDays).toBe(30);
    expect(bit.liability.cap).toBe('contract-total');
    // Our timings; the terms give the steps: bit:11.5 suspends and dissolves without a notice of default.
    expect(bit.dissolution).toEqual({ afterNoticeOfDefault: false, rules: ['bit:11.5'] });
    expect(bit.dunning?.steps).toEqual([
      { step: 'reminder', afterDays: 7, rules: ['bit:11.6'] },
      { step: 'collection-costs', afterDays: 14, rules: ['bit:11.7'] },
      { step: 'suspension', afterDays: 7, rules: ['bit:11.5'] },
      { step: 'dissolution', afterDays: 14, rules: ['bit:11.5'] },
    ]);
    // BIT's document has no objection clause, no equipment deposit and no SLA.
    expect([bit.termsChanges, bit.equipment, bit.sla, bit.reminderFee, bit.earlyTermination]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('hold the VitrumNet terms 2.5 of 2018-04-15', () => {
    const vn = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
    expect(vn.payment).toMatchObject({ termDays: 30, rules: ['vn:7.1.5'] });
    expect(vn.formation).toMatchObject({
      kind: 'signed-acceptance',
      activationCountsAsAcceptance: true,
      rules: ['vn:1.5.2', 'vn:1.5.4'],
    });
    expect(vn.contracts.fixedTerm).toMatchObject({
      renewal: { kind: 'fixed-months', months: 12 },
      notice: { months: 4, days: 0 },
    });
    expect(vn.contracts.thirdParty?.renewal).toEqual({
      kind: 'payment-term',
      maxMonths: 12,
      defaultMonths: 1,
    });
    expect([vn.contracts.indefinite, vn.contracts.domain]).toEqual([null, null]);
    expect(vn.earlyTermination).toEqual({
      remainingTermCharge: true,
      removalCharge: true,
      rules: ['vn:1.6.4', 'vn:1.6.8'],
    });
    expect(vn.immediateTermination.grounds).toEqual([
      'customer-moves',
      'insolvency',
      'service-discontinued',
      'death',
      'debt-restructuring',
    ]);
    expect(vn.equipment).toMatchObject({
      returnWithinDays: 7,
      depositSetOffAllowed: true,
      damageForfeitsDepositProRata: true,
    });
    expect(vn.sla?.repairTimes.map((row) => [row.fiberCounts, row.averageHours, row.maximumHours])).toEqual([
      [[12, 24], 6, 8],
      [[48], 9, 14],
      [[96], 12, 18],
      [[144], 18, 22],
      [[192], 20, 26],
    ]);
    expect(vn.sla?.definitiveRepairExtraHours).toBe(2);
    expect(vn.termsChanges).toEqual({ objectionDays: 30, rules: ['vn:1.1.4'] });
    expect(vn.transfer?.customerNeedsWrittenConsent).toBe(true);
    expect(vn.forceMajeure.eitherMayDissolveAfterMonths).toBe(3);
    expect(vn.liability).toMatchObject({
      cap: 'contract-price-excl-vat',
      bodilyInjuryCapCents: 10_000_000,
      claimReportDays: 30,
    });
    expect(vn.collectionCosts).toMatchObject({ business: 'actual', consumer: 'bik' });
    expect(vn.reminderFee).toEqual({ amountCents: 1500, rules: ['vn:7.1.6'] });
    // A fee per reminder (vn:7.1.6), suspension (vn:7.1.7), a notice of default with a term, then
    // dissolution and the remaining-term charge (vn:1.6.2, vn:1.6.4). The day counts are ours.
    expect(vn.dunning?.steps).toEqual([
      { step: 'reminder', afterDays: 7, rules: ['vn:7.1.6'] },
      { step: 'collection-costs', afterDays: 14, rules: ['vn:7.1.6'] },
      { step: 'suspension', afterDays: 7, rules: ['vn:7.1.7'] },
      { step: 'notice-of-default', afterDays: 7, termDays: 14, rules: ['vn:1.6.2'] },
      { step: 'dissolution', afterDays: 1, rules: ['vn:1.6.2', 'vn:1.6.4'] },
    ]);
    expect(vn.customers.defaultKind).toBe('business');
  });

  it('protect consumers and telecom end users after a tacit renewal, in both profiles', () => {
    for (const profile of shippedProfiles().values()) {
      expect(profile.renewalProtection).toEqual({
        consumers: true,
        telecomServices: ['access', 'link'],
        notice: { months: 1, days: 0 },
        rules: ['nl:6:236j', 'nl:tw7.2a'],
      });
    }
  });
});
