/*
 * A provider's API token: `vzl_` and 32 random bytes in base64url (43 characters). The prefix lets a
 * secret scanner recognise a leaked token and lets the API tell a provider token from other
 * credentials without a database read.
 */

export const PROVIDER_TOKEN_PREFIX = 'vzl_';
const TOKEN = /^vzl_[A-Za-z0-9_-]{43}$/;

/** True when the text has the shape of a provider token (whether it is valid is the store's answer). */
export function isProviderTokenText(text: string): boolean {
  return TOKEN.test(text);
}
