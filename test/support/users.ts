import { systemClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/database/index.ts';
import type { Role } from '../../src/users/index.ts';
import { createApiToken, createUser, setPassword } from '../../src/users/index.ts';

export interface TestUserInput {
  readonly role: Role;
  readonly sellerId?: string;
  readonly providerId?: string;
  readonly customerId?: string;
  readonly email?: string;
  readonly name?: string;
  readonly password?: string;
  readonly language?: 'nl' | 'en';
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

let made = 0;
const actor = { id: 'test', origin: 'test' };

/** A user who can sign in at once: a unique e-mail address unless given, and a 12+ character password. */
export async function createTestUser(db: Db, input: TestUserInput): Promise<TestUser> {
  made += 1;
  const context = { db, clock: systemClock(), actor };
  const unique = `${process.pid}-${Date.now().toString(36)}-${made}`;
  const email = input.email ?? `${input.role}-${unique}@test.vezel.example`;
  const password = input.password ?? `password-${unique}`;
  const user = await createUser(context, {
    email,
    name: input.name ?? `Test ${input.role} ${made}`,
    role: input.role,
    ...(input.sellerId === undefined ? {} : { sellerId: input.sellerId }),
    ...(input.providerId === undefined ? {} : { providerId: input.providerId }),
    ...(input.customerId === undefined ? {} : { customerId: input.customerId }),
    ...(input.language === undefined ? {} : { language: input.language }),
  });
  await setPassword(context, { userId: user.id, password });
  return { id: user.id, email: user.email, password };
}

/** A `vzu_` API token acting as the user, e.g. for `Authorization: Bearer …` in API tests. */
export async function userTokenFor(db: Db, userId: string): Promise<string> {
  const context = { db, clock: systemClock(), actor };
  const created = await createApiToken(context, { userId, name: `test token ${++made}` });
  return created.secret;
}
