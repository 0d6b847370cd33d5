import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { hashPassword } from '../password-hash.ts';
import { passwordProblem } from '../rules/password-policy.ts';
import { deleteSessionsOf, findUserForUpdate, updateUserRow } from '../store.ts';

export interface SetPassword {
  readonly userId: string;
  readonly password: string;
}

/**
 * An admin gives a user a (new) password: the user's sessions end, so whoever had the old one is
 * signed out. The audit log records that it changed, never the password.
 */
export async function setPassword(context: Context, input: SetPassword): Promise<void> {
  const problem = passwordProblem('password', input.password);
  if (problem) throw new InvalidInputError([problem]);
  const hash = await hashPassword(input.password);
  await context.db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, input.userId);
    if (!user) throw new NotFoundError('user', input.userId);
    await updateUserRow(tx, user.id, { passwordHash: hash });
    await deleteSessionsOf(tx, user.id);
    await auditChange(tx, context, {
      action: 'user.password-set',
      subject: { type: 'user', id: user.id },
    });
  });
}
