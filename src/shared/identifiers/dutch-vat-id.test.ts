import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { dutchVatId } from './dutch-vat-id.ts';

/*
 * Reference checks written apart from the implementation (BigInt, whole-number arithmetic), to
 * generate valid ids and to tell a mutation that happens to pass the other check.
 */
function elevenProof(nine: string): boolean {
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  return weights.reduce((sum, weight, i) => sum + weight * Number(nine[i]), 0) % 11 === 0;
}
function mod97(id: string): boolean {
  const numeric = id.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return BigInt(numeric) % 97n === 1n;
}
const passes = (id: string) => elevenProof(id.slice(2, 11)) || mod97(id);

describe('dutchVatId: known ids', () => {
  it.each([
    // mod 97, sole proprietors since 2020
    'NL000099998B57', // the Belastingdienst's example
    'NL002455799B11', // python-stdnum #183
    'NL002014005B30', // form-validation #23
    'NL123456789B13', // valvat spec
    // 11-proof: RSIN-based ids
    'NL123456782B12', // valvat spec
    'NL802549391B01',
    'NL808661863B01',
    'NL820893559B01',
    'NL007303907B01', // Oracle documentation
    'NL813086188B01',
    'NL801270650B01',
    'NL803773614B01',
    'NL811356103B01',
    'NL004495445B01', // python-stdnum doctest
  ])('accepts %s', (id) => {
    expect(dutchVatId(id, 'vatId')).toBe(id);
  });

  it.each([
    ['nl000099998b57', 'NL000099998B57'],
    ['NL 0000.99998 B57', 'NL000099998B57'],
    ['NL-000099998-B57', 'NL000099998B57'],
    [' NL000099998B57 ', 'NL000099998B57'],
  ])('normalises %j to %s', (text, id) => {
    expect(dutchVatId(text, 'vatId')).toBe(id);
  });

  it.each([
    ['NL000099998B58', "vatId: 'NL000099998B58' has a wrong check digit"],
    ['NL000099998B75', 'passes neither the 11-proof nor the mod-97 check'], // check digits swapped
    ['NL123456789B01', 'has a wrong check digit'], // a placeholder often seen in examples
    ['NL123456789B56', 'has a wrong check digit'], // an illustration in a Dutch accountant's article
    ['NL802549391B00', "vatId: 'NL802549391B00' ends in B00, which is never issued"],
    ['NL000000000B01', "vatId: 'NL000000000B01' is not a VAT id (nine zeros)"],
    ['000099998B57', "vatId: '000099998B57' lacks the country prefix; write NL000099998B57"],
    ['NL00009999B57', 'vatId: must be NL, 9 digits, B and 2 digits (e.g. NL000099998B57)'],
    ['NL000099998B5', 'must be NL, 9 digits, B and 2 digits'],
    ['NL000099998-57', 'must be NL, 9 digits, B and 2 digits'],
    ['BE0123456789', 'must be NL, 9 digits, B and 2 digits'],
    ['', 'vatId: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => dutchVatId(text, 'vatId')).toThrow(InvalidInputError);
    expect(() => dutchVatId(text, 'vatId')).toThrow(message);
  });
});

describe('dutchVatId: properties', () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));

  /** An 11-proof id: 8 free digits, the 9th the check, any fiscal-unit suffix 01 to 99. */
  const elevenProofId = fc
    .tuple(digits(8), fc.integer({ min: 1, max: 99 }))
    .map(([eight, unit]) => {
      const sum = [...eight].reduce((s, d, i) => s + (9 - i) * Number(d), 0);
      return { eight, check: sum % 11, unit };
    })
    .filter(({ eight, check }) => check < 10 && eight !== '00000000')
    .map(({ eight, check, unit }) => `NL${eight}${check}B${String(unit).padStart(2, '0')}`);

  /** A mod-97 id: 9 free digits, the 2 check digits as an IBAN's (98 − 100·n mod 97). */
  const mod97Id = digits(9)
    .filter((nine) => nine !== '000000000')
    .map((nine) => {
      const base = BigInt(`2321${nine}11`) * 100n;
      const check = 98n - (base % 97n);
      return `NL${nine}B${String(check).padStart(2, '0')}`;
    });

  it('generated ids pass their reference check', () => {
    fc.assert(
      fc.property(elevenProofId, (id) => {
        expect(elevenProof(id.slice(2, 11))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(mod97Id, (id) => {
        expect(mod97(id)).toBe(true);
      }),
    );
  });

  it('accepts every 11-proof id and every mod-97 id', () => {
    fc.assert(
      fc.property(fc.oneof(elevenProofId, mod97Id), (id) => {
        expect(dutchVatId(id, 'v')).toBe(id);
      }),
    );
  });

  /** Changes one digit at one of the given positions of the id to another digit. */
  const mutate = (ids: fc.Arbitrary<string>, positions: readonly number[]) =>
    fc.tuple(ids, fc.constantFrom(...positions), fc.integer({ min: 1, max: 9 })).map(([id, at, shift]) => {
      const digit = String((Number(id[at]) + shift) % 10);
      return { id, changed: id.slice(0, at) + digit + id.slice(at + 1) };
    });
  const NINE_DIGITS = [2, 3, 4, 5, 6, 7, 8, 9, 10];
  const ALL_DIGITS = [...NINE_DIGITS, 12, 13];

  it('refuses an 11-proof id with one of its nine digits changed (unless that passes mod 97)', () => {
    fc.assert(
      fc.property(mutate(elevenProofId, NINE_DIGITS), ({ changed }) => {
        fc.pre(!mod97(changed) && !changed.startsWith('NL000000000'));
        expect(() => dutchVatId(changed, 'v')).toThrow('has a wrong check digit');
      }),
    );
  });

  it('refuses a mod-97 id with any one digit changed (unless that passes the 11-proof)', () => {
    fc.assert(
      fc.property(mutate(mod97Id, ALL_DIGITS), ({ changed }) => {
        fc.pre(!elevenProof(changed.slice(2, 11)) && !changed.endsWith('B00'));
        expect(() => dutchVatId(changed, 'v')).toThrow('has a wrong check digit');
      }),
    );
  });

  it('accepts exactly the ids that pass one of the reference checks', () => {
    const anyId = fc
      .tuple(digits(9), digits(2))
      .map(([nine, two]) => `NL${nine}B${two}`)
      .filter((id) => !id.endsWith('B00') && !id.startsWith('NL000000000'));
    fc.assert(
      fc.property(anyId, (id) => {
        if (passes(id)) expect(dutchVatId(id, 'v')).toBe(id);
        else expect(() => dutchVatId(id, 'v')).toThrow('has a wrong check digit');
      }),
      { numRuns: 2000 },
    );
  });
});
