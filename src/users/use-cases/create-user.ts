import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/unique-violation.ts';
import { ConflictError, FieldChecks, InvalidInputError } from '../../shared/errors/index.ts';
import type { Role } from '../rules/roles.ts';
import {
  emailProblem,
  languageProblem,
  nameProblem,
  normalEmail,
  scopeProblems,
} from '../rules/user-fields.ts';
import type { UserLanguage } from '../rules/user-fields.ts';
import { findUserByEmail, insertUser, missingScope } from '../store.ts';
import { userView } from './user-view.ts';
import type { UserView } from './user-view.ts';

export interface CreateUser {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Operator staff limited to this seller. */
  readonly sellerId?: string | null;
  /** Required for the role provider. */
  readonly providerId?: string | null;
  /** Required for the role customer. */
  readonly customerId?: string | null;
  readonly language?: UserLanguage;
}

/** Adds a user, without a password: `setPassword` gives one (until then the user cannot sign in). */
export async function createUser(context: Context, input: CreateUser): Promise<UserView> {
  const checks = new FieldChecks();
  const scope = {
    role: input.role,
    sellerId: input.sellerId ?? null,
    providerId: input.providerId ?? null,
    customerId: input.customerId ?? null,
  };
  for (const problem of [
    emailProblem('email', input.email),
    nameProblem('name', input.name),
    input.language === undefined ? undefined : languageProblem('language', input.language),
    ...scopeProblems(scope),
  ])
    if (problem) checks.add(problem.field, problem.problem);
  checks.throwIfAny();
  const email = normalEmail(input.email);
  try {
    return await context.db.transaction(async (tx) => {
      const missing = await missingScope(tx, scope);
      if (missing.length > 0)
        throw new InvalidInputError(missing.map((field) => ({ field, problem: 'does not exist' })));
      if (await findUserByEmail(tx, email)) throw duplicate(email);
      const row = await insertUser(tx, {
        email,
        name: input.name.trim(),
        role: input.role,
        sellerId: scope.sellerId,
        providerId: scope.providerId,
        customerId: scope.customerId,
        language: input.language ?? 'nl',
        passwordHash: null,
        active: true,
        createdAt: context.clock.now().toString(),
        createdBy: context.actor.id,
      });
      const view = userView(row);
      await auditChange(tx, context, {
        action: 'user.created',
        subject: { type: 'user', id: row.id },
        details: {
          email,
          name: view.name,
          role: view.role,
          sellerId: view.sellerId,
          providerId: view.providerId,
          customerId: view.customerId,
          language: view.language,
        },
      });
      return view;
    });
  } catch (error) {
    // Two admins adding the same address at once: the unique index decides.
    if (violatedUniqueConstraint(error) === 'users_email_key') throw duplicate(email);
    throw error;
  }
}

function duplicate(email: string): ConflictError {
  return new ConflictError(`a user with e-mail address ${email} exists already`);
}
