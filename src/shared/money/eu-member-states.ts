/**
 * The EU member states for VAT purposes, with the prefix of their VAT ids (art. 215 EU VAT
 * directive: Greece uses EL, not its ISO code GR). The current membership only: dates before
 * 2021, when the United Kingdom was still in the EU VAT area, are not modelled.
 *
 * Northern Ireland (VAT prefix XI) stays in the EU VAT area for goods only (Windsor Framework);
 * for services it is part of the United Kingdom. See `isEuForVat`.
 */
export const EU_MEMBER_STATES: Readonly<Record<string, string>> = {
  AT: 'AT',
  BE: 'BE',
  BG: 'BG',
  CY: 'CY',
  CZ: 'CZ',
  DE: 'DE',
  DK: 'DK',
  EE: 'EE',
  ES: 'ES',
  FI: 'FI',
  FR: 'FR',
  GR: 'EL',
  HR: 'HR',
  HU: 'HU',
  IE: 'IE',
  IT: 'IT',
  LT: 'LT',
  LU: 'LU',
  LV: 'LV',
  MT: 'MT',
  NL: 'NL',
  PL: 'PL',
  PT: 'PT',
  RO: 'RO',
  SE: 'SE',
  SI: 'SI',
  SK: 'SK',
};

export const NORTHERN_IRELAND_VAT_PREFIX = 'XI';

export function isEuMemberState(country: string): boolean {
  return Object.hasOwn(EU_MEMBER_STATES, country);
}

/** The VAT id prefix a customer in `country` has: "EL" for GR, "XI" or "GB" for GB. */
export function vatPrefixesOf(country: string): readonly string[] {
  if (country === 'GB') return ['GB', NORTHERN_IRELAND_VAT_PREFIX];
  return [EU_MEMBER_STATES[country] ?? country];
}

/**
 * Whether a customer counts as in the EU VAT area: a member state, or, for goods only, a
 * Northern Ireland business identified by an XI VAT id.
 */
export function isEuForVat(
  country: string,
  supply: 'services' | 'goods',
  vatId: string | undefined,
): boolean {
  if (isEuMemberState(country)) return true;
  return supply === 'goods' && country === 'GB' && vatId?.startsWith(NORTHERN_IRELAND_VAT_PREFIX) === true;
}
