import { InvalidInputError, quote } from '../../shared/errors/index.ts';

/*
 * Where a provider's systems receive signed webhooks about its orders. Messages carry end users'
 * names and addresses (personal data, vn:5.1), so they travel over HTTPS only; plain HTTP is allowed
 * to the machine itself (a provider's test receiver on localhost), nowhere else.
 */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 2000;
/** A shared HMAC secret shorter than this is guessable; 24 characters of base64 are 144 bits. */
export const MIN_WEBHOOK_SECRET_LENGTH = 24;

export function webhookUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidInputError(field, 'is empty');
  const text = value.trim();
  if (text.length > MAX_URL_LENGTH)
    throw new InvalidInputError(field, `is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidInputError(
      field,
      `${quote(text)} is not an absolute URL, e.g. https://example.nl/hooks`,
    );
  }
  if (url.username !== '' || url.password !== '')
    throw new InvalidInputError(field, 'must not carry a user name or password; the signature authenticates');
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url.toString();
  throw new InvalidInputError(field, `${quote(text)} must be an https:// URL`);
}

export function webhookSecret(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, 'must be text');
  if (value.length < MIN_WEBHOOK_SECRET_LENGTH || value.trim() !== value)
    throw new InvalidInputError(
      field,
      `must be at least ${MIN_WEBHOOK_SECRET_LENGTH} characters without surrounding spaces; leave it out to have one made`,
    );
  return value;
}
