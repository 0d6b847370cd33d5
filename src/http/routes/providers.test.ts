import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { HttpServer } from '../server.ts';

describeEachStore('providers over HTTP', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());
  const post = (url: string, payload: unknown) =>
    server.inject({ method: 'POST', url, payload: payload as object });

  it('admits a provider, showing a made webhook secret once, and lists it', async () => {
    const admitted = await post('/providers', {
      name: 'Fiber Friends B.V.',
      email: 'orders@fiberfriends.example',
      helpdeskPhone: '010 123 4567',
      webhookUrl: 'https://fiberfriends.example/vezel',
      admittedOn: '2026-11-01',
    });
    expect(admitted.statusCode).toBe(201);
    const { provider, webhookSecret } = admitted.json();
    expect(provider).toMatchObject({
      name: 'Fiber Friends B.V.',
      helpdeskPhone: '+31101234567',
      admittedOn: '2026-11-01',
    });
    expect(webhookSecret).toMatch(/^whsec_/);
    const shown = await server.inject(`/providers/${provider.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain(webhookSecret);
    expect(shown.json()).not.toHaveProperty('webhookSecret');
    expect((await server.inject('/providers')).json().map((p: { id: string }) => p.id)).toContain(
      provider.id,
    );
  });

  it('names each bad field with 400, and answers an unknown provider with 404', async () => {
    const bad = await post('/providers', {
      name: 'X',
      email: 'nope',
      webhookUrl: 'ftp://x.example',
      colour: 'red',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['colour']);
    const invalid = await post('/providers', { name: 'X', email: 'nope', webhookUrl: 'ftp://x.example' });
    expect(
      invalid
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'helpdeskEmail', 'webhookUrl'].sort());
    expect((await server.inject('/providers/TP-999')).statusCode).toBe(404);
    expect((await post('/providers/TP-999/tokens', { name: 'x' })).statusCode).toBe(404);
  });

  it('issues a token shown once, revokes it, and suspends the provider', async () => {
    const { provider } = (
      await post('/providers', {
        name: 'Tokened',
        email: 'a@tokened.example',
        helpdeskEmail: 'h@tokened.example',
      })
    ).json();
    const issued = await post(`/providers/${provider.id}/tokens`, { name: 'order system' });
    expect(issued.statusCode).toBe(201);
    expect(issued.json().secret).toMatch(/^vzl_/);
    const listed = (await server.inject(`/providers/${provider.id}`)).json();
    expect(listed.tokens).toEqual([
      expect.objectContaining({ id: issued.json().token.id, name: 'order system', revokedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(issued.json().secret);
    const revoked = await server.inject({
      method: 'DELETE',
      url: `/providers/${provider.id}/tokens/${issued.json().token.id}`,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const twice = await server.inject({
      method: 'DELETE',
      url: `/providers/${provider.id}/tokens/${issued.json().token.id}`,
    });
    expect(twice.statusCode).toBe(409);
    const suspended = await post(`/providers/${provider.id}/suspend`, { reason: 'admission withdrawn' });
    expect(suspended.json().suspendedOn).toBe('2026-11-22');
    expect((await post(`/providers/${provider.id}/tokens`, { name: 'another' })).statusCode).toBe(409);
  });
});
