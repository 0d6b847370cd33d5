import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { emailAddress } from './email-address.ts';

describe('emailAddress', () => {
  it.each([
    ['billing@bit.example', 'billing@bit.example'],
    ['  jan@example.nl ', 'jan@example.nl'],
    ['Jan.Jansen@Example.NL', 'Jan.Jansen@example.nl'],
    ['noc+faults@sub.domain.example.com', 'noc+faults@sub.domain.example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['info@café.nl', 'info@café.nl'],
    ['a@b.co', 'a@b.co'],
    ['x@xn--caf-dma.nl', 'x@xn--caf-dma.nl'],
  ])('%j is %j', (text, address) => {
    expect(emailAddress(text, 'email')).toBe(address);
  });

  it.each([
    ['jan.example.nl', "email: 'jan.example.nl' must contain exactly one @, e.g. jan@example.nl"],
    ['jan@@example.nl', 'must contain exactly one @'],
    ['jan@example.nl, piet@example.nl', 'contains a space'],
    ['jan@example.nl,piet@example.nl', 'must contain exactly one @'],
    ['jan @example.nl', "email: 'jan @example.nl' contains a space"],
    ['Jan <jan@example.nl>', 'must be the address only, without a name or <>'],
    ['@example.nl', 'has nothing before the @'],
    ['jan@', 'has no domain after the @'],
    ['jan@localhost', 'has no dot in its domain'],
    ['jan@example..nl', "has a domain that is not a domain name: 'example..nl'"],
    ['jan@.example.nl', 'has a domain that is not a domain name'],
    ['jan@example.nl.', 'has a domain that is not a domain name'],
    ['jan@-example.nl', 'has a domain that is not a domain name'],
    ['jan@exam_ple.nl', 'has a domain that is not a domain name'],
    ['jan@[192.168.0.1]', 'has a domain that is not a domain name'],
    ['.jan@example.nl', 'has a dot at the start or end of the part before the @'],
    ['jan.@example.nl', 'has a dot at the start or end'],
    ['jan..jansen@example.nl', 'or two dots in a row'],
    [`${'a'.repeat(65)}@example.nl`, 'has more than 64 characters before the @'],
    [`jan@${'a'.repeat(64)}.nl`, 'has a domain that is not a domain name'],
    [`jan@${'abcdefghi.'.repeat(25)}nl`, 'is longer than 254 characters'],
    ['', 'email: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => emailAddress(text, 'email')).toThrow(InvalidInputError);
    expect(() => emailAddress(text, 'email')).toThrow(message);
  });

  it('accepts 254 characters and no more', () => {
    const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.nl`; // 195 characters
    const local = 'x'.repeat(254 - 1 - domain.length);
    expect(emailAddress(`${local}@${domain}`, 'email')).toHaveLength(254);
    expect(() => emailAddress(`${local}x@${domain}`, 'email')).toThrow('is longer than 254 characters');
  });

  it('is idempotent', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/);
    const address = fc
      .tuple(fc.stringMatching(/^[a-zA-Z0-9_+]{1,20}$/), fc.array(label, { minLength: 2, maxLength: 4 }))
      .map(([local, labels]) => `${local}@${labels.join('.')}`);
    fc.assert(
      fc.property(address, (text) => {
        const once = emailAddress(text, 'email');
        expect(emailAddress(once, 'email')).toBe(once);
        expect(once.toLowerCase()).toBe(text.toLowerCase());
      }),
    );
  });
});
