import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../shipped-profiles.ts';
import { describeProfile } from './profile-summary.ts';

const bit = findShippedProfile('bit-2016-10-25')!;
const vn = findShippedProfile('vitrumnet-2.5-2018-04-15')!;

describe('describeProfile', () => {
  it('names the profile, then one line per parameter group with its rule ids', () => {
    const lines = describeProfile(bit);
    expect(lines[0]).toBe(
      'bit-2016-10-25: BIT B.V., Algemene verkoop- en leveringsvoorwaarden BIT B.V., version 2016-10-25 (published 2016-10-25)',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '  payment term: 14 days, no set-off (bit:11.3)',
        "  cancellation: 15% of the order total incl. VAT, only with the seller's consent (bit:4.1)",
        '  formation: 14 days after the order unless refused; earlier on written confirmation or start of execution (bit:2.3)',
        '  fixed-term contracts: renews tacitly for the same duration; notice 1 month before the term end (bit:12.1)',
        '  indefinite contracts: end at the end of a calendar quarter; notice 1 month (bit:12.2)',
        '  domain contracts: end at the end of a calendar year; notice 1 month (bit:12.3)',
        '  third-party contracts: not in these terms',
        '  fiber repair times: not in these terms',
      ]),
    );
  });

  it('states amounts in euros and the operator settings as such', () => {
    const lines = describeProfile(vn);
    expect(lines).toEqual(
      expect.arrayContaining([
        '  payment term: 30 days (vn:7.1.5)',
        '  reminder fee: € 15,00 per reminder (an operator setting) (vn:7.1.6)',
        '  fixed-term contracts: renews tacitly for 12 months; notice 4 months before the term end (vn:1.5.1, vn:1.6.1)',
        '  third-party contracts: renews for its payment term (at most 12 months, else 1 month); notice 4 months before the term end (vn:1.5.1, vn:1.6.1)',
      ]),
    );
    expect(lines.find((line) => line.includes('fiber repair times'))).toContain(
      '12/24 fibers avg 6 h, max 8 h',
    );
    expect(lines.find((line) => line.includes('liability'))).toContain('€ 100.000,00');
  });

  it('tells the dunning ladder step by step, and says so when a stored profile has none', () => {
    expect(describeProfile(vn)).toContain(
      '  dunning: reminder 7 days after the due date; collection costs 14 days later; suspension 7 days later; notice of default 7 days later, with a 14-day term; dissolution 1 day after that term; a consumer gets a 14-day letter then instead, and the collection costs the day after its term (nl:bik) (vn:7.1.6, vn:7.1.7, vn:1.6.2, vn:1.6.4)',
    );
    expect(describeProfile(bit).find((line) => line.includes('dunning'))).toMatch(
      /^ {2}dunning: reminder 7 days after the due date; .*; dissolution 14 days later; .* \(bit:11\.6, bit:11\.7, bit:11\.5\)$/,
    );
    const { dunning: _absent, ...older } = bit;
    expect(describeProfile(older)).toContain(
      '  dunning: no ladder in this profile (written before ladders): no step is taken',
    );
    expect(describeProfile({ ...bit, dunning: null })).toContain('  dunning: not in these terms');
  });

  it('prints a fee rate exactly, whatever its digits', () => {
    const rates = ['0.15', '0.5', '1', '0.125', '0.0'].map((feeRate) =>
      describeProfile({ ...bit, cancellation: { ...bit.cancellation!, feeRate } }).find((line) =>
        line.includes('cancellation'),
      ),
    );
    expect(rates.map((line) => line?.split(' ')[3])).toEqual(['15%', '50%', '100%', '12.5%', '0%']);
  });
});
