import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, NotAllowedError } from '../../shared/errors/index.ts';
import { hashPassword, verifyPassword } from '../password-hash.ts';
import { passwordProblem } from '../rules/password-policy.ts';
import { deleteSessionsOf, findUserForUpdate, updateUserRow } from '../store.ts';

export interface ChangeOwnPassword {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session making the change stays signed in; every other one of the user ends. */
  readonly keepSessionId?: string;
}

/** A signed-in user changes their own password, giving the current one. */
export async function changeOwnPassword(context: Context, input: ChangeOwnPassword): Promise<void> {
  const userId = context.actor.userId;
  if (userId === undefined) throw new NotAllowedError('only a signed-in user can change their own password');
  const checks = new FieldChecks();
  if (typeof input.currentPassword !== 'string' || input.currentPassword === '')
    checks.add('currentPassword', 'is required');
  const problem = passwordProblem('newPassword', input.newPassword);
  if (problem) checks.add(problem.field, problem.problem);
  checks.throwIfAny();
  const hash = await hashPassword(input.newPassword);
  await context.db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, userId);
    const stored = user?.passwordHash ?? null;
    const right = stored !== null && (await verifyPassword(stored, input.currentPassword));
    if (!user || !right) throw new InvalidInputError('currentPassword', 'is not right');
    await updateUserRow(tx, user.id, { passwordHash: hash });
    await deleteSessionsOf(tx, user.id, input.keepSessionId);
    await auditChange(tx, context, {
      action: 'user.password-changed',
      subject: { type: 'user', id: user.id },
    });
  });
}
