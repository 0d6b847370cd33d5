import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { billingCadence } from './billing-cadence.ts';
import { problemsOf } from './test-support.ts';

function shipped(id: string): TermsProfile {
  const profile = findShippedProfile(id);
  if (!profile) throw new Error(`the shipped profile ${id} is missing`);
  return profile;
}

const bit = shipped('bit-2016-10-25');
const vn = shipped('vitrumnet-2.5-2018-04-15');

describe('billing cadence from the terms profile', () => {
  it('bills BIT colocation per quarter in advance (bit:11.1) and domains per year (bit:11.2)', () => {
    expect(billingCadence(bit, 'colocation')).toEqual({
      value: { period: 'quarter', timing: 'in-advance' },
      because: ['bit:11.1'],
      figures: {
        profile: 'bit-2016-10-25',
        kind: 'colocation',
        charged: 'recurring',
        period: 'quarter',
        timing: 'in-advance',
      },
    });
    expect(billingCadence(bit, 'domain').value).toEqual({ period: 'year', timing: 'in-advance' });
    expect(billingCadence(bit, 'domain').because).toEqual(['bit:11.2']);
  });

  it('bills VitrumNet links in advance (vn:7.1.3, vn:7.1.5) and usage in arrears (vn:7.1.4)', () => {
    expect(billingCadence(vn, 'link').because).toEqual(['vn:7.1.3', 'vn:7.1.5']);
    expect(billingCadence(vn, 'usage-power')).toMatchObject({
      value: { period: 'quarter', timing: 'in-arrears' },
      because: ['vn:7.1.4'],
    });
  });

  it('follows a profile that bills another period', () => {
    const monthly: TermsProfile = {
      ...bit,
      billing: { ...bit.billing, recurring: { ...bit.billing.recurring, period: 'month', inAdvance: false } },
    };
    expect(billingCadence(monthly, 'hosting').value).toEqual({ period: 'month', timing: 'in-arrears' });
  });

  it('has no cadence for what is billed once, citing the profile for one-time charges', () => {
    expect(billingCadence(vn, 'one-time-charge')).toMatchObject({
      value: null,
      because: ['vn:7.1.3', 'vn:7.3.1'],
    });
    expect(billingCadence(bit, 'hourly-service')).toMatchObject({ value: null, because: ['bit:5.1'] });
    expect(billingCadence(vn, 'deposit')).toMatchObject({ value: null, because: ['vn:7.2.1'] });
  });

  it('refuses what the terms do not bill', () => {
    expect(problemsOf(() => billingCadence(vn, 'domain'))).toEqual([
      { field: 'kind', problem: 'vitrumnet-2.5-2018-04-15 has no terms for billing domain names' },
    ]);
    expect(problemsOf(() => billingCadence(bit, 'usage-traffic'))).toEqual([
      { field: 'kind', problem: 'bit-2016-10-25 has no terms for billing usage in arrears' },
    ]);
  });
});
