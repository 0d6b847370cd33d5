import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { recordPayment } from '../../collections/index.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { billPeriod, contextOn, runningContract } from './abuse-test-support.ts';
import type { RunningContract } from './abuse-test-support.ts';
import { getLiabilityClaim, listLiabilityClaims } from './get-liability-claim.ts';
import { recordLiabilityClaim } from './record-liability-claim.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

describeEachStore('liability claims of VitrumNet (vn:1.8.4, 1.8.5, 1.8.7, 1.8.9, 1.8.12)', (database) => {
  const on = contextOn(() => database().db);
  let twelve: RunningContract;
  let long: RunningContract;

  beforeAll(async () => {
    twelve = await runningContract(on, 'vitrumnet', '2027-02-01', 12);
    long = await runningContract(on, 'vitrumnet', '2027-02-01', 36);
  });

  const claim = (
    contractId: string,
    fields: Partial<Parameters<typeof recordLiabilityClaim>[1]> = {},
    date = '2027-06-15',
  ) =>
    recordLiabilityClaim(on(date), {
      contractId,
      damageKind: 'direct',
      claimedCents: 20_000_000,
      damageOn: day('2027-03-01'),
      notifiedOn: day('2027-03-31'),
      notifiedBy: 'registered-letter',
      description: 'Outage of the access for three days; costs of a backup line',
      ...fields,
    });

  it('caps direct damage at the contract price excl. VAT: 35000 + 4 quarters × 25000 (vn:1.8.4)', async () => {
    const recorded = await claim(twelve.contractId);
    expect(recorded).toMatchObject({
      customerId: twelve.customerId,
      sellerId: 'vitrumnet',
      cap: {
        capCents: 135_000,
        payableCents: 135_000,
        basis: 'contract-price-excl-vat',
        because: ['vn:1.8.4'],
      },
      flags: [], // the 30th day after the damage, by registered letter
      reportBy: '2027-03-31',
      because: ['vn:1.8.4', 'vn:1.8.12'],
    });
    expect(await getLiabilityClaim(database().db, recorded.id, day('2027-06-15'))).toEqual(recorded);
    const trail = await auditTrailOf(database().db, { type: 'liability-claim', id: recorded.id });
    expect(trail.map((event) => event.action)).toEqual(['liability-claim.recorded']);
  });

  it('flags a claim notified on the 31st day, by e-mail (vn:1.8.12), and still records it', async () => {
    const late = await claim(twelve.contractId, {
      notifiedOn: day('2027-04-01'),
      notifiedBy: 'email',
      claimedCents: 5_000,
    });
    expect(late).toMatchObject({ flags: ['late', 'not-registered-letter'], cap: { payableCents: 5_000 } });
  });

  it('caps indirect damage at 0 and death or injury at € 100,000 per event (vn:1.8.9, vn:1.8.7)', async () => {
    expect((await claim(twelve.contractId, { damageKind: 'indirect' })).cap).toMatchObject({
      capCents: 0,
      payableCents: 0,
      basis: 'indirect-damage-excluded',
    });
    expect((await claim(twelve.contractId, { damageKind: 'death-or-injury' })).cap).toMatchObject({
      capCents: 10_000_000,
      basis: 'death-or-injury-per-event',
    });
  });

  it('caps a 36-month contract at the fees excl. VAT paid in the calendar year of the damage (vn:1.8.5)', async () => {
    const before = await claim(long.contractId);
    expect(before.cap).toMatchObject({ capCents: 0, basis: 'fees-paid-in-calendar-year-of-damage' });

    // Q2 2027 bills the connection (35000), 1 Feb – 31 Mar (25000 × 59 / 90 → 16389) and Q2 (25000).
    const invoice = await billPeriod(on, 'vitrumnet', '2027-Q2', '2027-04-01', long.customerId);
    expect(invoice).toMatchObject({ netCents: 76_389, vatCents: 16_042, totalCents: 92_431 });
    await recordPayment(on('2027-04-20'), {
      sellerId: 'vitrumnet',
      customerId: long.customerId,
      amountCents: 50_000,
      valueDate: day('2027-04-20'),
    });
    // 50000 paid of 92431 incl. VAT: excl. VAT 50000 × 76389 / 92431 = 41322.18 → 41322.
    const after = await getLiabilityClaim(database().db, before.id, day('2027-06-15'));
    expect(after.cap).toMatchObject({
      capCents: 41_322,
      payableCents: 41_322,
      because: ['vn:1.8.4', 'vn:1.8.5'],
      figures: { year: 2027, paidInYearCents: 41_322, billedCents: 76_389 },
    });
    // Damage in 2028: nothing was paid in 2028 yet.
    const next = await claim(
      long.contractId,
      { damageOn: day('2028-01-10'), notifiedOn: day('2028-01-12') },
      '2028-01-15',
    );
    expect(next.cap).toMatchObject({ capCents: 0, figures: { year: 2028 } });
    expect(
      (await listLiabilityClaims(database().db, day('2028-01-15'), { contractId: long.contractId })).map(
        (c) => c.id,
      ),
    ).toEqual([next.id, before.id]);
  });

  it('refuses bad input naming each field, and an unknown contract', async () => {
    await expect(
      recordLiabilityClaim(on('2027-06-15'), {
        contractId: twelve.contractId,
        damageKind: 'emotional',
        claimedCents: -5,
        damageOn: day('2027-03-01'),
        notifiedOn: day('2027-02-01'),
        notifiedBy: 'pigeon',
        description: '',
      }),
    ).rejects.toMatchObject({
      problems: [
        { field: 'damageKind' },
        { field: 'notifiedBy' },
        { field: 'claimedCents' },
        { field: 'notifiedOn' },
        { field: 'description' },
      ],
    });
    await expect(claim('C-404')).rejects.toMatchObject({ problems: [{ field: 'contractId' }] });
    await expect(claim(twelve.contractId, { customerId: long.customerId })).rejects.toMatchObject({
      problems: [{ field: 'customerId' }],
    });
  });
});

describeEachStore('liability claims of BIT (bit:8.6)', (database) => {
  const on = contextOn(() => database().db);

  it('caps an indefinite contract at what it billed so far, and flags nothing', async () => {
    const bit = await runningContract(on, 'bit', '2027-02-01', null);
    const recorded = await recordLiabilityClaim(on('2027-03-15'), {
      contractId: bit.contractId,
      damageKind: 'indirect',
      claimedCents: 100_000,
      damageOn: day('2027-01-01'),
      notifiedOn: day('2027-03-15'),
      notifiedBy: 'phone',
      description: 'Lost orders during an outage',
    });
    expect(recorded).toMatchObject({
      cap: { capCents: 0, basis: 'contract-total' },
      flags: [],
      reportBy: null,
    });
    const invoice = await billPeriod(on, 'bit', '2027-Q2', '2027-04-01', bit.customerId);
    const billed = invoice!.netCents;
    expect(billed).toBeGreaterThan(0);
    const later = await getLiabilityClaim(database().db, recorded.id, day('2027-04-02'));
    expect(later.cap).toMatchObject({
      capCents: billed,
      payableCents: Math.min(100_000, billed),
      because: ['bit:8.6'],
      figures: { priceFrom: 'billed-so-far' },
    });
  });
});
