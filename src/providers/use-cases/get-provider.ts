import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findProvider, listProviderRows, listProviderTokens } from '../store.ts';
import type { ProviderRow, ProviderTokenRow } from '../store.ts';

/** A token as anyone may see it: never the token, nor its hash. */
export interface ProviderTokenView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** A provider as the API and CLI show it: the webhook secret is shown once, at admission, never again. */
export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly kvkNumber: string | null;
  readonly email: string;
  readonly helpdeskPhone: string | null;
  readonly helpdeskEmail: string | null;
  readonly webhookUrl: string | null;
  readonly admittedOn: string;
  readonly suspendedOn: string | null;
  readonly createdAt: string;
  readonly tokens: ProviderTokenView[];
}

/** One provider; a provider's own token sees itself only (another id is "not found"). */
export async function getProvider(context: Context, id: string): Promise<Provider> {
  if (context.actor.providerId !== undefined && context.actor.providerId !== id)
    throw new NotFoundError('provider', id);
  return loadProvider(context.db, id);
}

export async function listProviders(context: Context): Promise<Provider[]> {
  const rows = await listProviderRows(context.db);
  const visible = rows.filter(
    (row) => context.actor.providerId === undefined || row.id === context.actor.providerId,
  );
  return Promise.all(
    visible.map(async (row) => providerView(row, await listProviderTokens(context.db, row.id))),
  );
}

export async function loadProvider(db: Db, id: string): Promise<Provider> {
  const row = await findProvider(db, id);
  if (!row) throw new NotFoundError('provider', id);
  return providerView(row, await listProviderTokens(db, id));
}

function providerView(row: ProviderRow, tokens: readonly ProviderTokenRow[]): Provider {
  return {
    id: row.id,
    name: row.name,
    kvkNumber: row.kvkNumber,
    email: row.email,
    helpdeskPhone: row.helpdeskPhone,
    helpdeskEmail: row.helpdeskEmail,
    webhookUrl: row.webhookUrl,
    admittedOn: row.admittedOn,
    suspendedOn: row.suspendedOn,
    createdAt: row.createdAt,
    tokens: tokens.map(tokenView),
  };
}

export function tokenView(row: ProviderTokenRow): ProviderTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}
