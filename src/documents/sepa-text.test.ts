import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../shared/errors/index.ts';
import { sepaIdentifier, sepaText, transliterate } from './sepa-text.ts';

function problemOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('transliterate', () => {
  it.each([
    ["Café 't Hoekje", "Cafe 't Hoekje"],
    ['Müller & Söhne GmbH', 'Muller + Sohne GmbH'],
    ['Straße', 'Strasse'],
    ['Łódź', 'Lodz'],
    ['Ærø Ørsted', 'AEro Orsted'],
    ['Œuvre – “goed”', "OEuvre - 'goed'"],
    ['  twee   spaties\nen regel ', 'twee spaties en regel'],
    ['€ 12,50', 'EUR 12,50'],
  ])('%s → %s', (input, output) => {
    expect(transliterate(input)).toBe(output);
  });
});

describe('sepaText', () => {
  it('returns the transliterated text', () => {
    expect(sepaText('Bäckerei Zoë', 'name', 70)).toBe('Backerei Zoe');
  });

  it('refuses a character without a stand-in, naming it', () => {
    expect(problemOf(() => sepaText('info@vezel.nl', 'remittance', 140))).toBe(
      "remittance: contains '@', which the SEPA character set does not have (a–z, A–Z, 0–9, space and / - ? : ( ) . , ' +)",
    );
    expect(problemOf(() => sepaText('Κώστας', 'name', 70))).toContain("contains 'Κ'");
  });

  it('refuses text longer than the limit after transliteration', () => {
    expect(sepaText('ß'.repeat(70), 'remittance', 140)).toHaveLength(140);
    expect(problemOf(() => sepaText('ß'.repeat(71), 'remittance', 140))).toBe(
      'remittance: has 142 characters, more than the 140 a SEPA file takes',
    );
  });

  it('refuses empty and missing text', () => {
    expect(problemOf(() => sepaText('  ', 'name', 70))).toBe('name: is empty');
    expect(problemOf(() => sepaText(undefined, 'name', 70))).toBe('name: is required');
    expect(problemOf(() => sepaText(12, 'name', 70))).toBe('name: must be text, not a number');
  });
});

describe('sepaIdentifier', () => {
  it('takes an identifier as given', () => {
    expect(sepaIdentifier(' VZ-MANDATE-0001 ', 'mandateId')).toBe('VZ-MANDATE-0001');
    expect(sepaIdentifier('a/b', 'id')).toBe('a/b');
  });

  it('never transliterates: an accent or a space is refused', () => {
    expect(problemOf(() => sepaIdentifier('MANDAAT-É1', 'mandateId'))).toBe(
      "mandateId: 'MANDAAT-É1' contains 'É', but an identifier takes only a–z, A–Z, 0–9 and / - ? : ( ) . , ' +",
    );
    expect(problemOf(() => sepaIdentifier('VZ 1', 'messageId'))).toContain('contains a space');
  });

  it("refuses a leading or trailing '/' and '//'", () => {
    for (const id of ['/A', 'A/', 'A//B'])
      expect(problemOf(() => sepaIdentifier(id, 'id'))).toBe(
        `id: '${id}' may not start or end with '/' nor contain '//'`,
      );
  });

  it('refuses more than 35 characters', () => {
    expect(sepaIdentifier('X'.repeat(35), 'id')).toHaveLength(35);
    expect(problemOf(() => sepaIdentifier('X'.repeat(36), 'id'))).toContain(
      'has 36 characters, more than 35',
    );
  });
});
