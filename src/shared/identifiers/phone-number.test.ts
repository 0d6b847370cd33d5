import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.ts';
import { formatPhoneNumber, phoneNumber } from './phone-number.ts';

describe('phoneNumber', () => {
  it.each([
    ['0318 648 688', '+31318648688'], // the phone number in the shipped sellers migration
    ['0318-648688', '+31318648688'],
    ['(0318) 64 86 88', '+31318648688'],
    ['+31 318 648 688', '+31318648688'],
    ['+31 (0)318 648688', '+31318648688'],
    ['0031 318 648 688', '+31318648688'],
    ['+31318648688', '+31318648688'],
    ['06 12345678', '+31612345678'],
    ['06-1234 5678', '+31612345678'],
    ['06.12.34.56.78', '+31612345678'],
    ['020 123 4567', '+31201234567'],
    ['085 123 4567', '+31851234567'],
    ['0800 1234', '+318001234'],
    ['0900 1234567', '+319001234567'],
    ['+32 2 123 45 67', '+3221234567'],
    ['+49 30 123456', '+4930123456'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 212 555 0100', '+12125550100'],
  ])('%j is %j', (text, e164) => {
    expect(phoneNumber(text, 'phone')).toBe(e164);
  });

  it.each([
    ['0612345', "phone: '0612345' is not a valid phone number in NL; check the digits"],
    ['06123456789', 'is not a valid phone number in NL; check the digits'],
    ['+31 318 648 68', 'is not a valid phone number in NL'],
    ['112', "phone: '112' has too few digits for a phone number in NL"],
    ['0', 'is too short for a phone number'],
    ['+999 123 456', "phone: '+999 123 456' starts with an unknown country code"],
    [
      'tel: 06 12345678',
      'is not a phone number (e.g. 0318 648 688 or +31 318 648 688; digits only, no words)',
    ],
    ['06 12345678 (mobiel)', 'is not a phone number'],
    ['06 12345678 ext 3', 'has an extension; give the number without it'],
    ['abc', 'is not a phone number'],
    ['', 'phone: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => phoneNumber(text, 'phone')).toThrow(InvalidInputError);
    expect(() => phoneNumber(text, 'phone')).toThrow(message);
  });

  it('reads back its own E.164 and what it displays', () => {
    const mobile = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `06 ${n}`);
    fc.assert(
      fc.property(mobile, (text) => {
        const e164 = phoneNumber(text, 'phone');
        expect(e164).toMatch(/^\+316\d{8}$/);
        expect(phoneNumber(e164, 'phone')).toBe(e164);
        expect(phoneNumber(formatPhoneNumber(e164), 'phone')).toBe(e164);
      }),
    );
  });
});

describe('formatPhoneNumber', () => {
  it('shows Dutch numbers nationally and others internationally', () => {
    expect(formatPhoneNumber('+31318648688')).toBe('0318 648 688');
    expect(formatPhoneNumber('+31612345678')).toBe('06 12345678');
    expect(formatPhoneNumber('+3221234567')).toBe('+32 2 123 45 67');
    expect(formatPhoneNumber('+12125550100')).toBe('+1 212 555 0100');
  });

  it('shows a stored value that is not a phone number as it is', () => {
    expect(formatPhoneNumber('unknown')).toBe('unknown');
  });
});
