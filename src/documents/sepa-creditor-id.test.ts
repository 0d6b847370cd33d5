import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../shared/errors/index.ts';
import { creditorCheckDigits, creditorIdentifier } from './sepa-creditor-id.ts';

function problemOf(value: string): string {
  try {
    creditorIdentifier(value, 'creditorId');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('creditorIdentifier', () => {
  it("accepts the Bundesbank's published test identifier and a Dutch one", () => {
    expect(creditorIdentifier('DE98ZZZ09999999999', 'creditorId')).toBe('DE98ZZZ09999999999');
    expect(creditorIdentifier('nl69 zzz 1234 5678 0000', 'creditorId')).toBe('NL69ZZZ123456780000');
  });

  it('ignores the business code in the check', () => {
    expect(creditorIdentifier('NL69ABC123456780000', 'creditorId')).toBe('NL69ABC123456780000');
  });

  it('refuses wrong check digits, saying which they should be', () => {
    expect(problemOf('NL98ZZZ999999999999')).toBe(
      "creditorId: 'NL98ZZZ999999999999' has check digits 98 where its national identifier gives 57 (ISO 7064 MOD 97-10): check for a typing error",
    );
  });

  it('refuses what does not have the shape', () => {
    expect(problemOf('NL69ZZZ')).toContain('is not a SEPA creditor identifier');
    expect(problemOf('NLXXZZZ123456780000')).toContain('is not a SEPA creditor identifier');
    expect(problemOf('')).toBe(
      'creditorId: is required: the SEPA creditor identifier, e.g. NL69ZZZ123456780000',
    );
  });

  it('catches every single changed digit of the national identifier', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{12}$/),
        fc.nat(11),
        fc.integer({ min: 1, max: 9 }),
        (national, position, delta) => {
          const id = `NL${creditorCheckDigits('NL', national)}ZZZ${national}`;
          expect(creditorIdentifier(id, 'creditorId')).toBe(id);
          const digit = (Number(national[position]) + delta) % 10;
          const typo = `${id.slice(0, 7 + position)}${digit}${id.slice(8 + position)}`;
          expect(() => creditorIdentifier(typo, 'creditorId')).toThrow(InvalidInputError);
        },
      ),
    );
  });
});
