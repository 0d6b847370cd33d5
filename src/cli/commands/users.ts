import { Command } from 'commander';

/** `vezel users`: create users, set passwords, API tokens (issue 8). Placeholder. */
export function usersCommand(): Command {
  return new Command('users').description('Users, roles and API tokens');
}
