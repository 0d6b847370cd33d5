import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText } from './required-text.ts';

/*
 * ISO 3166-1 alpha-2 country codes: the 249 officially assigned codes (ISO 3166 Maintenance
 * Agency, checked against the CLDR region names in Node's Intl), plus XK for Kosovo, a
 * user-assigned code that the European Commission, SWIFT's IBAN registry and CLDR all use.
 */
const ASSIGNED = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
  BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
  EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
  HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
  LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
  NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
  TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
`;

export const COUNTRY_CODES: ReadonlySet<string> = new Set([...ASSIGNED.trim().split(/\s+/), 'XK']);

/** Codes people write for a country that ISO spells differently. */
const MISTAKEN: Readonly<Record<string, string>> = {
  UK: 'the United Kingdom is GB',
  EL: 'EL is the VAT prefix of Greece; its country code is GR',
};

export function countryCode(value: string, field: string): string {
  const text = requiredText(value, field);
  const code = text.toUpperCase();
  if (COUNTRY_CODES.has(code)) return code;
  const hint = MISTAKEN[code];
  throw new InvalidInputError(
    field,
    hint === undefined
      ? `must be a two-letter ISO 3166 country code such as NL or DE, not ${quote(text)}`
      : `${quote(text)} is not an ISO 3166 country code: ${hint}`,
  );
}
