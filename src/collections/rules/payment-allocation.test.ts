import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { fieldsOf, problemsOf } from '../../../test/support/field-problems.ts';
import { ALLOCATION_ORDERS, MOST_ONEROUS_READING, allocatePayment } from './payment-allocation.ts';
import type { AllocationOrder, OpenClaim, PaymentToAllocate } from './payment-allocation.ts';

const day = (text: string) => Temporal.PlainDate.from(text);

function claim(id: string, due: string, open: Partial<Omit<OpenClaim, 'id' | 'dueOn'>> = {}): OpenClaim {
  return {
    id,
    kind: 'invoice',
    issuedOn: day(due).subtract({ days: 14 }),
    dueOn: day(due),
    costsCents: 0,
    interestCents: 0,
    principalCents: 0,
    disputedCents: 0,
    ...open,
  };
}

/** Three invoices and a cost claim, as worked by hand below. */
const ledger: OpenClaim[] = [
  claim('INV-3', '2026-04-15', { interestCents: 100, principalCents: 30_000, disputedCents: 10_000 }),
  claim('COST-1', '2026-03-15', { kind: 'costs', costsCents: 4_000 }),
  claim('INV-1', '2026-01-15', { interestCents: 500, principalCents: 10_000 }),
  claim('INV-2', '2026-02-15', { interestCents: 300, principalCents: 20_000 }),
];

const allocate = (order: AllocationOrder, amountCents: number, more: Partial<PaymentToAllocate> = {}) =>
  allocatePayment({ amountCents, paidOn: day('2026-04-10'), order, claims: ledger, ...more });

const rows = (result: ReturnType<typeof allocatePayment>) =>
  result.value.allocations.map(
    ({ claimId, component, amountCents }) => `${claimId} ${component} ${amountCents}`,
  );

describe('costs, interest, then the oldest invoices (bit:11.4)', () => {
  it('pays all costs, then all interest, then principal oldest first', () => {
    const result = allocate('costs-interest-oldest-principal', 20_000);
    expect(rows(result)).toEqual([
      'COST-1 costs 4000',
      'INV-1 interest 500',
      'INV-2 interest 300',
      'INV-3 interest 100',
      'INV-1 principal 10000',
      'INV-2 principal 5100',
    ]);
    expect(result.value.unallocatedCents).toBe(0);
    expect(result.because).toEqual(['bit:11.4', 'bit:9.5']);
    expect(result.figures).toMatchObject({
      amount: '200.00',
      claimOrder: [['INV-1'], ['INV-2'], ['COST-1'], ['INV-3']],
      namedClaim: null,
      namedClaimHandling: null,
      credit: '0.00',
    });
  });

  it('keeps an overpayment as credit, after the disputed principal', () => {
    const result = allocate('costs-interest-oldest-principal', 70_000);
    expect(rows(result)).toEqual([
      'COST-1 costs 4000',
      'INV-1 interest 500',
      'INV-2 interest 300',
      'INV-3 interest 100',
      'INV-1 principal 10000',
      'INV-2 principal 20000',
      'INV-3 principal 30000',
    ]);
    expect(result.value.unallocatedCents).toBe(5_100);
    expect(result.figures).toMatchObject({ allocated: '649.00', credit: '51.00' });
  });

  it('takes disputed principal only after every undisputed amount (bit:9.5)', () => {
    // 54.900 pays every undisputed amount; the next 1.000 goes to the disputed 10.000 of INV-3.
    const result = allocate('costs-interest-oldest-principal', 55_900);
    expect(rows(result).at(-1)).toBe('INV-3 principal 21000');
    expect(result.value.unallocatedCents).toBe(0);
  });

  it('ignores a named claim, and says so', () => {
    const named = allocate('costs-interest-oldest-principal', 20_000, { namedClaimId: 'INV-3' });
    expect(named.value).toEqual(allocate('costs-interest-oldest-principal', 20_000).value);
    expect(named.figures.namedClaim).toBe('INV-3');
    expect(named.figures.namedClaimHandling).toMatch(/^ignored: bit:11\.4/);
  });

  it('ends a tie of due and issue dates on the claim id', () => {
    const claims = [
      claim('B', '2026-01-15', { principalCents: 100 }),
      claim('A', '2026-01-15', { principalCents: 100 }),
    ];
    const result = allocatePayment({
      amountCents: 150,
      paidOn: day('2026-02-01'),
      order: 'costs-interest-oldest-principal',
      claims,
    });
    expect(rows(result)).toEqual(['A principal 100', 'B principal 50']);
  });
});

