import type { App } from '../app.ts';

export interface FirstAdmin {
  readonly email: string;
  readonly password: string;
}

/**
 * `vezel serve` on a store with no users at all makes the first admin (before it listens, so the
 * sign-in works at once); undefined on a store that has users.
 */
export async function makeFirstAdmin(app: App): Promise<FirstAdmin | undefined> {
  const { bootstrapAdmin } = await import('../users/index.ts');
  return bootstrapAdmin({ db: app.database.db, clock: app.clock, actor: { id: 'system', origin: 'serve' } });
}

/** Prints, this once, where to sign in and with what. */
export function printFirstAdmin(admin: FirstAdmin | undefined, appUrl: string): void {
  if (!admin) return;
  process.stderr.write(
    [
      'No users yet: made the first administrator. Sign in, add the real users, and change this password:',
      `  ${appUrl}`,
      `  e-mail:   ${admin.email}`,
      `  password: ${admin.password}`,
      '',
    ].join('\n'),
  );
}
