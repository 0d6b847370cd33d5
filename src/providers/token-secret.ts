import { createHash, randomBytes } from 'node:crypto';
import { PROVIDER_TOKEN_PREFIX } from './rules/provider-token-format.ts';

/** A new provider token: 256 random bits, shown once and kept only as its hash. */
export function newProviderToken(): string {
  return `${PROVIDER_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A new webhook signing secret, for a provider that gave an endpoint without one. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256, hex: a token is 256 random bits, so a slow password hash would add nothing. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
