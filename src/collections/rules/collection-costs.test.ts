import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import { fieldsOf } from '../../../test/support/field-problems.ts';
import { BIK_MAXIMUM, BIK_MINIMUM, bikScale, collectionCosts } from './collection-costs.ts';
import type { CollectionCostsPolicy } from './collection-costs.ts';

const policyOf = (id: string): CollectionCostsPolicy => {
  const profile = findShippedProfile(id);
  if (!profile) throw new Error(`the shipped profile ${id} is missing`);
  return profile.collectionCosts;
};
const bit = policyOf('bit-2016-10-25');
const vn = policyOf('vitrumnet-2.5-2018-04-15');

const euros = (amount: number) => Math.round(amount * 100);
const principals = fc.integer({ min: 1, max: 2_000_000_00 });

describe('BIK scale (nl:bik, Besluit vergoeding voor buitengerechtelijke incassokosten art. 2)', () => {
  it('shows the brackets used with base and exact amount, and rounds only the total', () => {
    expect(bikScale(123_456)).toEqual({
      value: 18_518,
      because: ['nl:bik'],
      figures: {
        principal: '1234.56',
        brackets: [{ from: '0.00', upTo: '2500.00', rate: '15%', base: '1234.56', amount: '185.184' }],
        scaleTotal: '185.18',
        minimum: '40.00',
        maximum: '6775.00',
        limit: null,
        rounding: 'the sum over the brackets, rounded once to the cent, half away from zero',
        source: 'Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2',
      },
    });
  });

  it('walks every bracket on a principal above € 200.000', () => {
    const { value, figures } = bikScale(euros(300_000.01));
    expect(figures.brackets).toEqual([
      { from: '0.00', upTo: '2500.00', rate: '15%', base: '2500.00', amount: '375.00' },
      { from: '2500.00', upTo: '5000.00', rate: '10%', base: '2500.00', amount: '250.00' },
      { from: '5000.00', upTo: '10000.00', rate: '5%', base: '5000.00', amount: '250.00' },
      { from: '10000.00', upTo: '200000.00', rate: '1%', base: '190000.00', amount: '1900.00' },
      { from: '200000.00', upTo: null, rate: '0.5%', base: '100000.01', amount: '500.00005' },
    ]);
    expect(value).toBe(euros(3275));
  });

  it.each([
    // the € 2.500 edge: 15% below, 10% above
    [euros(2499.99), '374.9985', euros(375)],
    [euros(2500), '375.00', euros(375)],
    [euros(2500.01), '375.001', euros(375)],
    [euros(2500.05), '375.005', euros(375.01)],
    // the € 5.000 edge: 10% below, 5% above
    [euros(4999.99), '624.999', euros(625)],
    [euros(5000), '625.00', euros(625)],
    [euros(5000.01), '625.0005', euros(625)],
    [euros(5000.1), '625.005', euros(625.01)],
    // the € 10.000 edge: 5% below, 1% above
    [euros(9999.99), '874.9995', euros(875)],
    [euros(10_000), '875.00', euros(875)],
    [euros(10_000.01), '875.0001', euros(875)],
    [euros(10_000.5), '875.005', euros(875.01)],
    // the € 200.000 edge: 1% below, 0.5% above
    [euros(199_999.99), '2774.9999', euros(2775)],
    [euros(200_000), '2775.00', euros(2775)],
    [euros(200_000.01), '2775.00005', euros(2775)],
    [euros(200_001), '2775.005', euros(2775.01)],
  ])('%i cents: exact %s, rounded half away from zero to %i cents', (principal, exact, costs) => {
    const { value, figures } = bikScale(principal);
    const sum = figures.brackets.reduce((total, bracket) => total + Number(bracket.amount), 0);
    expect(sum.toFixed(5)).toBe(Number(exact).toFixed(5));
    expect(value).toBe(costs);
    expect(figures.limit).toBeNull();
  });

  it.each([
    [1, 'minimum', BIK_MINIMUM],
    [euros(100), 'minimum', BIK_MINIMUM],
    [26_663, 'minimum', BIK_MINIMUM], // 15% is 39.9945, rounded 39.99
    [26_664, null, BIK_MINIMUM], // 15% is 39.996, rounded 40.00: the scale itself
    [26_669, null, 4_000], // 40.0035
    [26_670, null, 4_001], // 40.005 rounds up
  ])('the € 40 minimum: %i cents → limit %s, %i cents', (principal, limit, costs) => {
    const { value, figures } = bikScale(principal);
    expect(figures.limit).toBe(limit);
    expect(value).toBe(costs);
  });

  it.each([
    [99_999_899, null, 677_499], // 6774.99495
    [99_999_900, null, BIK_MAXIMUM], // 6774.995 rounds up
    [euros(1_000_000), null, BIK_MAXIMUM], // exactly the maximum
    [100_000_099, null, BIK_MAXIMUM], // 6775.00495
    [100_000_100, 'maximum', BIK_MAXIMUM], // 6775.005 would round to 6775.01
    [euros(50_000_000), 'maximum', BIK_MAXIMUM],
  ])('the € 6.775 maximum: %i cents → limit %s, %i cents', (principal, limit, costs) => {
    const { value, figures } = bikScale(principal);
    expect(figures.limit).toBe(limit);
    expect(value).toBe(costs);
  });

  it('charges nothing when there is no principal', () => {
    const { value, figures } = bikScale(0);
    expect(value).toBe(0);
    expect(figures).toMatchObject({ brackets: [], scaleTotal: '0.00', limit: 'no-principal' });
  });

  it.each([-1, 1.5, Number.NaN])('refuses a principal of %s', (principal) => {
    expect(fieldsOf(() => bikScale(principal))).toEqual(['principalCents']);
  });

  it('is monotone non-decreasing in the principal', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000_00), fc.nat(2_000_000_00), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bikScale(low).value).toBeLessThanOrEqual(bikScale(high).value);
      }),
    );
  });

  it('stays between the minimum and the maximum for any principal', () => {
    fc.assert(
      fc.property(principals, (principal) => {
        const { value } = bikScale(principal);
        expect(value).toBeGreaterThanOrEqual(BIK_MINIMUM);
        expect(value).toBeLessThanOrEqual(BIK_MAXIMUM);
      }),
    );
  });

  it('rises by at most a cent when the principal rises by a cent', () => {
    fc.assert(
      fc.property(principals, (principal) => {
        const step = bikScale(principal + 1).value - bikScale(principal).value;
        expect(step).toBeGreaterThanOrEqual(0);
        expect(step).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is within half a cent of the exact scale wherever no limit applies', () => {
    fc.assert(
      fc.property(principals, (principal) => {
        const { value, figures } = bikScale(principal);
        fc.pre(figures.limit === null);
        const exact = figures.brackets.reduce((total, bracket) => total + Number(bracket.amount) * 100, 0);
        expect(Math.abs(value - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
    );
  });
});

describe('collection costs of one reminder', () => {
  it.each([
    ['bit', bit, ['bit:11.7', 'nl:bik']],
    ['vitrumnet', vn, ['vn:7.1.6', 'nl:bik']],
  ] as const)(
    'a consumer of %s always pays the BIK scale (binding, art. 6:96 lid 5–7 BW)',
    (_, policy, rules) => {
      const { value, because, figures } = collectionCosts({
        policy,
        customerKind: 'consumer',
        principalCents: 123_456,
        actualCostsCents: 50_000,
      });
      expect(value).toBe(18_518);
      expect(because).toEqual(rules);
      expect(figures).toMatchObject({ customer: 'consumer', method: 'bik', costs: '185.18', vat: '0.00' });
      expect(figures.scale?.brackets).toHaveLength(1);
    },
  );

  it('a business of bit pays the BIK scale as its terms agree (bit:11.7)', () => {
    const { value, because, figures } = collectionCosts({
      policy: bit,
      customerKind: 'business',
      principalCents: euros(6000),
    });
    expect(value).toBe(euros(675));
    expect(because).toEqual(['bit:11.7', 'nl:bik']);
    expect(figures).toMatchObject({ method: 'bik', basis: 'business: the BIK scale as the terms agree' });
  });

  it.each([
    [euros(300), euros(300), false],
    [euros(6775), euros(6775), false],
    [euros(9000), euros(6775), true],
  ])(
    'a business of vitrumnet pays actual costs of %i cents up to the cap: %i (vn:7.1.6)',
    (actual, costs, capped) => {
      const { value, because, figures } = collectionCosts({
        policy: vn,
        customerKind: 'business',
        principalCents: euros(100),
        actualCostsCents: actual,
      });
      expect(value).toBe(costs);
      expect(because).toEqual(['vn:7.1.6']);
      expect(figures).toMatchObject({ method: 'actual', cap: '6775.00', capped, scale: null });
    },
  );

  it('actual costs without a cap are passed on in full', () => {
    const policy: CollectionCostsPolicy = { ...vn, actualCostsCapCents: null };
    const costs = collectionCosts({
      policy,
      customerKind: 'business',
      principalCents: 1,
      actualCostsCents: 1e7,
    });
    expect(costs.value).toBe(1e7);
    expect(costs.figures).toMatchObject({ cap: null, capped: false });
  });

  it('adds 21% VAT on top of the scale where the seller cannot deduct it (nl:bik)', () => {
    const { value, figures } = collectionCosts({
      policy: bit,
      customerKind: 'consumer',
      principalCents: 123_456,
      vatOnTop: true,
    });
    expect(value).toBe(18_518 + 3_889); // 21% of 185.18 is 38.8878
    expect(figures).toMatchObject({ costs: '185.18', vatRate: '21', vat: '38.89' });
  });

  it('adds no VAT on top of actual costs, and says so', () => {
    const { value, figures } = collectionCosts({
      policy: vn,
      customerKind: 'business',
      principalCents: euros(100),
      actualCostsCents: euros(100),
      vatOnTop: true,
    });
    expect(value).toBe(euros(100));
    expect(figures.vat).toBe('0.00');
    expect(figures.vatNote).toMatch(/no VAT added/);
  });

  it('needs the actual costs where a business pays them', () => {
    expect(
      fieldsOf(() => collectionCosts({ policy: vn, customerKind: 'business', principalCents: 100 })),
    ).toEqual(['actualCostsCents']);
  });

  it.each([
    [{ principalCents: -1, actualCostsCents: 0 }, ['principalCents']],
    [{ principalCents: 100, actualCostsCents: -1 }, ['actualCostsCents']],
    [{ principalCents: 100, actualCostsCents: 0.5 }, ['actualCostsCents']],
  ])('refuses %j naming the field', (amounts, fields) => {
    expect(fieldsOf(() => collectionCosts({ policy: vn, customerKind: 'business', ...amounts }))).toEqual(
      fields,
    );
  });

  it('a consumer never pays more than the scale, whatever the terms and actual costs', () => {
    fc.assert(
      fc.property(principals, fc.nat(1e7), fc.constantFrom(bit, vn), (principal, actual, policy) => {
        const costs = collectionCosts({
          policy,
          customerKind: 'consumer',
          principalCents: principal,
          actualCostsCents: actual,
        });
        expect(costs.value).toBe(bikScale(principal).value);
      }),
    );
  });
});
