import type { Temporal } from 'temporal-polyfill';
import { DELIVERY_ID_HEADER, SIGNATURE_HEADER, signWebhook, unixSeconds } from './webhook-signature.ts';

/** What one attempt at delivering came to: accepted, or the reason it was not, for `last_error`. */
export type DeliveryAttempt = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface Webhook {
  readonly url: string;
  readonly secret: string;
  /** The job or message id: the same on every retry, so the receiver dedupes by it. */
  readonly deliveryId: string;
  readonly body: Record<string, unknown>;
  /** The time the signature carries (the context's clock). */
  readonly at: Temporal.Instant;
  readonly timeoutMs?: number;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 500;

/**
 * POSTs a signed JSON webhook once. A 2xx answer is delivery; anything else (another status, a
 * redirect, no answer within the timeout, a refused connection) is a failed attempt with its reason.
 * Redirects are not followed: the signed body goes only to the configured address.
 */
export async function postWebhook(webhook: Webhook): Promise<DeliveryAttempt> {
  const body = JSON.stringify(webhook.body);
  const timeoutMs = webhook.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [SIGNATURE_HEADER]: signWebhook({
          secret: webhook.secret,
          body,
          timestamp: unixSeconds(webhook.at),
        }),
        [DELIVERY_ID_HEADER]: webhook.deliveryId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await response.text()).trim();
    if (response.status >= 200 && response.status < 300) return { ok: true };
    return failed(`HTTP ${response.status} from ${webhook.url}${answer ? `: ${answer}` : ''}`);
  } catch (error) {
    return failed(`${webhook.url}: ${reasonOf(error, timeoutMs)}`);
  }
}

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs / 1000} s`;
  if (error instanceof Error) {
    // fetch reports "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, …).
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
    const causeMessage = cause instanceof Error ? cause.message : undefined;
    return code ?? causeMessage ?? error.message;
  }
  return String(error);
}

function failed(error: string): DeliveryAttempt {
  return {
    ok: false,
    error: error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error,
  };
}
