import type { Role } from '../../../api/session.tsx';

/* What the users admin screen reads from /users (src/http/routes/users.ts). */

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly sellerId: string | null;
  readonly providerId: string | null;
  readonly customerId: string | null;
  readonly language: 'nl' | 'en';
  readonly active: boolean;
  readonly hasPassword: boolean;
  readonly lastSignInAt: string | null;
}

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export const ROLES: readonly Role[] = ['admin', 'billing', 'noc', 'sales', 'provider', 'customer'];
export const isStaff = (role: Role) => role !== 'provider' && role !== 'customer';

export const roleTexts = {
  nl: {
    admin: 'Beheerder',
    billing: 'Facturatie',
    noc: 'NOC',
    sales: 'Verkoop',
    provider: 'Aanbieder (derde)',
    customer: 'Klant',
  },
  en: {
    admin: 'Administrator',
    billing: 'Billing',
    noc: 'NOC',
    sales: 'Sales',
    provider: 'Provider (third party)',
    customer: 'Customer',
  },
};
