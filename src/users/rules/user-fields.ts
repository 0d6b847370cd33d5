import type { FieldProblem } from '../../shared/errors/index.ts';
import { isRole, STAFF_ROLES } from './roles.ts';
import type { Role } from './roles.ts';

export const USER_LANGUAGES = ['nl', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

const MAX_NAME_LENGTH = 200;
const MAX_EMAIL_LENGTH = 254;
// One @, something on both sides, a dot in the domain, no spaces: the rest is the mail server's say.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
// `admin@localhost`, the bootstrap admin, has no dot in its domain.
const LOCAL_EMAIL = /^[^\s@]+@localhost$/u;

/** An e-mail address as kept: trimmed and lower-cased, so it matches however it is typed. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(field: string, email: unknown): FieldProblem | undefined {
  if (typeof email !== 'string' || email.trim() === '') return { field, problem: 'is required' };
  const normal = normalEmail(email);
  if (normal.length > MAX_EMAIL_LENGTH)
    return { field, problem: `is longer than ${MAX_EMAIL_LENGTH} characters` };
  if (!EMAIL.test(normal) && !LOCAL_EMAIL.test(normal))
    return { field, problem: 'is not an e-mail address (name@example.nl)' };
  return undefined;
}

export function nameProblem(field: string, name: unknown): FieldProblem | undefined {
  if (typeof name !== 'string' || name.trim() === '') return { field, problem: 'is required' };
  if (name.trim().length > MAX_NAME_LENGTH)
    return { field, problem: `is longer than ${MAX_NAME_LENGTH} characters` };
  return undefined;
}

export function languageProblem(field: string, language: unknown): FieldProblem | undefined {
  if ((USER_LANGUAGES as readonly unknown[]).includes(language)) return undefined;
  return { field, problem: `must be one of ${USER_LANGUAGES.join(', ')}` };
}

export interface UserScope {
  readonly role: string;
  readonly sellerId: string | null;
  readonly providerId: string | null;
  readonly customerId: string | null;
}

/**
 * Whom a user acts for fits the role: a provider's staff need their provider, a customer's contacts
 * their customer; operator staff may be limited to one seller but belong to no provider or customer.
 */
export function scopeProblems(scope: UserScope): FieldProblem[] {
  if (!isRole(scope.role))
    return [{ field: 'role', problem: 'must be one of admin, billing, noc, sales, provider, customer' }];
  const role: Role = scope.role;
  const problems: FieldProblem[] = [];
  const refuse = (field: string, problem: string) => problems.push({ field, problem });
  if (role === 'provider') {
    if (!scope.providerId) refuse('providerId', 'is required for the role provider');
    if (scope.customerId) refuse('customerId', 'must be left out for the role provider');
    if (scope.sellerId) refuse('sellerId', 'must be left out for the role provider');
  } else if (role === 'customer') {
    if (!scope.customerId) refuse('customerId', 'is required for the role customer');
    if (scope.providerId) refuse('providerId', 'must be left out for the role customer');
    if (scope.sellerId) refuse('sellerId', 'must be left out for the role customer');
  } else if (STAFF_ROLES.includes(role)) {
    if (scope.providerId) refuse('providerId', `must be left out for the role ${role} (operator staff)`);
    if (scope.customerId) refuse('customerId', `must be left out for the role ${role} (operator staff)`);
  }
  return problems;
}
