import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { emailAddress, kvkNumber, phoneNumber } from '../../shared/identifiers/index.ts';
import { webhookSecret, webhookUrl } from './webhook-endpoint.ts';

/** A provider as the operator admits it (vn:3.1). */
export interface ProviderFieldsInput {
  readonly name: string;
  readonly email: string;
  readonly helpdeskPhone?: string | null;
  readonly helpdeskEmail?: string | null;
  readonly kvkNumber?: string | null;
  readonly webhookUrl?: string | null;
  readonly webhookSecret?: string | null;
}

export interface ProviderFields {
  readonly name: string;
  readonly email: string;
  readonly helpdeskPhone: string | null;
  readonly helpdeskEmail: string | null;
  readonly kvkNumber: string | null;
  readonly webhookUrl: string | null;
  /** Null when the caller gave none: the use case makes one for an endpoint. */
  readonly webhookSecret: string | null;
}

const MAX_NAME_LENGTH = 200;

/** Every field checked, every problem named at once; normal forms returned. */
export function providerFields(input: ProviderFieldsInput): ProviderFields {
  const problems: FieldProblem[] = [];
  const read = <T>(value: unknown, check: (value: never, field: string) => T, field: string): T | null => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
      return null;
    try {
      return check(value as never, field);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const name = read(input.name, providerName, 'name');
  if (name === null && !problems.some((p) => p.field === 'name'))
    problems.push({ field: 'name', problem: 'is required' });
  const email = read(input.email, emailAddress, 'email');
  if (email === null && !problems.some((p) => p.field === 'email'))
    problems.push({ field: 'email', problem: 'is required: messages about its orders go there' });
  const helpdeskPhone = read(input.helpdeskPhone, phoneNumber, 'helpdeskPhone');
  const helpdeskEmail = read(input.helpdeskEmail, emailAddress, 'helpdeskEmail');
  if (isBlank(input.helpdeskPhone) && isBlank(input.helpdeskEmail))
    // vn:2.3.3: end users take their support questions to the provider's helpdesk.
    problems.push({
      field: 'helpdeskEmail',
      problem: "give helpdeskEmail or helpdeskPhone: end users' support questions go there (vn:2.3.3)",
    });
  const kvk = read(input.kvkNumber, kvkNumber, 'kvkNumber');
  const url = read(input.webhookUrl, webhookUrl, 'webhookUrl');
  const secret = read(input.webhookSecret, webhookSecret, 'webhookSecret');
  if (isBlank(input.webhookUrl) && !isBlank(input.webhookSecret))
    problems.push({
      field: 'webhookSecret',
      problem: 'is only used with a webhookUrl; give one or leave it out',
    });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return {
    name: name!,
    email: email!,
    helpdeskPhone,
    helpdeskEmail,
    kvkNumber: kvk,
    webhookUrl: url,
    webhookSecret: secret,
  };
}

function providerName(value: string, field: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, 'must be text');
  const name = value.trim();
  if (name.length > MAX_NAME_LENGTH)
    throw new InvalidInputError(field, `is longer than ${MAX_NAME_LENGTH} characters`);
  return name;
}

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
