/** Delivering to other systems: signed webhooks and the retry schedule of failed deliveries. */
export type { SignInput, VerifyInput } from './webhook-signature.ts';
export {
  SIGNATURE_HEADER,
  DELIVERY_ID_HEADER,
  DEFAULT_TOLERANCE_SECONDS,
  signWebhook,
  verifyWebhookSignature,
  unixSeconds,
} from './webhook-signature.ts';
export { RETRY_POLICY, retryDelaySeconds, nextAttemptAfter } from './retry-schedule.ts';
