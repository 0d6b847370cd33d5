import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { spendOneHash, verifyPassword } from '../password-hash.ts';
import { absoluteExpiry, SESSION_IDLE_HOURS } from '../rules/session-lifetime.ts';
import { retryAfterSeconds, windowStart } from '../rules/sign-in-limits.ts';
import { normalEmail } from '../rules/user-fields.ts';
import {
  deleteExpiredSessions,
  deleteOldAttempts,
  failuresForEmail,
  failuresFromIp,
  findUserByEmail,
  insertSession,
  insertSignInAttempt,
  updateUserRow,
} from '../store.ts';
import type { FailureRow } from '../store.ts';
import { newSessionSecret, secretHash } from '../token-secret.ts';
import { userView } from './user-view.ts';
import type { UserView } from './user-view.ts';

export interface SignIn {
  readonly email: string;
  readonly password: string;
  /** Where the attempt comes from, for the per-address limit. */
  readonly ip: string;
}

export type SignInOutcome =
  | {
      readonly outcome: 'signed-in';
      readonly user: UserView;
      /** The cookie's value, shown this once: only its hash is kept, as the session's id. */
      readonly sessionToken: string;
      readonly csrfToken: string;
      readonly expiresAt: string;
    }
  /** Unknown e-mail address, wrong password, no password yet or an inactive user: all alike. */
  | { readonly outcome: 'refused' }
  /** Too many failures lately for this address or from this IP; try again after the seconds. */
  | { readonly outcome: 'rate-limited'; readonly retryAfterSeconds: number };

export const SIGN_IN_REFUSED = 'E-mail address or password is not right';

/** Attempts are kept a day, for looking into an attack; the limits look back 15 minutes. */
const KEEP_ATTEMPTS_HOURS = 24;

/**
 * Signs a user in with e-mail address and password. Every attempt is recorded (for the rate limits,
 * across processes); a refusal never says which part was wrong, and takes as long either way.
 */
export async function signIn(context: Context, input: SignIn): Promise<SignInOutcome> {
  const email = typeof input.email === 'string' ? normalEmail(input.email) : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const now = context.clock.now();
  const since = windowStart(now).toString();
  const wait = retryAfterSeconds(
    now,
    failureCount(await failuresForEmail(context.db, email, since)),
    failureCount(await failuresFromIp(context.db, input.ip, since)),
  );
  if (wait !== undefined) return { outcome: 'rate-limited', retryAfterSeconds: wait };

  const user = email === '' ? undefined : await findUserByEmail(context.db, email);
  let right = false;
  if (user?.passwordHash) right = await verifyPassword(user.passwordHash, password);
  else await spendOneHash(password);
  const succeeded = right && user !== undefined && user.active;

  return context.db.transaction(async (tx) => {
    const at = now.toString();
    await insertSignInAttempt(tx, { email, ip: input.ip, at, succeeded });
    if (!succeeded || !user) return { outcome: 'refused' } as const;
    const sessionToken = newSessionSecret();
    const csrfToken = newSessionSecret();
    const expiresAt = absoluteExpiry(now).toString();
    await deleteExpiredSessions(tx, at, now.subtract({ hours: SESSION_IDLE_HOURS }).toString());
    await deleteOldAttempts(tx, now.subtract({ hours: KEEP_ATTEMPTS_HOURS }).toString());
    await insertSession(tx, {
      id: secretHash(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
    });
    const row = await updateUserRow(tx, user.id, { lastSignInAt: at });
    await auditChange(
      tx,
      { ...context, actor: { ...context.actor, id: `user:${user.id}` } },
      {
        action: 'user.signed-in',
        subject: { type: 'user', id: user.id },
      },
    );
    return { outcome: 'signed-in', user: userView(row!), sessionToken, csrfToken, expiresAt } as const;
  });
}

function failureCount(row: FailureRow) {
  return { count: row.count, oldest: row.oldest === null ? undefined : Temporal.Instant.from(row.oldest) };
}
