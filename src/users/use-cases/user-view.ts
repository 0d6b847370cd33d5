import type { Role } from '../rules/roles.ts';
import type { UserLanguage } from '../rules/user-fields.ts';
import type { UserApiTokenRow, UserRow } from '../store.ts';

/** A user as the API and the CLI show it: never the password hash. */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly sellerId: string | null;
  readonly providerId: string | null;
  readonly customerId: string | null;
  readonly language: UserLanguage;
  readonly active: boolean;
  /** False until a password is set: such a user cannot sign in. */
  readonly hasPassword: boolean;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastSignInAt: string | null;
}

export function userView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    sellerId: row.sellerId,
    providerId: row.providerId,
    customerId: row.customerId,
    language: row.language,
    active: row.active,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastSignInAt: row.lastSignInAt,
  };
}

/** A user's API token as listed: its prefix, never the token or its hash. */
export interface UserApiTokenView {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export function apiTokenView(row: UserApiTokenRow): UserApiTokenView {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}
