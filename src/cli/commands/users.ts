import { Command, InvalidArgumentError } from 'commander';
import type { App } from '../../app.ts';
import { cliActor } from '../../platform/actor.ts';
import type { Context } from '../../platform/context.ts';
import type { UserView } from '../../users/index.ts';
import { jsonOption } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readStdin } from '../read-stdin.ts';
import { withApp } from '../with-app.ts';

/** `vezel users …`: people who sign in, their roles, passwords and API tokens (issue 8). */
export function usersCommand(): Command {
  return new Command('users')
    .description('users who sign in: create, list, password, token, deactivate')
    .addCommand(createCommand())
    .addCommand(listCommand())
    .addCommand(passwordCommand())
    .addCommand(tokenCommand())
    .addCommand(deactivateCommand());
}

const contextOf = (app: App): Context => ({ db: app.database.db, clock: app.clock, actor: cliActor() });

const ROLE_NAMES = ['admin', 'billing', 'noc', 'sales', 'provider', 'customer'] as const;

function roleArgument(value: string): (typeof ROLE_NAMES)[number] {
  const role = ROLE_NAMES.find((name) => name === value);
  if (!role) throw new InvalidArgumentError(`must be one of ${ROLE_NAMES.join(', ')}`);
  return role;
}

function languageArgument(value: string): 'nl' | 'en' {
  if (value !== 'nl' && value !== 'en') throw new InvalidArgumentError('must be nl or en');
  return value;
}

/** The password from standard input, or a new one made here (then printed once). */
async function passwordFrom(fromStdin: boolean | undefined): Promise<{ password: string; made: boolean }> {
  if (fromStdin) return { password: await readStdin(), made: false };
  const { newPassword } = await import('../../users/index.ts');
  return { password: newPassword(), made: true };
}

interface CreateOptions {
  email: string;
  name: string;
  role: (typeof ROLE_NAMES)[number];
  seller?: string;
  provider?: string;
  customer?: string;
  language?: 'nl' | 'en';
  passwordStdin?: boolean;
  json?: boolean;
}

function createCommand(): Command {
  return new Command('create')
    .description(
      'add a user who can sign in at once; without --password-stdin a password is made and printed once',
    )
    .requiredOption('--email <address>', 'the e-mail address to sign in with')
    .requiredOption('--name <name>', 'the person’s name')
    .requiredOption('--role <role>', `one of ${ROLE_NAMES.join(', ')}`, roleArgument)
    .option('--seller <id>', 'limit operator staff to this seller')
    .option('--provider <id>', 'the provider (role provider)')
    .option('--customer <id>', 'the customer (role customer)')
    .option('--language <nl|en>', 'the language of the screens (nl)', languageArgument)
    .option('--password-stdin', 'read the password from standard input')
    .addOption(jsonOption())
    .action((options: CreateOptions) =>
      withApp(undefined, async (app) => {
        const { createUser, getUser, passwordProblem, setPassword } = await import('../../users/index.ts');
        const { InvalidInputError } = await import('../../shared/errors/index.ts');
        const { password, made } = await passwordFrom(options.passwordStdin);
        const problem = passwordProblem('password', password);
        if (problem) throw new InvalidInputError([problem]);
        const context = contextOf(app);
        const created = await createUser(context, {
          email: options.email,
          name: options.name,
          role: options.role,
          sellerId: options.seller ?? null,
          providerId: options.provider ?? null,
          customerId: options.customer ?? null,
          ...(options.language ? { language: options.language } : {}),
        });
        await setPassword(context, { userId: created.id, password });
        const user = await getUser(context, created.id);
        if (options.json) return printJson({ user, ...(made ? { password } : {}) });
        printLines([
          `Created ${userLine(user)}`,
          ...(made ? [`Password (shown this once; the user changes it after signing in): ${password}`] : []),
        ]);
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('every user, by e-mail address')
    .option('--search <text>', 'a part of the name or e-mail address')
    .addOption(jsonOption())
    .action((options: { search?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { listUsers, MAX_USER_PAGE } = await import('../../users/index.ts');
        const users: UserView[] = [];
        for (let offset = 0; ; offset += MAX_USER_PAGE) {
          const page = await listUsers(contextOf(app), {
            ...(options.search ? { search: options.search } : {}),
            limit: MAX_USER_PAGE,
            offset,
          });
          users.push(...page.items);
          if (users.length >= page.total || page.items.length === 0) break;
        }
        if (options.json) return printJson(users);
        if (users.length === 0) return printLines(['No users.']);
        printLines(users.map(userLine));
      }),
    );
}

function passwordCommand(): Command {
  return new Command('password')
    .description(
      'give a user a new password (their sessions end); without --password-stdin one is made and printed once',
    )
    .argument('<email>', 'the user’s e-mail address')
    .option('--password-stdin', 'read the password from standard input')
    .action((email: string, options: { passwordStdin?: boolean }) =>
      withApp(undefined, async (app) => {
        const { getUserByEmail, setPassword } = await import('../../users/index.ts');
        const context = contextOf(app);
        const user = await getUserByEmail(context, email);
        const { password, made } = await passwordFrom(options.passwordStdin);
        await setPassword(context, { userId: user.id, password });
        printLines([
          `New password set for ${user.email}; their sessions have ended.`,
          ...(made ? [`Password (shown this once): ${password}`] : []),
        ]);
      }),
    );
}

function tokenCommand(): Command {
  return new Command('token')
    .description('make an API token acting as the user; the token is printed this once')
    .argument('<email>', 'the user’s e-mail address')
    .requiredOption('--name <name>', 'what the token is for, e.g. "usage import"')
    .addOption(jsonOption())
    .action((email: string, options: { name: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { createApiToken, getUserByEmail } = await import('../../users/index.ts');
        const context = contextOf(app);
        const user = await getUserByEmail(context, email);
        const created = await createApiToken(context, { userId: user.id, name: options.name });
        if (options.json) return printJson(created);
        printLines([
          `Token ${created.token.id} (${created.token.name}) for ${user.email}; shown this once, keep it safe:`,
          created.secret,
        ]);
      }),
    );
}

function deactivateCommand(): Command {
  return new Command('deactivate')
    .description('stop a user from signing in; their sessions end and their tokens stop working')
    .argument('<email>', 'the user’s e-mail address')
    .action((email: string) =>
      withApp(undefined, async (app) => {
        const { getUserByEmail, updateUser } = await import('../../users/index.ts');
        const context = contextOf(app);
        const user = await getUserByEmail(context, email);
        await updateUser(context, { userId: user.id, changes: { active: false } });
        printLines([`Deactivated ${user.email}.`]);
      }),
    );
}

function userLine(user: UserView): string {
  const scope = [
    user.sellerId ? `seller ${user.sellerId}` : '',
    user.providerId ? `provider ${user.providerId}` : '',
    user.customerId ? `customer ${user.customerId}` : '',
  ].filter(Boolean);
  return [
    user.id.padEnd(6),
    user.email.padEnd(32),
    user.role.padEnd(8),
    user.active ? 'active  ' : 'inactive',
    user.name,
    ...(scope.length ? [`(${scope.join(', ')})`] : []),
  ].join(' ');
}
