import {
  friendlyFormatIBAN,
  getCountrySpecifications,
  validateBIC,
  validateIBAN,
  ValidationErrorsBIC,
  ValidationErrorsIBAN,
} from 'ibantools';
import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText, withoutSeparators } from './required-text.ts';

/*
 * IBAN (ISO 13616) and BIC (ISO 9362) through ibantools, which carries the SWIFT IBAN registry's
 * lengths and national formats per country. What is added here: the normal form (electronic
 * format: no spaces, capitals), a refusal of the countries ibantools knows outside the registry
 * (national "IBAN-like" numbers, e.g. Angola's, that banks in the SEPA area do not take), and one
 * problem a person can act on instead of a list of error codes.
 */

const SPECS = getCountrySpecifications();

export function iban(value: string, field: string): string {
  const text = requiredText(value, field);
  const electronic = withoutSeparators(text, '-').toUpperCase();
  const problem = ibanProblem(electronic);
  if (problem !== undefined) throw new InvalidInputError(field, `${quote(text)} ${problem}`);
  return electronic;
}

function ibanProblem(electronic: string): string | undefined {
  if (!/^[A-Z0-9]+$/.test(electronic)) return 'may contain only letters and digits';
  const country = electronic.slice(0, 2);
  const spec = SPECS[country];
  if (!/^[A-Z]{2}$/.test(country) || spec === undefined || spec.chars === null || !spec.IBANRegistry)
    return 'does not start with the country code of an IBAN country, e.g. NL';
  const errors = validateIBAN(electronic, { allowQRIBAN: true }).errorCodes;
  if (errors.length === 0) return undefined;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANLength))
    return `has ${electronic.length} characters; an IBAN from ${country} has ${spec.chars}`;
  if (errors.includes(ValidationErrorsIBAN.ChecksumNotNumber))
    return `must have two check digits after ${country}`;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANFormat))
    return `does not have the form of an IBAN from ${country}; check for a typing error`;
  if (errors.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum))
    return 'holds an account number with a wrong national check digit; check for a typing error';
  return 'has a wrong check digit; check for a typing error';
}

/** An IBAN for print: groups of four, "NL91 ABNA 0417 1643 00". */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}

/** A BIC of 8 or 11 characters, capitals, as given: "ABNANL2A" and "ABNANL2AXXX" both stand. */
export function bic(value: string, field: string): string {
  const text = requiredText(value, field);
  const code = withoutSeparators(text, '').toUpperCase();
  const errors = validateBIC(code).errorCodes;
  if (errors.length === 0) return code;
  if (errors.includes(ValidationErrorsBIC.NoBICCountry))
    throw new InvalidInputError(field, `${quote(text)} has no country code at its 5th and 6th letters`);
  throw new InvalidInputError(
    field,
    `must be 8 or 11 letters and digits (4 bank letters, country, location, optional branch), e.g. ABNANL2A, not ${quote(text)}`,
  );
}
