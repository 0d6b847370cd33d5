import type { DeliveryConfig } from '../../platform/config.ts';
import type { Context } from '../../platform/context.ts';
import { drainOutbox } from '../../platform/delivery/drain-outbox.ts';
import type { DrainOptions, OutboxCounts } from '../../platform/delivery/drain-outbox.ts';
import { postWebhook } from '../../platform/delivery/post-webhook.ts';
import type { DeliveryAttempt } from '../../platform/delivery/post-webhook.ts';
import { openMailer } from '../../platform/delivery/send-email.ts';
import type { Mailer } from '../../platform/delivery/send-email.ts';
import {
  claimDueMessages,
  findProviderWebhookSecret,
  markMessageSent,
  recordMessageFailure,
} from '../store.ts';
import type { MessageRow } from '../store.ts';
import { isoInstant } from './get-message.ts';

export type MailDelivery = Pick<DeliveryConfig, 'smtpUrl' | 'mailFrom' | 'outboxDir'>;

/**
 * Sends the due messages: e-mail through the SMTP server when one is configured, else written as
 * `<outbox>/<id>.eml` for the back office; provider webhooks signed with that provider's secret,
 * `Vezel-Delivery-Id: <message id>`. Sent messages stay, for the customer's timeline.
 */
export async function deliverMessages(
  context: Context,
  settings: MailDelivery,
  options: DrainOptions = {},
): Promise<OutboxCounts> {
  const mailer = openMailer(settings);
  try {
    const emlFiles = new Map<string, string>();
    return await drainOutbox<MessageRow>(
      {
        claim: (limit, now, leaseUntil) => claimDueMessages(context.db, limit, now, leaseUntil),
        deliver: (message) =>
          message.channel === 'email'
            ? sendEmail(context, mailer, settings.mailFrom, message, emlFiles)
            : sendWebhook(context, message),
        recordDelivered: async (message, at) => {
          await markMessageSent(context.db, message.id, {
            attempts: message.attempts + 1,
            at,
            emlFile: emlFiles.get(message.id) ?? null,
          });
        },
        recordFailed: async (message, failure) => {
          await recordMessageFailure(context.db, message.id, message.attempts, failure);
        },
      },
      context.clock,
      options,
    );
  } finally {
    mailer.close();
  }
}

async function sendEmail(
  context: Context,
  mailer: Mailer,
  from: string,
  message: MessageRow,
  emlFiles: Map<string, string>,
): Promise<DeliveryAttempt> {
  const sent = await mailer.send({
    id: message.id,
    from,
    to: message.recipient,
    subject: message.subject,
    text: message.body,
    date: context.clock.now(),
    headers: {
      // The articles of the terms that call for the message, so a reader can look them up.
      'X-Vezel-Because': message.because.join(', '),
      'X-Vezel-Kind': message.kind,
      'X-Vezel-About': message.about,
    },
  });
  if (sent.via === 'eml') emlFiles.set(message.id, sent.emlFile);
  return { ok: true };
}

async function sendWebhook(context: Context, message: MessageRow): Promise<DeliveryAttempt> {
  const secret = message.providerId ? await findProviderWebhookSecret(context.db, message.providerId) : null;
  if (!secret)
    return {
      ok: false,
      error: `provider ${message.providerId ?? '(none)'} has no webhook secret to sign with; set one on the provider`,
    };
  return postWebhook({
    url: message.recipient,
    secret,
    deliveryId: message.id,
    body: {
      id: message.id,
      kind: message.kind,
      about: message.about,
      payload: message.payload,
      createdAt: isoInstant(message.createdAt),
    },
    at: context.clock.now(),
  });
}
