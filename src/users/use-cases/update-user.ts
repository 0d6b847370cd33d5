import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, FieldChecks, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { Role } from '../rules/roles.ts';
import { languageProblem, nameProblem, scopeProblems } from '../rules/user-fields.ts';
import type { UserLanguage } from '../rules/user-fields.ts';
import {
  countOtherActiveAdmins,
  deleteSessionsOf,
  findUserForUpdate,
  missingScope,
  updateUserRow,
} from '../store.ts';
import { userView } from './user-view.ts';
import type { UserView } from './user-view.ts';

export interface UserChanges {
  readonly name?: string;
  readonly role?: Role;
  /** Limits operator staff to one seller; null lifts the limit. */
  readonly sellerId?: string | null;
  /** False: the user can no longer sign in, and its sessions end at once. */
  readonly active?: boolean;
  readonly language?: UserLanguage;
}

export interface UpdateUser {
  readonly userId: string;
  readonly changes: UserChanges;
}

/** Changes a user. Each request reads the user afresh, so a new role or limit holds at once. */
export async function updateUser(context: Context, input: UpdateUser): Promise<UserView> {
  const { changes } = input;
  const checks = new FieldChecks();
  for (const problem of [
    changes.name === undefined ? undefined : nameProblem('name', changes.name),
    changes.language === undefined ? undefined : languageProblem('language', changes.language),
  ])
    if (problem) checks.add(problem.field, problem.problem);
  if (changes.active !== undefined && typeof changes.active !== 'boolean')
    checks.add('active', 'must be true or false');
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const user = await findUserForUpdate(tx, input.userId);
    if (!user) throw new NotFoundError('user', input.userId);
    const scope = {
      role: changes.role ?? user.role,
      sellerId: changes.sellerId === undefined ? user.sellerId : changes.sellerId,
      providerId: user.providerId,
      customerId: user.customerId,
    };
    const problems = scopeProblems(scope);
    if (problems.length > 0) throw new InvalidInputError(problems);
    if (changes.sellerId && (await missingScope(tx, { ...scope, providerId: null, customerId: null })).length)
      throw new InvalidInputError('sellerId', 'does not exist');
    const set = {
      ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.sellerId === undefined ? {} : { sellerId: changes.sellerId }),
      ...(changes.active === undefined ? {} : { active: changes.active }),
      ...(changes.language === undefined ? {} : { language: changes.language }),
    };
    const changed = Object.fromEntries(
      Object.entries(set).filter(([key, value]) => user[key as keyof typeof user] !== value),
    );
    if (Object.keys(changed).length === 0) return userView(user);
    const stopsBeingAdmin =
      user.role === 'admin' && user.active && (changed.active === false || changed.role !== undefined);
    // Someone must be able to add users and set passwords: the last active admin stays one.
    if (stopsBeingAdmin && (await countOtherActiveAdmins(tx, user.id)) === 0)
      throw new ConflictError(
        `${user.email} is the only active admin; make another user admin first, so someone can still manage users`,
      );
    const row = await updateUserRow(tx, user.id, changed);
    if (changed.active === false) await deleteSessionsOf(tx, user.id);
    await auditChange(tx, context, {
      action: changed.active === false ? 'user.deactivated' : 'user.changed',
      subject: { type: 'user', id: user.id },
      details: {
        changes: Object.fromEntries(
          Object.entries(changed).map(([key, value]) => [
            key,
            { from: user[key as keyof typeof user], to: value },
          ]),
        ),
      },
    });
    return userView(row!);
  });
}
