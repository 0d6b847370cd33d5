import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cancellationFee } from './cancellation-fee.ts';
import { bitId, fieldsOf, problemsOf, shipped, vnId } from './test-support.ts';

const bit = shipped(bitId);

describe('cancellation fee (bit:4.1)', () => {
  it('is 15% of the order total incl. VAT: € 1.210,00 → € 181,50', () => {
    expect(cancellationFee(bit, 121_000)).toEqual({
      value: 18_150,
      because: ['bit:4.1'],
      figures: {
        orderTotalInclVat: '1210.00',
        feeRate: '0.15',
        base: 'order-total-incl-vat',
        needsSellerConsent: true,
      },
    });
  });

  it.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 1],
    [10, 2],
    [30, 5],
    [33_33, 5_00],
    [99_99, 15_00],
  ])('rounds half away from zero: %i cents → %i cents', (total, fee) => {
    expect(cancellationFee(bit, total).value).toBe(fee);
  });

  it('is exact to the cent for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (total) => {
        const exact = (total * 15) / 100;
        expect(Math.abs(cancellationFee(bit, total).value - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('names the profile when its terms have no cancellation costs', () => {
    const [problem] = problemsOf(() => cancellationFee(shipped(vnId), 121_000));
    expect(problem).toEqual({ field: 'profile', problem: `${vnId} has no cancellation costs in its terms` });
  });

  it.each([-1, 1.5, Number.NaN])('refuses an order total of %s', (total) => {
    expect(fieldsOf(() => cancellationFee(bit, total))).toEqual(['orderTotalInclVat']);
  });
});
