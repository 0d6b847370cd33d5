import { Temporal } from 'temporal-polyfill';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { admitProvider } from './admit-provider.ts';
import { getProvider, listProviders } from './get-provider.ts';
import { suspendProvider } from './suspend-provider.ts';

describeEachStore('admitting providers (vn:3.1)', (database) => {
  const context = (providerId?: string): Context => ({
    db: database().db,
    clock: fixedClock(Temporal.PlainDate.from('2026-11-22')),
    actor: providerId
      ? { id: `provider:${providerId}/TK-1`, origin: 'test', providerId }
      : { id: 'user:anna', origin: 'test' },
  });

  it('admits a provider with its helpdesk, makes a webhook secret shown once, and audits it', async () => {
    const admitted = await admitProvider(context(), {
      name: '  Glasvezel Thuis B.V. ',
      email: 'orders@GLASVEZELTHUIS.example',
      helpdeskPhone: '0318 648 688',
      kvkNumber: '1234 5678',
      webhookUrl: 'https://glasvezelthuis.example/hooks',
    });
    expect(admitted.provider).toMatchObject({
      id: expect.stringMatching(/^TP-\d+$/),
      name: 'Glasvezel Thuis B.V.',
      email: 'orders@glasvezelthuis.example',
      helpdeskPhone: '+31318648688',
      helpdeskEmail: null,
      kvkNumber: '12345678',
      admittedOn: '2026-11-22',
      suspendedOn: null,
      tokens: [],
    });
    expect(admitted.webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await getProvider(context(), admitted.provider.id))).not.toContain(
      admitted.webhookSecret,
    );
    const [audit] = await auditTrailOf(database().db, { type: 'provider', id: admitted.provider.id });
    expect(audit).toMatchObject({ action: 'provider.admitted', actor: 'user:anna', reason: 'vn:3.1' });
    expect(JSON.stringify(audit)).not.toContain(admitted.webhookSecret);
  });

  it('keeps a secret the operator gives, and makes none without an endpoint', async () => {
    const given = await admitProvider(context(), {
      name: 'Own Secret',
      email: 'a@own.example',
      helpdeskEmail: 'help@own.example',
      webhookUrl: 'http://localhost:8080/hooks',
      webhookSecret: 's'.repeat(32),
    });
    expect(given.webhookSecret).toBeNull();
    const none = await admitProvider(context(), {
      name: 'No Hooks',
      email: 'a@nohooks.example',
      helpdeskEmail: 'h@nohooks.example',
    });
    expect(none.webhookSecret).toBeNull();
    expect(none.provider.webhookUrl).toBeNull();
  });

  it('names every bad field at once, and writes nothing', async () => {
    const before = (await listProviders(context())).length;
    await expect(
      admitProvider(context(), {
        name: ' ',
        email: 'not-an-address',
        kvkNumber: '123',
        webhookUrl: 'http://hooks.example/plain',
        webhookSecret: 'short',
      }),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([
        { field: 'name', problem: 'is required' },
        expect.objectContaining({ field: 'email' }),
        expect.objectContaining({ field: 'helpdeskEmail', problem: expect.stringMatching(/vn:2\.3\.3/) }),
        expect.objectContaining({ field: 'kvkNumber' }),
        expect.objectContaining({ field: 'webhookUrl', problem: expect.stringMatching(/https/) }),
        expect.objectContaining({ field: 'webhookSecret' }),
      ]),
    });
    await expect(
      admitProvider(context(), {
        name: 'X',
        email: 'x@x.example',
        helpdeskEmail: 'h@x.example',
        webhookSecret: 's'.repeat(30),
      }),
    ).rejects.toThrow(/webhookSecret: is only used with a webhookUrl/);
    expect(await listProviders(context())).toHaveLength(before);
  });

  it('refuses a second provider with the same KvK number', async () => {
    const first = {
      name: 'KvK One',
      email: 'a@kvk.example',
      helpdeskEmail: 'h@kvk.example',
      kvkNumber: '87654321',
    };
    await admitProvider(context(), first);
    await expect(admitProvider(context(), { ...first, name: 'KvK Two' })).rejects.toThrow(
      /has KvK number 87654321 already/,
    );
  });

  it('suspends once, with a reason; a provider sees only itself and admits nothing', async () => {
    const { provider } = await admitProvider(context(), {
      name: 'Suspend Me',
      email: 's@s.example',
      helpdeskEmail: 'h@s.example',
    });
    await expect(suspendProvider(context(), { providerId: provider.id, reason: ' ' })).rejects.toThrow(
      /reason: is required/,
    );
    const suspended = await suspendProvider(context(), {
      providerId: provider.id,
      reason: 'unpaid invoices',
    });
    expect(suspended.suspendedOn).toBe('2026-11-22');
    await expect(suspendProvider(context(), { providerId: provider.id, reason: 'again' })).rejects.toThrow(
      /suspended already/,
    );
    await expect(suspendProvider(context(), { providerId: 'TP-999', reason: 'x' })).rejects.toThrow(
      /provider 'TP-999' does not exist/,
    );
    const other = (await listProviders(context())).find((p) => p.id !== provider.id)!;
    expect((await listProviders(context(provider.id))).map((p) => p.id)).toEqual([provider.id]);
    await expect(getProvider(context(provider.id), other.id)).rejects.toThrow(/does not exist/);
    await expect(
      admitProvider(context(provider.id), {
        name: 'Sneaky',
        email: 'a@b.example',
        helpdeskEmail: 'h@b.example',
      }),
    ).rejects.toMatchObject({ code: 'not-allowed' });
  });
});
