import type { Actor } from '../platform/actor.ts';
import type { Context } from '../platform/context.ts';
import { createUser, setPassword } from '../users/index.ts';
import type { Role } from '../users/index.ts';

/**
 * The demo's one password, printed with the users at start: the demo is for trying Vezel on one's
 * own machine, never for real customers (`VEZEL_DEMO=0` starts empty, with a random admin password).
 */
export const DEMO_PASSWORD = 'vezel-demo-2026';

export interface DemoUser {
  readonly email: string;
  readonly role: Role;
  readonly name: string;
  /** Whom a provider or customer user acts for. */
  readonly actsFor?: string;
}

const staffUsers = [
  { email: 'admin@demo.vezel.nl', name: 'Anouk Admin', role: 'admin' },
  { email: 'billing@demo.vezel.nl', name: 'Bart Boekhouding', role: 'billing' },
  { email: 'noc@demo.vezel.nl', name: 'Noor NOC', role: 'noc' },
  { email: 'sales@demo.vezel.nl', name: 'Sem Sales', role: 'sales' },
] as const;

export type StaffRole = (typeof staffUsers)[number]['role'];

/** The operator's staff: one user per staff role, each the actor of the demo's changes in its field. */
export async function makeDemoStaff(
  context: Context,
): Promise<{ users: DemoUser[]; actors: Record<StaffRole, Actor> }> {
  const users: DemoUser[] = [];
  const actors = {} as Record<StaffRole, Actor>;
  for (const staff of staffUsers) {
    const user = await createUser(context, staff);
    await setPassword(context, { userId: user.id, password: DEMO_PASSWORD });
    users.push(staff);
    actors[staff.role] = { id: `user:${user.id}`, origin: 'demo', userId: user.id, role: staff.role };
  }
  return { users, actors };
}

/** A portal user of a provider or of a customer. */
export async function makeDemoPortalUser(
  context: Context,
  input: { email: string; name: string } & (
    | { role: 'provider'; providerId: string; actsFor: string }
    | { role: 'customer'; customerId: string; actsFor: string }
  ),
): Promise<DemoUser> {
  const { actsFor, ...fields } = input;
  const user = await createUser(context, fields);
  await setPassword(context, { userId: user.id, password: DEMO_PASSWORD });
  return { email: input.email, role: input.role, name: input.name, actsFor };
}
