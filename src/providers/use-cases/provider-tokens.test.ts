import { Temporal } from 'temporal-polyfill';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { providerTokens } from '../schema.ts';
import { tokenHash } from '../token-secret.ts';
import { admitProvider } from './admit-provider.ts';
import { authenticateProviderToken } from './authenticate-provider-token.ts';
import { getProvider } from './get-provider.ts';
import { issueProviderToken } from './issue-provider-token.ts';
import { revokeProviderToken } from './revoke-provider-token.ts';
import { suspendProvider } from './suspend-provider.ts';

describeEachStore('provider tokens', (database) => {
  const context = (): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: { id: 'user:anna', origin: 'test' },
  });
  let providerId = '';
  beforeAll(async () => {
    const { provider } = await admitProvider(context(), {
      name: 'Token Co',
      email: 'a@token.example',
      helpdeskEmail: 'h@token.example',
    });
    providerId = provider.id;
  });

  it('issues a vzl_ token shown once, keeps only its SHA-256, and audits it', async () => {
    const issued = await issueProviderToken(context(), { providerId, name: 'order system' });
    expect(issued.secret).toMatch(/^vzl_[A-Za-z0-9_-]{43}$/);
    expect(issued.token).toMatchObject({
      id: expect.stringMatching(/^TK-\d+$/),
      name: 'order system',
      createdBy: 'user:anna',
      revokedAt: null,
    });
    const [row] = await database()
      .db.select()
      .from(providerTokens)
      .where(eq(providerTokens.id, issued.token.id));
    expect(row!.tokenHash).toBe(tokenHash(issued.secret));
    expect(JSON.stringify(await getProvider(context(), providerId))).not.toContain(issued.secret);
    const audit = await auditTrailOf(database().db, { type: 'provider', id: providerId });
    expect(audit.map((event) => event.action)).toContain('provider.token-issued');
    expect(JSON.stringify(audit)).not.toContain(issued.secret);
  });

  it('authenticates a valid token and records its use; refuses unknown, malformed and revoked ones', async () => {
    const issued = await issueProviderToken(context(), { providerId, name: 'portal' });
    expect(await authenticateProviderToken(context(), issued.secret)).toEqual({
      providerId,
      tokenId: issued.token.id,
    });
    const seen = (await getProvider(context(), providerId)).tokens.find((t) => t.id === issued.token.id)!;
    expect(seen.lastUsedAt).not.toBeNull();
    expect(await authenticateProviderToken(context(), `vzl_${'A'.repeat(43)}`)).toBeUndefined();
    expect(await authenticateProviderToken(context(), 'vzl_short')).toBeUndefined();
    const revoked = await revokeProviderToken(context(), { providerId, tokenId: issued.token.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await authenticateProviderToken(context(), issued.secret)).toBeUndefined();
    await expect(revokeProviderToken(context(), { providerId, tokenId: issued.token.id })).rejects.toThrow(
      /revoked already/,
    );
  });

  it('answers a token of another provider, or none, as not found', async () => {
    const { provider: other } = await admitProvider(context(), {
      name: 'Other Co',
      email: 'a@other.example',
      helpdeskEmail: 'h@other.example',
    });
    const issued = await issueProviderToken(context(), { providerId, name: 'x' });
    await expect(
      revokeProviderToken(context(), { providerId: other.id, tokenId: issued.token.id }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(issueProviderToken(context(), { providerId: 'TP-999', name: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(issueProviderToken(context(), { providerId, name: '  ' })).rejects.toThrow(
      /name: is required/,
    );
  });

  it('refuses every token of a suspended provider, and issues it no new one', async () => {
    const { provider } = await admitProvider(context(), {
      name: 'Late Payer',
      email: 'a@late.example',
      helpdeskEmail: 'h@late.example',
    });
    const issued = await issueProviderToken(context(), { providerId: provider.id, name: 'x' });
    await suspendProvider(context(), { providerId: provider.id, reason: 'unpaid' });
    expect(await authenticateProviderToken(context(), issued.secret)).toBeUndefined();
    await expect(issueProviderToken(context(), { providerId: provider.id, name: 'y' })).rejects.toThrow(
      /is suspended/,
    );
  });

  it('lets no provider issue or revoke tokens', async () => {
    const provider: Context = { ...context(), actor: { id: 'provider:x', origin: 'test', providerId } };
    await expect(issueProviderToken(provider, { providerId, name: 'mine' })).rejects.toMatchObject({
      code: 'not-allowed',
    });
  });
});
