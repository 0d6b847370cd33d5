import { describe, expect, it } from 'vitest';
import { EU_MEMBER_STATES } from '../money/eu-member-states.ts';
import { COUNTRY_CODES, countryCode } from './country-code.ts';

describe('countryCode', () => {
  it('takes ISO 3166-1 alpha-2 codes in capitals', () => {
    expect(countryCode('NL', 'country')).toBe('NL');
    expect(countryCode(' be ', 'country')).toBe('BE');
    expect(countryCode('GR', 'country')).toBe('GR');
    expect(countryCode('XK', 'country')).toBe('XK');
  });

  it.each([
    ['UK', "country: 'UK' is not an ISO 3166 country code: the United Kingdom is GB"],
    [
      'EL',
      "country: 'EL' is not an ISO 3166 country code: EL is the VAT prefix of Greece; its country code is GR",
    ],
    ['NLD', "country: must be a two-letter ISO 3166 country code such as NL or DE, not 'NLD'"],
    ['Nederland', 'must be a two-letter ISO 3166 country code'],
    ['EU', 'must be a two-letter ISO 3166 country code'],
    ['', 'country: is empty'],
  ])('refuses %j', (text, message) => {
    expect(() => countryCode(text, 'country')).toThrow(message);
  });

  it('holds the 249 assigned codes and XK, among them every EU member state', () => {
    expect(COUNTRY_CODES.size).toBe(250);
    for (const country of Object.keys(EU_MEMBER_STATES)) expect(COUNTRY_CODES.has(country)).toBe(true);
  });

  it('names only regions that Intl knows', () => {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).toBeDefined();
  });
});
