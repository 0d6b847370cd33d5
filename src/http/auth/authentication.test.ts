import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { createTestUser, userTokenFor } from '../../../test/support/users.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { buildHttpServer } from '../server.ts';
import type { HttpServer } from '../server.ts';

function movableClock(start: string): Clock & { move(d: Temporal.DurationLike): void } {
  let now = Temporal.Instant.from(start);
  return {
    now: () => now,
    today: () => now.toZonedDateTimeISO('Europe/Amsterdam').toPlainDate(),
    move: (duration) => (now = now.add(duration)),
  };
}

describeEachStore('sign-in, sessions, CSRF and API tokens over HTTP', (database) => {
  let server: HttpServer;
  const clock = movableClock('2026-11-22T09:00:00Z');
  let admin = { id: '', email: '', password: '' };
  // The permission matrix lets only admins reach /users.
  const asAdmin = { authorization: '' };

  beforeAll(async () => {
    server = await buildHttpServer({ ...(await appOn(database())), clock }, { logLevel: 'silent' });
    await server.ready();
    admin = await createTestUser(database().db, {
      role: 'admin',
      name: 'Ada Admin',
      email: 'Ada@Example.NL',
    });
    asAdmin.authorization = `Bearer ${await userTokenFor(database().db, admin.id)}`;
  });
  afterAll(async () => server?.close());

  const signIn = (email: string, password: string, ip = '10.0.0.1') =>
    server.inject({ method: 'POST', url: '/auth/sign-in', payload: { email, password }, remoteAddress: ip });
  const cookieOf = (response: { headers: Record<string, unknown> }) => {
    const header = String(response.headers['set-cookie']);
    return /vezel_session=([^;]*)/.exec(header)?.[1] ?? '';
  };
  it('signs in again on a retry with the same Idempotency-Key, keeping nothing of the answer', async () => {
    const withKey = () =>
      server.inject({
        method: 'POST',
        url: '/auth/sign-in',
        payload: { email: admin.email, password: admin.password },
        headers: { 'idempotency-key': 'sign-in-retry' },
        remoteAddress: '10.0.0.9',
      });
    const [first, again] = [await withKey(), await withKey()];
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json().csrfToken).not.toBe(first.json().csrfToken);
    const kept = await queryRows<{ n: number }>(
      database().db,
      sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'sign-in-retry'`,
    );
    expect(kept).toEqual([{ n: 0 }]);
  });

  const session = async () => {
    const response = await signIn(admin.email, admin.password);
    expect(response.statusCode).toBe(200);
    return { cookie: `vezel_session=${cookieOf(response)}`, csrf: response.json().csrfToken as string };
  };

  it('signs in: the user, the CSRF token and a secure HTTP-only cookie', async () => {
    const response = await signIn('ada@example.nl', admin.password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: {
        id: admin.id,
        email: 'ada@example.nl',
        name: 'Ada Admin',
        role: 'admin',
        sellerId: null,
        providerId: null,
        customerId: null,
        language: 'nl',
      },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(response.headers['set-cookie']).toMatch(
      /^vezel_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
    const cookie = `vezel_session=${cookieOf(response)}`;
    const current = await server.inject({ method: 'GET', url: '/auth/session', headers: { cookie } });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toEqual(response.json());
    // The audit log knows who signed in, never the password.
    const trail = await auditTrailOf(database().db, { type: 'user', id: admin.id });
    expect(trail.map((event) => event.action)).toContain('user.signed-in');
    expect(JSON.stringify(trail)).not.toContain(admin.password);
  });

  it('refuses a wrong password, an unknown address and a bad body the way it should', async () => {
    for (const [email, password] of [
      [admin.email, 'wrong password!'],
      ['nobody@example.nl', admin.password],
    ]) {
      const refused = await signIn(email!, password!, '10.0.0.50');
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ detail: 'E-mail address or password is not right.' });
      expect(refused.headers['set-cookie']).toBeUndefined();
    }
    const empty = await server.inject({ method: 'POST', url: '/auth/sign-in', payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'password']);
    expect((await server.inject({ method: 'GET', url: '/auth/session' })).statusCode).toBe(401);
    const stale = await server.inject({
      method: 'GET',
      url: '/auth/session',
      headers: { cookie: 'vezel_session=not-a-session' },
    });
    expect(stale.statusCode).toBe(401);
  });

  it('answers the 6th attempt for one address 429 with Retry-After', async () => {
    const victim = await createTestUser(database().db, { role: 'noc' });
    for (let i = 0; i < 5; i++)
      expect((await signIn(victim.email, 'wrong password!', `10.2.0.${i}`)).statusCode).toBe(401);
    const limited = await signIn(victim.email, victim.password, '10.2.0.9');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBe(900);
    expect(limited.json()).toMatchObject({ status: 429, type: 'urn:vezel:problem:too-many-requests' });
    clock.move({ minutes: 15, seconds: 1 });
    expect((await signIn(victim.email, victim.password, '10.2.0.9')).statusCode).toBe(200);
  });

  it('ends a session after 12 idle hours', async () => {
    const { cookie } = await session();
    clock.move({ hours: 12, seconds: 1 });
    expect(
      (await server.inject({ method: 'GET', url: '/auth/session', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token, naming x-csrf-token', async () => {
    const { cookie, csrf } = await session();
    const payload = { email: 'new.person@example.nl', name: 'New Person', role: 'sales' };
    const without = await server.inject({ method: 'POST', url: '/users', headers: { cookie }, payload });
    expect(without.statusCode).toBe(403);
    expect(without.json().errors).toEqual([{ field: 'x-csrf-token', problem: expect.any(String) }]);
    const wrong = await server.inject({
      method: 'POST',
      url: '/users',
      headers: { cookie, 'x-csrf-token': 'guessed' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await server.inject({
      method: 'POST',
      url: '/users',
      headers: { cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({ email: 'new.person@example.nl', createdBy: `user:${admin.id}` });
    expect(right.body).not.toMatch(/scrypt|passwordHash/);
    // Reads need none.
    expect((await server.inject({ method: 'GET', url: '/users', headers: { cookie } })).statusCode).toBe(200);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { cookie, csrf } = await session();
    const out = await server.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(
      /^vezel_session=; Max-Age=0; Path=\/; Expires=.*; HttpOnly; Secure; SameSite=Strict$/,
    );
    expect(
      (await server.inject({ method: 'GET', url: '/auth/session', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('makes, uses and revokes API tokens; a token write needs no CSRF token', async () => {
    const robot = await createTestUser(database().db, { role: 'admin', name: 'Admin robot' });
    const { cookie, csrf } = await session();
    const made = await server.inject({
      method: 'POST',
      url: `/users/${robot.id}/tokens`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'usage import' },
    });
    expect(made.statusCode).toBe(201);
    const { secret, token } = made.json() as { secret: string; token: { id: string; prefix: string } };
    expect(secret).toMatch(/^vzu_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await server.inject({
      method: 'GET',
      url: `/users/${robot.id}/tokens`,
      headers: { cookie },
    });
    expect(listed.json().items).toEqual([expect.objectContaining({ id: token.id, name: 'usage import' })]);
    expect(listed.body).not.toContain(secret);

    const bearer = { authorization: `Bearer ${secret}` };
    const change = await server.inject({
      method: 'PATCH',
      url: `/users/${robot.id}`,
      headers: bearer,
      payload: { language: 'en' },
    });
    expect(change.statusCode).toBe(200);
    const trail = await auditTrailOf(database().db, { type: 'user', id: robot.id });
    expect(trail.at(-1)).toMatchObject({ action: 'user.changed', actor: `user:${robot.id}` });

    const revoked = await server.inject({
      method: 'DELETE',
      url: `/users/${robot.id}/tokens/${token.id}`,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const after = await server.inject({ method: 'GET', url: '/users', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().type).toBe('urn:vezel:problem:unauthorized');
    const forged = await server.inject({
      method: 'GET',
      url: '/users',
      headers: { authorization: `Bearer vzu_${'x'.repeat(43)}` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('acts as the user of a test token', async () => {
    const clerk = await createTestUser(database().db, { role: 'admin' });
    const token = await userTokenFor(database().db, clerk.id);
    const made = await server.inject({
      method: 'POST',
      url: '/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { email: 'made.by.clerk@example.nl', name: 'Made by clerk', role: 'noc' },
    });
    expect(made.json().createdBy).toBe(`user:${clerk.id}`);
  });

  it('names each field a user route refuses', async () => {
    const post = (payload: object) =>
      server.inject({ method: 'POST', url: '/users', headers: asAdmin, payload });
    const fields = async (payload: object) => {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      return [...new Set((response.json().errors as { field: string }[]).map((e) => e.field))].sort();
    };
    expect(await fields({ email: 'not an address', name: ' ', role: 'noc' })).toEqual(['email', 'name']);
    expect(await fields({ email: 'p@example.nl', name: 'P', role: 'provider' })).toEqual(['providerId']);
    expect(await fields({ email: 'c@example.nl', name: 'C', role: 'customer', sellerId: 'bit' })).toEqual([
      'customerId',
      'sellerId',
    ]);
    expect(
      await fields({ email: 'c@example.nl', name: 'C', role: 'customer', customerId: 'CU-NOPE' }),
    ).toEqual(['customerId']);
    expect(await fields({ email: 's@example.nl', name: 'S', role: 'sales', password: 'short' })).toEqual([
      'password',
    ]);
    expect(await fields({ email: 's@example.nl', name: 'S', role: 'chef' })).toEqual(['role']);
    const duplicate = await post({ email: 'ADA@example.nl', name: 'Ada again', role: 'noc' });
    expect(duplicate.statusCode).toBe(409);

    const staff = await post({
      email: 'seller.staff@example.nl',
      name: 'Sam',
      role: 'sales',
      sellerId: 'bit',
      password: 'twelve chars!',
    });
    expect(staff.statusCode).toBe(201);
    expect(staff.json()).toMatchObject({ sellerId: 'bit', hasPassword: true });
    const id = staff.json().id as string;
    const short = await server.inject({
      method: 'POST',
      url: `/users/${id}/password`,
      headers: asAdmin,
      payload: { password: 'x' },
    });
    expect(short.json().errors).toEqual([
      { field: 'password', problem: expect.stringMatching(/at least 12/) },
    ]);
    const own = await server.inject({
      method: 'POST',
      url: '/auth/password',
      headers: { authorization: `Bearer ${await userTokenFor(database().db, id)}` },
      payload: { currentPassword: 'not it', newPassword: 'short' },
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
    const unknown = await server.inject({
      method: 'PATCH',
      url: '/users/U-999999',
      headers: asAdmin,
      payload: { name: 'X' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('changes the own password: the current one must be right, and this session stays', async () => {
    const person = await createTestUser(database().db, { role: 'noc' });
    const response = await signIn(person.email, person.password, '10.3.0.1');
    const cookie = `vezel_session=${cookieOf(response)}`;
    const headers = { cookie, 'x-csrf-token': response.json().csrfToken };
    const other = await signIn(person.email, person.password, '10.3.0.2');
    const wrong = await server.inject({
      method: 'POST',
      url: '/auth/password',
      headers,
      payload: { currentPassword: 'not the password', newPassword: 'a brand new password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'currentPassword', problem: 'is not right' }]);
    const changed = await server.inject({
      method: 'POST',
      url: '/auth/password',
      headers,
      payload: { currentPassword: person.password, newPassword: 'a brand new password' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await server.inject({ method: 'GET', url: '/auth/session', headers: { cookie } })).statusCode,
    ).toBe(200);
    const otherCookie = `vezel_session=${cookieOf(other)}`;
    expect(
      (await server.inject({ method: 'GET', url: '/auth/session', headers: { cookie: otherCookie } }))
        .statusCode,
    ).toBe(401);
    expect((await signIn(person.email, 'a brand new password', '10.3.0.3')).statusCode).toBe(200);
  });

  it('lists users a page at a time, searching name and e-mail', async () => {
    const page = await server.inject({ method: 'GET', url: '/users?limit=2&offset=0', headers: asAdmin });
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(3);
    const found = await server.inject({ method: 'GET', url: '/users?search=ADA%40', headers: asAdmin });
    expect(found.json().items.map((u: { email: string }) => u.email)).toEqual(['ada@example.nl']);
  });
});
