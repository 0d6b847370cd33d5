import type { Context } from '../../platform/context.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { countUsers } from '../store.ts';
import { newPassword } from '../token-secret.ts';
import { createUser } from './create-user.ts';
import { setPassword } from './set-password.ts';

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@localhost';

/**
 * On a store without any user, makes `admin@localhost` (role admin) with a new password, so someone
 * can sign in the first time and add the real users. Answers the password this once; undefined when
 * the store has users already (or another process made the admin at the same moment).
 */
export async function bootstrapAdmin(
  context: Context,
): Promise<{ readonly email: string; readonly password: string } | undefined> {
  if ((await countUsers(context.db)) > 0) return undefined;
  const password = newPassword();
  try {
    const admin = await createUser(context, {
      email: BOOTSTRAP_ADMIN_EMAIL,
      name: 'Administrator',
      role: 'admin',
    });
    await setPassword(context, { userId: admin.id, password });
    return { email: admin.email, password };
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
}
