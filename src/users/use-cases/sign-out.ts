import type { Context } from '../../platform/context.ts';
import { deleteSession } from '../store.ts';
import { secretHash } from '../token-secret.ts';

/** Ends the session of a cookie's token; nothing happens for an unknown or ended one. */
export async function signOut(context: Pick<Context, 'db'>, token: string): Promise<void> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return;
  await deleteSession(context.db, secretHash(token));
}
