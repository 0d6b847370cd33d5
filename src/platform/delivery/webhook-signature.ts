import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Temporal } from 'temporal-polyfill';

/*
 * Signed outbound webhooks: provisioning jobs to the operator's network automation, messages to
 * third-party providers' systems. The scheme is Stripe's: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">` under a secret shared with the receiver.
 *
 * The timestamp is inside the signed text, so it cannot be changed without breaking the signature;
 * a receiver that refuses a timestamp older than a few minutes (300 s by default) refuses a captured
 * request replayed later. Within that window a retry of the same message is legitimate: receivers
 * dedupe by the `Vezel-Delivery-Id` header (the provisioning job's or message's id, the same on every
 * attempt), so delivering a message twice changes nothing. Receivers verify the raw body bytes, before
 * parsing the JSON: re-serialised JSON need not be the text that was signed.
 */

export const SIGNATURE_HEADER = 'Vezel-Signature';
/** The job or message id; the same on every retry, so a receiver can ignore what it already has. */
export const DELIVERY_ID_HEADER = 'Vezel-Delivery-Id';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface SignInput {
  readonly secret: string;
  /** The exact text sent as the request body. */
  readonly body: string;
  /** Unix seconds (not milliseconds). */
  readonly timestamp: number;
}

export interface VerifyInput {
  readonly secret: string;
  readonly body: string;
  /** The `Vezel-Signature` header as received; absent or malformed means not verified. */
  readonly header: string | undefined;
  /** Unix seconds. */
  readonly now: number;
  readonly toleranceSeconds?: number;
}

/** The `Vezel-Signature` header value for a body sent at `timestamp`. */
export function signWebhook({ secret, body, timestamp }: SignInput): string {
  checkSecret(secret);
  checkSeconds(timestamp, 'timestamp');
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/**
 * True when the header carries a `v1` signature of this body under the secret, made within
 * `toleranceSeconds` of `now` either way (a timestamp from the future would stretch the window).
 * Compared in constant time, so timing does not reveal how much of a forged signature was right.
 */
export function verifyWebhookSignature(input: VerifyInput): boolean {
  const { secret, body, header, now, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = input;
  checkSecret(secret);
  checkSeconds(now, 'now');
  checkSeconds(toleranceSeconds, 'toleranceSeconds');
  const parsed = parseHeader(header);
  if (parsed === undefined || Math.abs(now - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, body), 'hex');
  // Several v1 values may be sent while a secret is being rolled over; any one may match.
  return parsed.signatures
    .map((hex) => Buffer.from(hex, 'hex'))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

/** Unix seconds of an instant, as the header carries them. */
export function unixSeconds(instant: Temporal.Instant): number {
  return Math.floor(instant.epochMilliseconds / 1000);
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

function parseHeader(header: string | undefined): { timestamp: number; signatures: string[] } | undefined {
  if (typeof header !== 'string') return undefined;
  const pairs = header.split(',').map((part) => {
    const at = part.indexOf('=');
    return at < 0 ? ['', ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
  const times = pairs.filter(([key]) => key === 't').map(([, value]) => value ?? '');
  const signatures = pairs.filter(([key, value]) => key === 'v1' && HEX_SHA256.test(value ?? ''));
  if (times.length !== 1 || !/^\d{1,15}$/.test(times[0] ?? '') || signatures.length === 0) return undefined;
  return { timestamp: Number(times[0]), signatures: signatures.map(([, value]) => value ?? '') };
}

function checkSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new RangeError('webhook secret: is empty; configure one per receiver');
  }
}

function checkSeconds(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field}: ${value} is not a whole number of seconds, 0 or more`);
  }
}
