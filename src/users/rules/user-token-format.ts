/*
 * A user's API token: `vzu_` and 32 random bytes in base64url (43 characters), like a provider's
 * `vzl_` token. The prefix lets a secret scanner recognise a leaked token and lets the API tell the
 * kinds of credentials apart without a database read.
 */

export const USER_TOKEN_PREFIX = 'vzu_';
const TOKEN = /^vzu_[A-Za-z0-9_-]{43}$/;

/** True when the text has the shape of a user token (whether it is valid is the store's answer). */
export function isUserTokenText(text: string): boolean {
  return TOKEN.test(text);
}

/** What a list shows of a token: its first characters, enough to tell two apart. */
export function tokenPrefixOf(token: string): string {
  return token.slice(0, USER_TOKEN_PREFIX.length + 6);
}
