import { asRecord, FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { emailAddress, phoneNumber } from '../../shared/identifiers/index.ts';
import { requiredText } from '../../shared/identifiers/required-text.ts';

/** The roles a contact has for its customer; `fault` contacts answer for fault reports (vn:6.4.9). */
export const CONTACT_ROLES = ['primary', 'billing', 'technical', 'fault', 'commercial'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface ContactFields {
  readonly name: string;
  readonly roles: readonly ContactRole[];
  readonly email: string | null;
  /** E.164. vn:6.4.9: a phone number in and one outside office hours. */
  readonly phoneOfficeHours: string | null;
  readonly phoneOutsideOfficeHours: string | null;
}

export const CONTACT_FIELDS: readonly (keyof ContactFields)[] = [
  'name',
  'roles',
  'email',
  'phoneOfficeHours',
  'phoneOutsideOfficeHours',
];

const MAX_NAME = 200;

/**
 * Checks a contact whole, each problem under `prefix` + its field (`contacts.0.email`), and answers
 * it normalised, or undefined with the problems left in `checks`. A contact needs a name, at least
 * one role, and an e-mail address or a phone number to be reached by.
 */
export function contactFields(value: unknown, checks: FieldChecks, prefix = ''): ContactFields | undefined {
  const input = checks.check(() =>
    asRecord(value, prefix.replace(/\.$/, '') || 'contact', 'a contact with name and roles'),
  );
  if (!input) return undefined;
  const local = new FieldChecks();
  local.unknownFields(input, CONTACT_FIELDS, prefix);
  const optional = (field: string, read: (value: string, field: string) => string) =>
    isBlank(input[field]) ? null : local.check(() => read(input[field] as string, `${prefix}${field}`));
  const fields = {
    name: local.check(() => contactName(input.name, `${prefix}name`)),
    roles: local.check(() => contactRoles(input.roles, `${prefix}roles`)),
    email: optional('email', emailAddress),
    phoneOfficeHours: optional('phoneOfficeHours', phoneNumber),
    phoneOutsideOfficeHours: optional('phoneOutsideOfficeHours', phoneNumber),
  };
  if ([input.email, input.phoneOfficeHours, input.phoneOutsideOfficeHours].every(isBlank))
    local.add(`${prefix}email`, 'or a phone number is needed to reach the contact');
  return checks.check(() => {
    local.throwIfAny();
    return fields as ContactFields;
  });
}

function contactName(value: unknown, field: string): string {
  const name = requiredText(value, field).replace(/\s+/gu, ' ');
  if (name.length > MAX_NAME) throw new InvalidInputError(field, `is longer than ${MAX_NAME} characters`);
  return name;
}

function contactRoles(value: unknown, field: string): ContactRole[] {
  const allowed = `one or more of ${CONTACT_ROLES.join(', ')}`;
  if (!Array.isArray(value) || value.length === 0)
    throw new InvalidInputError(field, `must be a list of ${allowed}`);
  const unknown = value.filter((role) => !CONTACT_ROLES.includes(role as ContactRole));
  if (unknown.length > 0)
    throw new InvalidInputError(
      field,
      `${unknown.map((role) => JSON.stringify(role)).join(', ')}: must be ${allowed}`,
    );
  // Kept in the order of CONTACT_ROLES, each once.
  return CONTACT_ROLES.filter((role) => value.includes(role));
}
