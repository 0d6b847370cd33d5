import { Temporal } from 'temporal-polyfill';
import { customerContacts } from '../../customers/schema.ts';
import type { ContactRole } from '../../customers/schema.ts';
import { networkOrders, networkServices } from '../../network/schema.ts';
import type { NetworkServiceState } from '../../network/rules/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { providers } from '../../providers/schema.ts';
import { asInvalidInput } from '../../shared/errors/index.ts';

/* For the tests beside these use cases only. */

export const actor = { id: 'user:anna', origin: 'test' };

export const contextOn = (db: Db, day: string): Context => ({
  db,
  clock: fixedClock(Temporal.PlainDate.from(day)),
  actor,
});

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

/** The fields `promise` is refused with; fails when it is not refused as invalid input. */
export async function refusedFields(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (invalid) return invalid.problems.map((p) => p.field);
    throw error;
  }
  throw new Error('expected an InvalidInputError, but the input was accepted');
}

export async function seedProvider(
  db: Db,
  values: { admittedOn: string; suspendedOn?: string | null; name?: string },
): Promise<string> {
  const [row] = await db
    .insert(providers)
    .values({
      name: values.name ?? 'Glasnet B.V.',
      email: 'orders@glasnet.example',
      admittedOn: values.admittedOn,
      suspendedOn: values.suspendedOn ?? null,
      createdAt: '2026-01-01T00:00:00Z',
    })
    .returning({ id: providers.id });
  return row!.id;
}

export async function seedContact(db: Db, customerId: string, roles: ContactRole[], email: string) {
  await db.insert(customerContacts).values({
    customerId,
    name: email.split('@')[0]!,
    roles,
    email,
    createdAt: '2026-01-01T00:00:00Z',
  });
}

/** A network order of the product for the customer, with its service in `state`. */
export async function seedNetworkService(
  db: Db,
  customerId: string,
  productId: string,
  state: NetworkServiceState,
): Promise<string> {
  const at = '2026-01-01T00:00:00Z';
  const [order] = await db
    .insert(networkOrders)
    .values({
      kind: 'access',
      customerId,
      productId,
      spec: {},
      state: 'active',
      submittedAt: at,
      updatedAt: at,
    })
    .returning({ id: networkOrders.id });
  const [service] = await db
    .insert(networkServices)
    .values({
      orderId: order!.id,
      customerId,
      state,
      openedOn: '2026-02-01',
      closedOn: state === 'closed' ? '2026-06-30' : null,
      createdAt: at,
    })
    .returning({ id: networkServices.id });
  return service!.id;
}
