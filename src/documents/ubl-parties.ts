import type { InvoiceView } from '../billing/index.ts';
import type { Address } from '../shared/identifiers/index.ts';
import { aggregate, basic, vatScheme, type UblElement } from './ubl-elements.ts';

/*
 * The seller (BG-4) and the buyer (BG-7) as Peppol BIS 3 and its Dutch rules want them:
 * - electronic address (BT-34/BT-49, PEPPOL-EN16931-R010/R020): the KvK number under ICD 0106 when
 *   known, else the VAT id under its country's EAS code (9944 for NL), else the e-mail address (EM).
 *   EM is an EN 16931 scheme that the Peppol network does not carry (PEPPOL-EN16931-CL008): the
 *   UBL of a consumer is a file to download, not something to send over Peppol;
 * - legal entity with the KvK number under 0106 (NL-R-003, NL-R-005 — NLCIUS BR-NL-1, BR-NL-10);
 * - address with street, city and postcode (NL-R-002, NL-R-004 — NLCIUS BR-NL-3, BR-NL-4).
 */

type InvoiceParty = InvoiceView['seller'];

/** ISO 6523 ICD of the Dutch Chamber of Commerce (KvK) number. */
const KVK_SCHEME = '0106';

/** EAS codes for a VAT id as electronic address, by the VAT id's country prefix. */
const VAT_ENDPOINT_SCHEMES: Readonly<Record<string, string>> = {
  AT: '9914',
  BE: '9925',
  BG: '9926',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  EL: '9933',
  ES: '9920',
  FR: '9957',
  GB: '9932',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  SI: '9949',
  SK: '9950',
};

export interface Endpoint {
  readonly scheme: string;
  readonly id: string;
}

/** The party's electronic address, or null when it has none at all. */
export function endpointOf(party: InvoiceParty): Endpoint | null {
  if (party.kvkNumber !== null) return { scheme: KVK_SCHEME, id: party.kvkNumber };
  const vatScheme = party.vatId === null ? undefined : VAT_ENDPOINT_SCHEMES[party.vatId.slice(0, 2)];
  if (party.vatId !== null && vatScheme !== undefined) return { scheme: vatScheme, id: party.vatId };
  if (party.email !== null) return { scheme: 'EM', id: party.email };
  return null;
}

/** The seller (`AccountingSupplierParty`) or the buyer (`AccountingCustomerParty`). */
export function party(
  parent: UblElement,
  role: 'AccountingSupplierParty' | 'AccountingCustomerParty',
  of: InvoiceParty,
): void {
  const party = aggregate(aggregate(parent, role), 'Party');
  endpoint(party, of);
  if (of.kvkNumber !== null)
    basic(aggregate(party, 'PartyIdentification'), 'ID', of.kvkNumber, { schemeID: KVK_SCHEME });
  basic(aggregate(party, 'PartyName'), 'Name', of.legalName);
  postalAddress(party, of.address);
  taxScheme(party, of.vatId);
  legalEntity(party, of);
  contact(party, of.email);
}

function endpoint(party: UblElement, of: InvoiceParty): void {
  const address = endpointOf(of);
  if (address !== null) basic(party, 'EndpointID', address.id, { schemeID: address.scheme });
}

/** Peppol has one street line: the BAG house number and its addition go after the street name. */
export function streetLine(address: Address): string {
  const addition = address.houseNumberAddition === undefined ? '' : ` ${address.houseNumberAddition}`;
  return `${address.street} ${address.houseNumber}${addition}`;
}

function postalAddress(party: UblElement, address: Address): void {
  const postal = aggregate(party, 'PostalAddress');
  basic(postal, 'StreetName', streetLine(address));
  basic(postal, 'CityName', address.city);
  basic(postal, 'PostalZone', address.postcode);
  basic(aggregate(postal, 'Country'), 'IdentificationCode', address.country);
}

function taxScheme(party: UblElement, vatId: string | null): void {
  if (vatId === null) return;
  const scheme = aggregate(party, 'PartyTaxScheme');
  basic(scheme, 'CompanyID', vatId);
  vatScheme(scheme);
}

function legalEntity(party: UblElement, of: InvoiceParty): void {
  const entity = aggregate(party, 'PartyLegalEntity');
  basic(entity, 'RegistrationName', of.legalName);
  if (of.kvkNumber !== null) basic(entity, 'CompanyID', of.kvkNumber, { schemeID: KVK_SCHEME });
}

function contact(party: UblElement, email: string | null): void {
  if (email === null) return;
  basic(aggregate(party, 'Contact'), 'ElectronicMail', email);
}
