import { and, arrayOverlaps, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../platform/database/index.ts';
import { claimDue } from '../platform/delivery/claim-due.ts';
import { recordFailedAttempt } from '../platform/delivery/record-failed-attempt.ts';
import { customerContacts, customers } from '../customers/schema.ts';
import type { ContactRole } from '../customers/schema.ts';
import { providers } from '../providers/schema.ts';
import type { MessageState } from './rules/message-states.ts';
import { messages } from './schema.ts';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessage = Omit<typeof messages.$inferInsert, 'id' | 'state' | 'attempts'>;

export async function insertMessage(db: Db, message: NewMessage): Promise<MessageRow> {
  const [row] = await db
    .insert(messages)
    .values({ ...message, state: 'pending', attempts: 0 })
    .returning();
  return row!;
}

/**
 * The addresses of a customer's contacts with one of `roles`, in the order the roles are given;
 * the customer's own address when no contact has them.
 */
export async function customerRecipients(
  db: Db,
  customerId: string,
  roles: readonly ContactRole[],
): Promise<string[]> {
  const contacts = await db
    .select({ email: customerContacts.email, roles: customerContacts.roles })
    .from(customerContacts)
    .where(
      and(eq(customerContacts.customerId, customerId), arrayOverlaps(customerContacts.roles, [...roles])),
    )
    .orderBy(asc(customerContacts.id));
  const addresses = contacts.flatMap((contact) => (contact.email ? [contact.email] : []));
  if (addresses.length > 0) return [...new Set(addresses)];
  const [customer] = await db
    .select({ email: customers.email })
    .from(customers)
    .where(eq(customers.id, customerId));
  return customer ? [customer.email] : [];
}

export async function findProviderAddresses(
  db: Db,
  providerId: string,
): Promise<{ email: string; webhookUrl: string | null } | undefined> {
  const [row] = await db
    .select({ email: providers.email, webhookUrl: providers.webhookUrl })
    .from(providers)
    .where(eq(providers.id, providerId));
  return row;
}

export async function listMessages(
  db: Db,
  filter: { customerId?: string; providerId?: string; about?: string; state?: MessageState },
): Promise<MessageRow[]> {
  const conditions = [
    ...(filter.customerId ? [eq(messages.customerId, filter.customerId)] : []),
    ...(filter.providerId ? [eq(messages.providerId, filter.providerId)] : []),
    ...(filter.about ? [eq(messages.about, filter.about)] : []),
    ...(filter.state ? [eq(messages.state, filter.state)] : []),
  ];
  return db
    .select()
    .from(messages)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(messages.createdAt), asc(sql`length(${messages.id})`), asc(messages.id));
}

export async function findMessages(db: Db, ids: readonly string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(messages).where(inArray(messages.id, ids));
}

export async function findMessage(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MessageRow | undefined> {
  const query = db.select().from(messages).where(eq(messages.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The secret a provider's webhooks are signed with, read when sending (it may have been rolled over). */
export async function findProviderWebhookSecret(db: Db, providerId: string): Promise<string | null> {
  const [row] = await db
    .select({ secret: providers.webhookSecret })
    .from(providers)
    .where(eq(providers.id, providerId));
  return row?.secret ?? null;
}

/**
 * Claims up to `limit` due pending messages, oldest due first and then in the order they were
 * written, leased until `leaseUntil` (FOR UPDATE SKIP LOCKED); see platform/delivery/claim-due.ts.
 */
export async function claimDueMessages(
  db: Db,
  limit: number,
  now: Temporal.Instant,
  leaseUntil: Temporal.Instant,
): Promise<MessageRow[]> {
  const order = [messages.nextAttemptAt, messages.createdAt, sql`length(${messages.id})`, messages.id];
  return claimDue(db, messages, order, limit, now, leaseUntil);
}

/** Sent: kept for the customer's timeline, with where its `.eml` copy is when one was written. */
export async function markMessageSent(
  db: Db,
  id: string,
  sent: { attempts: number; at: Temporal.Instant; emlFile: string | null },
): Promise<boolean> {
  const rows = await db
    .update(messages)
    .set({
      state: 'sent',
      attempts: sent.attempts,
      lastError: null,
      sentAt: sent.at.toString(),
      emlFile: sent.emlFile,
    })
    .where(and(eq(messages.id, id), eq(messages.state, 'pending')))
    .returning({ id: messages.id });
  return rows.length > 0;
}

/** A failed attempt: try again at `nextAttemptAt`, or `failed` when it is null (record-failed-attempt.ts). */
export async function recordMessageFailure(
  db: Db,
  id: string,
  claimedAttempts: number,
  failure: { attempts: number; error: string; nextAttemptAt: Temporal.Instant | null },
): Promise<boolean> {
  return recordFailedAttempt(db, messages, id, claimedAttempts, failure);
}

/** A failed message back in the outbox, due now, attempts counted afresh. */
export async function requeueMessage(db: Db, id: string, now: Temporal.Instant): Promise<MessageRow> {
  const [row] = await db
    .update(messages)
    .set({ state: 'pending', attempts: 0, nextAttemptAt: now.toString(), lastError: null })
    .where(eq(messages.id, id))
    .returning();
  if (!row) throw new Error(`message ${id} vanished under its lock`);
  return row;
}