describe('the statutory order (nl:6:43, nl:6:44)', () => {
  it('pays due claims by interest borne, then age; each claim its costs, interest, principal', () => {
    // On 10 April INV-3 is not yet due; of the due claims INV-1 bears the most interest, COST-1 none.
    const result = allocate('statutory', 20_000);
    expect(rows(result)).toEqual([
      'INV-1 interest 500',
      'INV-1 principal 10000',
      'INV-2 interest 300',
      'INV-2 principal 9200',
    ]);
    expect(result.because).toEqual(['nl:6:43', 'nl:6:44', 'bit:9.5']);
    expect(result.figures.claimOrder).toEqual([['INV-1'], ['INV-2'], ['COST-1'], ['INV-3']]);
    expect(result.figures.readings).toContain(MOST_ONEROUS_READING);
  });

  it('pays the named claim first, its disputed principal included', () => {
    const result = allocate('statutory', 35_000, { namedClaimId: 'INV-3' });
    expect(rows(result)).toEqual([
      'INV-3 interest 100',
      'INV-3 principal 30000',
      'INV-1 interest 500',
      'INV-1 principal 4400',
    ]);
    expect(result.figures).toMatchObject({
      namedClaim: 'INV-3',
      claimOrder: [['INV-3'], ['INV-1'], ['INV-2'], ['COST-1']],
    });
    expect(result.figures.namedClaimHandling).toMatch(/^paid first/);
  });

  it('pays a claim due on the payment day before a claim not yet due, whatever the interest', () => {
    const claims = [
      claim('LATER', '2026-05-02', { interestCents: 900, principalCents: 1_000 }),
      claim('TODAY', '2026-05-01', { principalCents: 1_000 }),
    ];
    const result = allocatePayment({
      amountCents: 1_500,
      paidOn: day('2026-05-01'),
      order: 'statutory',
      claims,
    });
    expect(rows(result)).toEqual(['TODAY principal 1000', 'LATER interest 500']);
  });

  it('pays the oldest first among claims bearing the same interest', () => {
    const claims = [
      claim('NEW', '2026-03-01', { interestCents: 50, principalCents: 1_000 }),
      claim('OLD', '2026-02-01', { interestCents: 50, principalCents: 1_000 }),
    ];
    const result = allocatePayment({
      amountCents: 1_100,
      paidOn: day('2026-04-01'),
      order: 'statutory',
      claims,
    });
    expect(rows(result)).toEqual(['OLD interest 50', 'OLD principal 1000', 'NEW interest 50']);
  });

  it('shares pro rata over equal claims, each still costs first (nl:6:44)', () => {
    const claims = [
      claim('B', '2026-01-15', { principalCents: 10_000 }),
      claim('A', '2026-01-15', { costsCents: 1_000, principalCents: 9_000 }),
    ];
    const result = allocatePayment({
      amountCents: 5_000,
      paidOn: day('2026-02-01'),
      order: 'statutory',
      claims,
    });
    expect(rows(result)).toEqual(['A costs 1000', 'A principal 1500', 'B principal 2500']);
    expect(result.figures.claimOrder).toEqual([['A', 'B']]);
  });

  it('shares without losing a cent, the odd cent to the largest remainder', () => {
    const claims = [
      claim('A', '2026-01-15', { principalCents: 10_000 }),
      claim('B', '2026-01-15', { principalCents: 30_000 }),
    ];
    const result = allocatePayment({
      amountCents: 10_001,
      paidOn: day('2026-02-01'),
      order: 'statutory',
      claims,
    });
    expect(rows(result)).toEqual(['A principal 2500', 'B principal 7501']);
  });

  it('takes disputed principal last, even of a claim due before the others (bit:9.5)', () => {
    const claims = [
      claim('D', '2026-01-15', { interestCents: 1_000, principalCents: 10_000, disputedCents: 10_000 }),
      claim('E', '2026-06-15', { principalCents: 5_000 }),
    ];
    const payment = { amountCents: 8_000, paidOn: day('2026-02-01'), order: 'statutory', claims } as const;
    expect(rows(allocatePayment(payment))).toEqual([
      'D interest 1000',
      'E principal 5000',
      'D principal 2000',
    ]);
    expect(rows(allocatePayment({ ...payment, namedClaimId: 'D' }))).toEqual([
      'D interest 1000',
      'D principal 7000',
    ]);
  });

  it('keeps an overpayment as credit', () => {
    const result = allocate('statutory', 100_000);
    expect(result.value.unallocatedCents).toBe(100_000 - 64_900);
    expect(result.figures.credit).toBe('351.00');
  });
});

