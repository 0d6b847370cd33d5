/** Validators and normal forms for the identifiers of customers and sellers: pure, no I/O. */
export { kvkNumber } from './kvk-number.ts';
export { dutchVatId } from './dutch-vat-id.ts';
export { vatId, vatIdCountry } from './vat-id.ts';
export { iban, formatIban, bic } from './iban.ts';
export { dutchPostcode } from './postcode.ts';
export { COUNTRY_CODES, countryCode } from './country-code.ts';
export type { Address, AddressInput } from './address.ts';
export { address } from './address.ts';
export { phoneNumber, formatPhoneNumber } from './phone-number.ts';
export { emailAddress } from './email-address.ts';
