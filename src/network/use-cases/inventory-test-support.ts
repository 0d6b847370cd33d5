import { Temporal } from 'temporal-polyfill';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { Database, Db } from '../../platform/database/index.ts';
import { asInvalidInput } from '../../shared/errors/index.ts';
import { vlanPools } from '../schema.ts';
import { addCable } from './add-cable.ts';
import { addNap } from './add-nap.ts';
import { addPremises } from './add-premises.ts';
import { changeNapState } from './change-nap-state.ts';
import { installCpe } from './install-cpe.ts';
import { registerCpe } from './register-cpe.ts';

/* For the tests beside the inventory use cases only. */

export const today = Temporal.PlainDate.from('2026-11-22');
export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

export function testContext(database: () => Database, on = today): () => Context {
  return () => ({ db: database().db, clock: fixedClock(on), actor: { id: 'user:noc', origin: 'test' } });
}

export const anAddress = (houseNumber: number) => ({
  street: 'Galileïlaan',
  houseNumber: String(houseNumber),
  postcode: '6716bp',
  city: 'Ede',
});

let counter = 0;
/** A name no other test of the run uses (cables, serial numbers, pools). */
export const unique = (prefix: string): string => `${prefix}-${process.pid}-${++counter}`;

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

/** The error `promise` is refused with. */
export const refusal = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a refusal, but it was accepted');
    },
    (error: unknown) => error,
  );

export async function aCable(context: Context, fiberCount = 48) {
  return addCable(context, { id: unique('CBL'), fiberCount });
}

/** A premises of the customer with an active NAP on a new cable, and (unless told) a switch installed. */
export async function connectedPremises(
  context: Context,
  customerId: string,
  options: { withSwitch?: boolean; napState?: 'planned' | 'active' } = {},
) {
  const cable = await aCable(context);
  const premises = await addPremises(context, { address: anAddress(++counter), customerId });
  let nap = await addNap(context, { premisesId: premises.id, cableId: cable.id, fiber: 1 });
  if ((options.napState ?? 'active') === 'active')
    nap = await changeNapState(context, { napId: nap.id, state: 'active' });
  const device =
    options.withSwitch === false
      ? undefined
      : await installCpe(context, {
          cpeId: (await aSwitch(context)).id,
          customerId,
          premisesId: premises.id,
          ownership: 'lent',
          depositCents: 15000,
        });
  return { cable, premises, nap, device };
}

export async function aSwitch(context: Context) {
  return registerCpe(context, {
    serialNumber: unique('SN'),
    model: 'Zyxel XGS1930',
    ports: 8,
    sticker: unique('VZ'),
  });
}

/** A pool of its own with VLANs first..last, so a test can exhaust it. */
export async function aPool(db: Db, first: number, last: number): Promise<string> {
  const id = unique('pool');
  await db.insert(vlanPools).values({ id, first, last });
  return id;
}
