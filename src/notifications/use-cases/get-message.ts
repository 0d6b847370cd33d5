import fs from 'node:fs/promises';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import { MESSAGE_STATES } from '../rules/message-states.ts';
import type { MessageChannel, MessageState } from '../rules/message-states.ts';
import { findMessage, listMessages } from '../store.ts';
import type { MessageRow } from '../store.ts';

/** A message as the API, the CLI and the customer's timeline show it; instants in ISO 8601 (UTC). */
export interface MessageView {
  readonly id: string;
  readonly kind: string;
  readonly channel: MessageChannel;
  readonly customerId: string | null;
  readonly providerId: string | null;
  readonly about: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly payload: Record<string, unknown>;
  /** The rule ids that call for the message. */
  readonly because: string[];
  readonly state: MessageState;
  readonly attempts: number;
  /** When sending is tried next; null once it is no longer pending. */
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  /** Where the written `.eml` file is served (`/messages/{id}/eml`); null when none was written. */
  readonly emlUrl: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

export async function getMessage(db: Db, id: string): Promise<MessageView> {
  const row = await findMessage(db, id);
  if (!row) throw new NotFoundError('message', id);
  return messageView(row);
}

export interface MessageFilter {
  readonly customerId?: string;
  readonly providerId?: string;
  /** `network-order:NO-3`, `product:P-2`, `cpe:CPE-7`. */
  readonly about?: string;
  readonly state?: string;
}

/** The messages, oldest first: a customer's are its timeline of what it was told. */
export async function listMessageViews(db: Db, filter: MessageFilter = {}): Promise<MessageView[]> {
  const state = filter.state === undefined ? undefined : messageState(filter.state);
  const rows = await listMessages(db, {
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
    ...(filter.providerId ? { providerId: filter.providerId } : {}),
    ...(filter.about ? { about: filter.about } : {}),
    ...(state ? { state } : {}),
  });
  return rows.map(messageView);
}

/** The `.eml` file written for a message when no SMTP server was configured. */
export async function readMessageEml(db: Db, id: string): Promise<{ fileName: string; content: Buffer }> {
  const row = await findMessage(db, id);
  if (!row) throw new NotFoundError('message', id);
  // None is written for a webhook, a message still pending, or one sent through SMTP.
  const missing = () => new NotFoundError('.eml file of message', id);
  if (!row.emlFile) throw missing();
  try {
    return { fileName: path.basename(row.emlFile), content: await fs.readFile(row.emlFile) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing();
    throw error;
  }
}

function messageState(value: string): MessageState {
  const state = MESSAGE_STATES.find((candidate) => candidate === value);
  if (!state)
    throw new InvalidInputError('state', `${quote(value)} is not one of ${MESSAGE_STATES.join(', ')}`);
  return state;
}

export function messageView(row: MessageRow): MessageView {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    customerId: row.customerId,
    providerId: row.providerId,
    about: row.about,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    payload: row.payload,
    because: row.because,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? isoInstant(row.nextAttemptAt) : null,
    lastError: row.lastError,
    emlUrl: row.emlFile ? `/messages/${row.id}/eml` : null,
    createdAt: isoInstant(row.createdAt),
    sentAt: row.sentAt === null ? null : isoInstant(row.sentAt),
  };
}

/** A timestamp as either store writes it (`2026-11-22 11:00:00+00`), in ISO 8601 UTC. */
export function isoInstant(value: string): string {
  return Temporal.Instant.from(value).toString();
}
