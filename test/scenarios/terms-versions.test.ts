import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import {
  decideTermsObjection,
  getContract,
  objectToTerms,
  placeOrder,
  publishTermsVersion,
  recordOrderAction,
} from '../../src/contracts/index.ts';
import type { OfferTerms } from '../../src/contracts/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import type { Context } from '../../src/platform/context.ts';
import { findShippedProfile } from '../../src/terms/index.ts';
import { describeEachStore } from '../support/stores.ts';
import { seedCustomers } from '../support/customers.ts';

const access: OfferTerms = {
  contractKind: 'fixed-term',
  service: 'access',
  description: 'Access, Dordrecht',
  termMonths: 24,
  paymentTermMonths: null,
  recurringCents: 30_000,
  oneTimeCents: 15_000,
  orderTotalInclVatCents: 163_350,
};
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;
// Version 2.6 shortens the notice from four months to three.
const version26 = {
  ...vitrumnet,
  id: 'vitrumnet-2.6-2027-01-01',
  version: '2.6',
  publishedOn: '2027-01-01',
  contracts: {
    ...vitrumnet.contracts,
    fixedTerm: { ...vitrumnet.contracts.fixedTerm!, notice: { months: 3, days: 0 } },
  },
};

describeEachStore('a new version of the terms (vn:1.1.4)', (database) => {
  beforeAll(() => seedCustomers(database().db, ['CUST-A', 'CUST-B']));
  const on = (date: string): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from(date)),
    actor: { id: 'user:anna', origin: 'test' },
  });
  const asOf = (id: string, date: string) => getContract(database().db, id, Temporal.PlainDate.from(date));

  async function runningContract(customerId: string): Promise<string> {
    const order = await placeOrder(on('2026-01-05'), { profileId: vitrumnet.id, customerId, terms: access });
    await recordOrderAction(on('2026-01-05'), { orderId: order.id, action: 'record-signed-form' });
    const { contract } = await recordOrderAction(on('2026-02-01'), { orderId: order.id, action: 'activate' });
    return contract!.id;
  }

  it('notifies every running contract, applies the new version after the window, and keeps an objector on the old one until decided', async () => {
    const silent = await runningContract('CUST-A');
    const objector = await runningContract('CUST-B');

    const published = await publishTermsVersion(on('2026-12-01'), {
      document: version26,
      supersedes: vitrumnet.id,
    });
    expect(published.notified.sort()).toEqual([silent, objector].sort());

    await objectToTerms(on('2027-01-20'), {
      contractId: objector,
      versionId: version26.id,
      reasons: 'the shorter notice does not suit us',
    });
    await expect(
      objectToTerms(on('2027-02-05'), { contractId: silent, versionId: version26.id, reasons: 'too late' }),
    ).rejects.toThrow(/objection window for vitrumnet-2\.6-2027-01-01 closed on 2027-01-31/);

    expect((await asOf(silent, '2027-01-31')).termsVersion.id).toBe(vitrumnet.id);
    const after = await asOf(silent, '2027-02-01');
    expect(after.termsVersion).toMatchObject({ id: version26.id, because: ['vn:1.1.4'] });
    // Under 2.6 the notice is three months: the deadline for the 2028-01-31 term end moves to 2027-10-31.
    expect(after.timeline.noticeDeadline).toBe('2027-10-31');

    expect((await asOf(objector, '2027-06-01')).termsVersion.id).toBe(vitrumnet.id);
    expect((await asOf(objector, '2027-06-01')).timeline.noticeDeadline).toBe('2027-09-30');
    await decideTermsObjection(on('2027-06-15'), {
      contractId: objector,
      versionId: version26.id,
      outcome: 'new-version-applies',
    });
    expect((await asOf(objector, '2027-06-14')).termsVersion.id).toBe(vitrumnet.id);
    expect((await asOf(objector, '2027-06-15')).termsVersion.id).toBe(version26.id);
    await expect(
      decideTermsObjection(on('2027-06-16'), {
        contractId: objector,
        versionId: version26.id,
        outcome: 'old-version-kept',
      }),
    ).rejects.toThrow(/no objection to a new terms version awaits a decision/);
  });
});
