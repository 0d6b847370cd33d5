import { InvalidInputError, quote, type FieldProblem } from '../errors/index.ts';
import { countryCode } from './country-code.ts';
import { dutchPostcode } from './postcode.ts';
import { requiredText } from './required-text.ts';

/*
 * A postal address of a customer, seller or premises, stored as JSON. Every part is checked and
 * every problem reported at once, each under its dotted field ("billingAddress.postcode"), so a
 * form can mark all wrong fields in one answer.
 *
 * Dutch addresses follow the BAG (Basisregistratie Adressen en Gebouwen): a house number of 1 to
 * 99999 without letters; a huisletter and huisnummertoevoeging together go in the addition
 * ("19" + "A", "12" + "2 hoog"). Foreign house numbers take any short text ("12-14", "221B").
 */

export interface Address {
  readonly street: string;
  readonly houseNumber: string;
  readonly houseNumberAddition?: string;
  readonly postcode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/** What a request may carry for an address: any JSON; `address` says what is wrong with it. */
export type AddressInput = unknown;

const PARTS = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'city', 'country'];
const DEFAULT_COUNTRY = 'NL';
const MAX_NAME = 200;
const MAX_HOUSE_NUMBER = 20;
const MAX_ADDITION = 10;
const MAX_POSTCODE = 12;
const ADDITION_TYPED_ALONG = /^([1-9]\d{0,4})(?:\s*[-/]\s*|\s+|(?=\p{L}))(\S.*)$/u;

export function address(value: AddressInput, field: string): Address {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidInputError(field, 'must be an address with street, houseNumber, postcode and city');
  const input = value as Readonly<Record<string, unknown>>;
  const problems: FieldProblem[] = [];
  const check = <T>(part: string, read: (v: unknown, f: string) => T): T | undefined => {
    try {
      return read(input[part], `${field}.${part}`);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };

  const country = isBlank(input.country) ? DEFAULT_COUNTRY : check('country', text(countryCode));
  const dutch = country === 'NL';
  const street = check('street', name);
  const houseNumber = check('houseNumber', dutch ? dutchHouseNumber : foreignHouseNumber);
  const addition = isBlank(input.houseNumberAddition)
    ? undefined
    : check('houseNumberAddition', houseNumberAddition);
  // With the country in error, the postcode is only checked for being there.
  const postcode = check('postcode', dutch ? text(dutchPostcode) : foreignPostcode);
  const city = check('city', name);

  if (problems.length > 0) throw new InvalidInputError(inFormOrder(problems, field));
  return {
    street: street as string,
    houseNumber: houseNumber as string,
    ...(addition === undefined ? {} : { houseNumberAddition: addition }),
    postcode: postcode as string,
    city: city as string,
    country: country as string,
  };
}

/** The problems in the order of the parts, whichever was checked first. */
function inFormOrder(problems: readonly FieldProblem[], field: string): FieldProblem[] {
  const rank = (problem: FieldProblem) => PARTS.indexOf(problem.field.slice(field.length + 1));
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/** An optional part left out: absent, null or only spaces. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Lets a `(value: string, field)` validator take the unknown part of a request. */
function text(read: (value: string, field: string) => string) {
  return (value: unknown, field: string): string => read(value as string, field);
}

/** A street or city name: trimmed, inner runs of spaces made one. */
function name(value: unknown, field: string): string {
  const trimmed = requiredText(value, field).replace(/\s+/gu, ' ');
  if (trimmed.length > MAX_NAME) throw new InvalidInputError(field, `is longer than ${MAX_NAME} characters`);
  return trimmed;
}

function dutchHouseNumber(value: unknown, field: string): string {
  const number = typeof value === 'number' ? String(value) : requiredText(value, field);
  if (/^[1-9]\d{0,4}$/.test(number)) return number;
  // "19a", "19-A", "12 bis": the number with its addition typed in one field.
  const split = typeof value === 'string' ? ADDITION_TYPED_ALONG.exec(number) : null;
  if (split !== null)
    throw new InvalidInputError(
      field,
      `must be the number only: put ${quote(split[1])} here and ${quote(split[2])} in houseNumberAddition`,
    );
  throw new InvalidInputError(field, `must be a number from 1 to 99999, not ${quote(number)}`);
}

function foreignHouseNumber(value: unknown, field: string): string {
  const number = typeof value === 'number' ? String(value) : requiredText(value, field);
  if (number.length > MAX_HOUSE_NUMBER)
    throw new InvalidInputError(field, `is longer than ${MAX_HOUSE_NUMBER} characters`);
  return number;
}

function houseNumberAddition(value: unknown, field: string): string {
  const addition = requiredText(value, field);
  if (addition.length > MAX_ADDITION || !/^[\p{L}\d][\p{L}\d .\-/]*$/u.test(addition))
    throw new InvalidInputError(
      field,
      `must be up to ${MAX_ADDITION} letters and digits, e.g. A or 2 hoog, not ${quote(addition)}`,
    );
  return addition;
}

function foreignPostcode(value: unknown, field: string): string {
  const postcode = requiredText(value, field).replace(/\s+/gu, ' ').toUpperCase();
  if (postcode.length > MAX_POSTCODE)
    throw new InvalidInputError(field, `is longer than ${MAX_POSTCODE} characters`);
  return postcode;
}
