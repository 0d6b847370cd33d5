import { createHash, randomBytes } from 'node:crypto';
import { USER_TOKEN_PREFIX } from './rules/user-token-format.ts';

/** A new user API token: `vzu_` and 256 random bits, shown once and kept only as its hash. */
export function newUserToken(): string {
  return `${USER_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A session cookie's token or a CSRF token: 256 random bits. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A password made for a person who will change it: 18 random bytes, 24 characters. */
export function newPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** SHA-256, hex: the secrets are 256 random bits, so a slow hash would add nothing. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