describe('bad input', () => {
  it('names every wrong field at once', () => {
    const problems = problemsOf(() =>
      allocatePayment({
        amountCents: -1,
        paidOn: day('2026-02-01'),
        order: 'statutory',
        namedClaimId: 'NOPE',
        claims: [
          claim('A', '2026-01-15', { principalCents: 100, disputedCents: 200 }),
          claim('A', '2026-01-15', { costsCents: -5 }),
          claim('', '2026-01-15', { interestCents: 0.5 }),
        ],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'amountCents',
      'claims[0].disputedCents',
      'claims[1].id',
      'claims[1].costsCents',
      'claims[2].id',
      'claims[2].interestCents',
      'namedClaimId',
    ]);
    expect(problems[2]?.problem).toBe("'A' is also the id of claims[0]");
  });

  it('refuses an order it does not know', () => {
    const order = 'newest-first' as AllocationOrder;
    expect(fieldsOf(() => allocate(order, 100))).toEqual(['order']);
  });

  it('refuses a named claim that is not open, under either order', () => {
    for (const order of ALLOCATION_ORDERS)
      expect(fieldsOf(() => allocate(order, 100, { namedClaimId: 'INV-9' }))).toEqual(['namedClaimId']);
  });
});

describe('properties', () => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
  const cents = fc.nat(20_000);
  const openClaim = (id: string) =>
    fc
      .record({
        kind: fc.constantFrom('invoice' as const, 'costs' as const),
        // Few dates and round amounts, so that ties (and pro rata shares) are common.
        issued: fc.nat(4),
        term: fc.constantFrom(0, 14, 30),
        costsCents: fc.oneof(fc.constant(0), fc.constant(4_000), cents),
        interestCents: fc.oneof(fc.constant(0), fc.constant(100), cents),
        principalCents: cents,
        disputedShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
      })
      .map(({ issued, term, principalCents, disputedShare, ...rest }): OpenClaim => {
        const issuedOn = day('2026-01-01').add({ days: issued });
        return {
          id,
          issuedOn,
          dueOn: issuedOn.add({ days: term }),
          principalCents,
          disputedCents: Math.floor(principalCents * disputedShare),
          ...rest,
        };
      });
  const payments = fc
    .subarray(ids, { minLength: 1 })
    .chain((chosen) => fc.tuple(...chosen.map(openClaim)))
    .chain((claims) =>
      fc.record({
        claims: fc.constant(claims),
        amountCents: fc.nat(150_000),
        paidOn: fc.nat(40).map((days) => day('2026-01-01').add({ days })),
        order: fc.constantFrom(...ALLOCATION_ORDERS),
        namedClaimId: fc.option(fc.constantFrom(...claims.map((c) => c.id)), { nil: undefined }),
      }),
    );

  const paidTo = (result: ReturnType<typeof allocatePayment>, id: string, component: string) =>
    result.value.allocations
      .filter((a) => a.claimId === id && a.component === component)
      .reduce((sum, a) => sum + a.amountCents, 0);

  it('allocates exactly the amount, the rest as credit, and only when all is paid', () => {
    fc.assert(
      fc.property(payments, (payment) => {
        const { value } = allocatePayment(payment);
        const allocated = value.allocations.reduce((sum, a) => sum + a.amountCents, 0);
        expect(allocated + value.unallocatedCents).toBe(payment.amountCents);
        const open = payment.claims.reduce(
          (s, c) => s + c.costsCents + c.interestCents + c.principalCents,
          0,
        );
        expect(value.unallocatedCents).toBe(Math.max(0, payment.amountCents - open));
        expect(value.allocations.every((a) => a.amountCents > 0)).toBe(true);
      }),
    );
  });

  it('never pays a component more than is open on it', () => {
    fc.assert(
      fc.property(payments, (payment) => {
        const result = allocatePayment(payment);
        for (const c of payment.claims) {
          expect(paidTo(result, c.id, 'costs')).toBeLessThanOrEqual(c.costsCents);
          expect(paidTo(result, c.id, 'interest')).toBeLessThanOrEqual(c.interestCents);
          expect(paidTo(result, c.id, 'principal')).toBeLessThanOrEqual(c.principalCents);
        }
      }),
    );
  });

  it('bit:11.4: no principal gets money while any costs or interest stay open', () => {
    fc.assert(
      fc.property(payments, (payment) => {
        const result = allocatePayment({ ...payment, order: 'costs-interest-oldest-principal' });
        if (!result.value.allocations.some((a) => a.component === 'principal')) return;
        for (const c of payment.claims) {
          expect(paidTo(result, c.id, 'costs')).toBe(c.costsCents);
          expect(paidTo(result, c.id, 'interest')).toBe(c.interestCents);
        }
      }),
    );
  });

  it('bit:9.5: disputed principal gets money only when every undisputed amount is paid', () => {
    fc.assert(
      fc.property(payments, (payment) => {
        const result = allocatePayment({ ...payment, namedClaimId: undefined });
        const intoDispute = payment.claims.some(
          (c) => paidTo(result, c.id, 'principal') > c.principalCents - c.disputedCents,
        );
        if (!intoDispute) return;
        for (const c of payment.claims) {
          expect(paidTo(result, c.id, 'costs')).toBe(c.costsCents);
          expect(paidTo(result, c.id, 'interest')).toBe(c.interestCents);
          expect(paidTo(result, c.id, 'principal')).toBeGreaterThanOrEqual(
            c.principalCents - c.disputedCents,
          );
        }
      }),
    );
  });

  it('does not depend on the order the claims are given in', () => {
    fc.assert(
      fc.property(
        payments.chain((payment) =>
          fc.tuple(
            fc.constant(payment),
            fc.shuffledSubarray(payment.claims, { minLength: payment.claims.length }),
          ),
        ),
        ([payment, shuffled]) => {
          expect(allocatePayment({ ...payment, claims: shuffled })).toEqual(allocatePayment(payment));
        },
      ),
    );
  });
});
