import type { ContactRole } from '../../customers/schema.ts';
import type { Context } from '../../platform/context.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { customerRecipients, findProviderAddresses, insertMessage } from '../store.ts';
import type { MessageRow } from '../store.ts';

/** A message the terms call for: what it is, what it is about, its text, and the articles behind it. */
export interface Notice {
  /** `order-planned`, `service-released`, `price-change`, `cpe-return-reminder`, … */
  readonly kind: string;
  /** `network-order:NO-3`, `product:P-2`, `cpe:CPE-7`. */
  readonly about: string;
  readonly subject: string;
  readonly body: string;
  readonly because: readonly RuleId[];
  /** What a provider's webhook carries besides kind and about. */
  readonly payload?: Record<string, unknown>;
}

/**
 * Queues a notice to a customer's contacts with one of `roles` (their own address when none has),
 * inside the caller's transaction: it is sent only if the change that called for it commits.
 */
export async function notifyCustomer(
  db: Context['db'],
  context: Pick<Context, 'clock'>,
  customerId: string,
  roles: readonly ContactRole[],
  notice: Notice,
): Promise<MessageRow[]> {
  const recipients = await customerRecipients(db, customerId, roles);
  const now = context.clock.now().toString();
  const queued: MessageRow[] = [];
  for (const recipient of recipients) {
    queued.push(
      await insertMessage(db, {
        ...messageOf(notice, now),
        channel: 'email',
        customerId,
        providerId: null,
        recipient,
      }),
    );
  }
  return queued;
}

/**
 * Queues a notice to a provider: by e-mail, and as a signed webhook to its systems when it gave an
 * endpoint. `customerId` keeps the message on the end user's timeline too.
 */
export async function notifyProvider(
  db: Context['db'],
  context: Pick<Context, 'clock'>,
  providerId: string,
  customerId: string | null,
  notice: Notice,
): Promise<MessageRow[]> {
  const provider = await findProviderAddresses(db, providerId);
  if (!provider) return [];
  const now = context.clock.now().toString();
  const base = { ...messageOf(notice, now), customerId, providerId };
  const queued = [await insertMessage(db, { ...base, channel: 'email', recipient: provider.email })];
  if (provider.webhookUrl) {
    queued.push(await insertMessage(db, { ...base, channel: 'webhook', recipient: provider.webhookUrl }));
  }
  return queued;
}

function messageOf(notice: Notice, now: string) {
  return {
    kind: notice.kind,
    about: notice.about,
    subject: notice.subject,
    body: notice.body,
    payload: { kind: notice.kind, about: notice.about, ...notice.payload },
    because: [...notice.because],
    nextAttemptAt: now,
    createdAt: now,
    sentAt: null,
  };
}
