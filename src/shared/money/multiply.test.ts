import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MIN_CENTS } from './cents.ts';
import { lineNetAmount, multiplyCents, percentOf } from './multiply.ts';

const anyCents = fc.integer({ min: MIN_CENTS, max: MAX_CENTS });

describe('multiplyCents', () => {
  it('multiplying by 1 is the identity, in every spelling of 1', () => {
    fc.assert(
      fc.property(anyCents, fc.constantFrom<string | number>(1, '1', '1.0', '1.0000'), (cents, one) => {
        expect(multiplyCents(cents, one)).toBe(cents);
      }),
    );
  });

  it('rounds half a cent away from zero', () => {
    expect(multiplyCents(1, '0.5')).toBe(1);
    expect(multiplyCents(-1, '0.5')).toBe(-1);
    expect(multiplyCents(3, '0.5')).toBe(2);
    expect(multiplyCents(5, '0.5')).toBe(3); // 2.5 → 3: not banker's rounding
    expect(multiplyCents(-5, '0.5')).toBe(-3);
    expect(multiplyCents(1, '0.49')).toBe(0);
    expect(multiplyCents(1, '-0.5')).toBe(-1);
  });

  it('is exact where floating point is not', () => {
    expect(100 * 1.15).not.toBe(115); // 114.99999999999999 as a double
    expect(multiplyCents(100, '1.15')).toBe(115);
    expect(multiplyCents(100, '8.15')).toBe(815);
    expect(multiplyCents(100, '1.005')).toBe(101); // Math.round(1.005 * 100) is 100
    expect(multiplyCents(1_000_000_000_000, '0.1234567891')).toBe(123_456_789_100);
  });

  it('works up to the largest safe amount and refuses anything beyond', () => {
    expect(multiplyCents(MAX_CENTS, '0.5')).toBe(4503599627370496); // …495.5 rounds up
    expect(multiplyCents(MIN_CENTS, '0.5')).toBe(-4503599627370496);
    expect(multiplyCents(MAX_CENTS, -1)).toBe(MIN_CENTS);
    expect(() => multiplyCents(MAX_CENTS, '1.0000001')).toThrow(RangeError);
    expect(() => multiplyCents(1, '1' + '0'.repeat(30))).toThrow(/beyond the largest amount/);
  });

  it('names what is wrong', () => {
    expect(() => multiplyCents(1.5, 2)).toThrow('amount: 1.5 is not a whole number of cents');
    expect(() => multiplyCents(100, 'abc')).toThrow(/^factor: 'abc' is not a decimal number/);
    expect(() => multiplyCents(100, 0.15)).toThrow(/^factor: 0.15 is not a safe integer/);
  });
});

describe('percentOf', () => {
  it('takes percentages exactly', () => {
    expect(percentOf(10_000, '15')).toBe(1500); // 15 % cancellation costs, bit:4.1
    expect(percentOf(123_456, '21')).toBe(25926); // 25925.76
    expect(percentOf(123_456, '9')).toBe(11111); // 11111.04
    expect(percentOf(123_456, '0')).toBe(0);
    expect(percentOf(250, '21')).toBe(53); // 52.5 → 53
    expect(percentOf(-250, '21')).toBe(-53); // −52.5 → −53
    expect(percentOf(1, '50')).toBe(1);
    expect(percentOf(-1, '50')).toBe(-1);
    expect(percentOf(999, '8.15')).toBe(81); // 81.4185
  });

  it('refuses a result beyond the safe range', () => {
    expect(percentOf(MAX_CENTS, '100')).toBe(MAX_CENTS);
    expect(() => percentOf(MAX_CENTS, '100.01')).toThrow(RangeError);
    expect(() => percentOf(100, '')).toThrow('percent: is empty');
  });
});

describe('lineNetAmount (Peppol BT-131)', () => {
  it('multiplies a quantity by a price in cents', () => {
    expect(lineNetAmount(3, { cents: 1999 })).toBe(5997);
    expect(lineNetAmount('1.5', { cents: 999 })).toBe(1499); // 1498.5
    expect(lineNetAmount('-1.5', { cents: 999 })).toBe(-1499); // a credited line
    expect(lineNetAmount('0', { cents: 999 })).toBe(0);
  });

  it('takes unit prices with more than two decimals in euros', () => {
    expect(lineNetAmount('1000', { euros: '0.0125' })).toBe(1250);
    expect(lineNetAmount('7', { euros: '0.0125' })).toBe(9); // 8.75 cents
    expect(lineNetAmount(1, { euros: '12.345' })).toBe(1235); // 1234.5 cents
    expect(lineNetAmount('2.5', { euros: '19.99' })).toBe(4998); // 4997.5 cents
    expect(lineNetAmount('123.456', { euros: 3 })).toBe(37037); // 370.368 euros
  });

  it('divides by the price base quantity (BT-149)', () => {
    expect(lineNetAmount('250', { euros: '4.00' }, '1000')).toBe(100);
    expect(lineNetAmount('1', { cents: 100 }, 3)).toBe(33);
    expect(lineNetAmount('2', { cents: 100 }, 3)).toBe(67);
    expect(() => lineNetAmount(1, { cents: 100 }, 0)).toThrow('baseQuantity: must be more than zero');
    expect(() => lineNetAmount(1, { cents: 100 }, -1)).toThrow(RangeError);
  });

  it('names the input that is wrong', () => {
    expect(() => lineNetAmount('1,5', { cents: 100 })).toThrow(/^quantity: '1,5' contains a comma/);
    expect(() => lineNetAmount(1, { cents: 1.5 })).toThrow('unitPrice: 1.5 is not a whole number of cents');
    expect(() => lineNetAmount(1, { euros: '1e2' })).toThrow(/^unitPrice: '1e2' uses exponent notation/);
    expect(() => lineNetAmount('1' + '0'.repeat(20), { cents: 1000 })).toThrow(/^lineNet: .* beyond/);
  });

  it('equals multiplyCents for whole-cent prices', () => {
    const quantity = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat({ max: 4 }))
      .map(([units, scale]) => ({ units: BigInt(units), scale }));
    fc.assert(
      fc.property(quantity, fc.integer({ min: -1e9, max: 1e9 }), (q, price) => {
        expect(lineNetAmount(q, { cents: price })).toBe(multiplyCents(price, q));
      }),
    );
  });
});
