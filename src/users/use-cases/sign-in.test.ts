import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../platform/clock.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { authenticateSession } from './authenticate-session.ts';
import { createUser } from './create-user.ts';
import { setPassword } from './set-password.ts';
import { signIn } from './sign-in.ts';
import type { SignInOutcome } from './sign-in.ts';
import { updateUser } from './update-user.ts';

/** A clock the test moves. */
function movableClock(
  start: string,
): Clock & { set(at: string): void; move(d: Temporal.DurationLike): void } {
  let now = Temporal.Instant.from(start);
  return {
    now: () => now,
    today: () => now.toZonedDateTimeISO('Europe/Amsterdam').toPlainDate(),
    set: (at) => (now = Temporal.Instant.from(at)),
    move: (duration) => (now = now.add(duration)),
  };
}

const password = 'a long enough password';

describeEachStore('signing in', (database) => {
  const clock = movableClock('2026-11-22T09:00:00Z');
  const context = () => ({ db: database().db, clock, actor: { id: 'test', origin: 'test' } });
  let userId = '';

  const add = async (email: string) => {
    const user = await createUser(context(), { email, name: 'Anna de Vries', role: 'billing' });
    await setPassword(context(), { userId: user.id, password });
    return user.id;
  };
  const attempt = (email: string, given = password, ip = '10.0.0.1') =>
    signIn(context(), { email, password: given, ip });
  const signedIn = (outcome: SignInOutcome) => {
    if (outcome.outcome !== 'signed-in') throw new Error(`not signed in: ${outcome.outcome}`);
    return outcome;
  };

  beforeAll(async () => {
    userId = await add('Anna@Example.nl');
  });

  it('signs in with the right password, the e-mail address in any case', async () => {
    const outcome = signedIn(await attempt('  anna@EXAMPLE.nl '));
    expect(outcome.user).toMatchObject({ id: userId, email: 'anna@example.nl', role: 'billing' });
    expect(outcome.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(outcome.csrfToken).not.toBe(outcome.sessionToken);
    const session = await authenticateSession(context(), outcome.sessionToken);
    expect(session?.user.id).toBe(userId);
    expect(session?.csrfToken).toBe(outcome.csrfToken);
    expect(session?.user.lastSignInAt).not.toBeNull();
  });

  it('refuses a wrong password, an unknown address and an inactive user alike', async () => {
    const inactive = await add('gone@example.nl');
    await updateUser(context(), { userId: inactive, changes: { active: false } });
    const outcomes = [
      await attempt('anna@example.nl', 'not the password at all', '10.0.0.2'),
      await attempt('nobody@example.nl', password, '10.0.0.2'),
      await attempt('gone@example.nl', password, '10.0.0.2'),
    ];
    expect(outcomes).toEqual([{ outcome: 'refused' }, { outcome: 'refused' }, { outcome: 'refused' }]);
  });

  it('refuses the 6th attempt after 5 failures for one address with a wait, and lets in after the window', async () => {
    clock.set('2026-11-22T10:00:00Z');
    const email = 'anna@example.nl';
    for (let i = 0; i < 5; i++) {
      expect(await attempt(email, `wrong password ${i}`, `10.1.0.${i}`)).toEqual({ outcome: 'refused' });
      clock.move({ seconds: 10 });
    }
    // The right password does not help now: the limit is checked first.
    const limited = await attempt(email, password, '10.1.0.9');
    expect(limited).toEqual({ outcome: 'rate-limited', retryAfterSeconds: 15 * 60 - 50 });
    clock.set('2026-11-22T10:15:01Z');
    signedIn(await attempt(email, password, '10.1.0.9'));
  });

  it('refuses an address (IP) after 20 failures there, whatever the e-mail addresses', async () => {
    clock.set('2026-11-22T12:00:00Z');
    for (let i = 0; i < 20; i++) await attempt(`guess${i}@example.nl`, 'wrong password', '10.9.9.9');
    const limited = await attempt('anna@example.nl', password, '10.9.9.9');
    expect(limited.outcome).toBe('rate-limited');
    signedIn(await attempt('anna@example.nl', password, '10.9.9.10'));
  });

  it('ends a session after 12 hours idle, and slides while used', async () => {
    clock.set('2026-11-23T08:00:00Z');
    const { sessionToken } = signedIn(await attempt('anna@example.nl'));
    clock.move({ hours: 11 });
    expect(await authenticateSession(context(), sessionToken)).toBeDefined();
    clock.move({ hours: 11 });
    expect(await authenticateSession(context(), sessionToken)).toBeDefined();
    clock.move({ hours: 12, seconds: 1 });
    expect(await authenticateSession(context(), sessionToken)).toBeUndefined();
    // Ended is ended: it does not come back with an earlier clock.
    clock.move({ hours: -1 });
    expect(await authenticateSession(context(), sessionToken)).toBeUndefined();
  });

  it('ends a session 7 days after sign-in however busy', async () => {
    clock.set('2026-11-24T08:00:00Z');
    const { sessionToken } = signedIn(await attempt('anna@example.nl'));
    for (let hours = 10; hours < 7 * 24; hours += 10) {
      clock.set(Temporal.Instant.from('2026-11-24T08:00:00Z').add({ hours }).toString());
      expect(await authenticateSession(context(), sessionToken), `after ${hours} h`).toBeDefined();
    }
    clock.set('2026-12-01T08:00:00Z');
    expect(await authenticateSession(context(), sessionToken)).toBeUndefined();
  });

  it('ends the sessions of a user who is deactivated or gets a new password', async () => {
    clock.set('2026-11-25T08:00:00Z');
    const other = await add('piet@example.nl');
    const first = signedIn(await attempt('piet@example.nl'));
    await setPassword(context(), { userId: other, password: 'another long password' });
    expect(await authenticateSession(context(), first.sessionToken)).toBeUndefined();
    const second = signedIn(await attempt('piet@example.nl', 'another long password'));
    await updateUser(context(), { userId: other, changes: { active: false } });
    expect(await authenticateSession(context(), second.sessionToken)).toBeUndefined();
  });
});
