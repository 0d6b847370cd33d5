/** Idempotency keys of API writes: the first answer kept and given again to retries. */
export { requestFingerprint, canonicalJson } from './fingerprint.ts';
export { claimKey, completeKey, forgetExpiredKeys, releaseKey, KEY_RETENTION_HOURS } from './store.ts';
export type { IdempotencyKeyRow } from './store.ts';
