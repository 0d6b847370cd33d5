import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { FIBER_COUNTS } from '../rules/index.ts';
import { findCable, findPremises, insertNap, napOnFiber } from '../store/inventory.ts';
import type { CableRow } from '../store/inventory.ts';
import { InputChecks } from './inventory-input.ts';
import { napView } from './inventory-views.ts';
import type { NapView } from './inventory-views.ts';

export interface AddNap {
  readonly premisesId: string;
  readonly cableId: string;
  /** The fiber of the cable it uses (1 to the cable's fiber count), when known. */
  readonly fiber?: number | null;
}

/**
 * Records a network termination point (NAP, vn:1.2), `planned`: where a premises meets a cable. A
 * fiber serves one NAP at a time; a removed NAP frees its fiber.
 */
export async function addNap(context: Context, input: AddNap): Promise<NapView> {
  const checks = new InputChecks();
  const premisesId = checks.text(input.premisesId, 'premisesId');
  const cableId = checks.text(input.cableId, 'cableId');
  const fiber =
    input.fiber === undefined || input.fiber === null
      ? null
      : (checks.wholeNumber(input.fiber, 'fiber', 1, Math.max(...FIBER_COUNTS)) ?? null);
  checks.throwIfAny();
  try {
    return await context.db.transaction(async (tx) => {
      const cable = await checkReferences(tx, premisesId!, cableId!, fiber);
      if (fiber !== null) {
        const taken = await napOnFiber(tx, cable.id, fiber);
        if (taken) throw fiberTaken(cable.id, fiber, taken.id);
      }
      const row = await insertNap(tx, {
        premisesId: premisesId!,
        cableId: cable.id,
        fiber,
        state: 'planned',
        activatedOn: null,
        createdAt: context.clock.now().toString(),
      });
      await auditChange(tx, context, {
        action: 'nap.added',
        subject: { type: 'nap', id: row.id },
        details: { premisesId: row.premisesId, cableId: row.cableId, fiber, state: row.state },
      });
      return napView({ ...row, fiberCount: cable.fiberCount });
    });
  } catch (error) {
    // Two NAPs put on the same fiber at the same moment: the partial unique index stops the second.
    if (violatedUniqueConstraint(error) === 'naps_cable_fiber_key') throw fiberTaken(cableId!, fiber!);
    throw error;
  }
}

async function checkReferences(db: Db, premisesId: string, cableId: string, fiber: number | null) {
  const problems: FieldProblem[] = [];
  if (!(await findPremises(db, premisesId)))
    problems.push({ field: 'premisesId', problem: `no premises '${premisesId}'` });
  const cable: CableRow | undefined = await findCable(db, cableId);
  if (!cable) problems.push({ field: 'cableId', problem: `no cable '${cableId}'` });
  else if (fiber !== null && fiber > cable.fiberCount)
    problems.push({
      field: 'fiber',
      problem: `cable ${cable.id} has ${cable.fiberCount} fibers; ${fiber} is not one of them`,
    });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return cable!;
}

function fiberTaken(cableId: string, fiber: number, napId?: string): ConflictError {
  const holder = napId === undefined ? 'another NAP' : napId;
  return new ConflictError(
    `fiber ${fiber} of cable ${cableId} is used by ${holder}: choose a free fiber, or remove ${holder} first`,
  );
}
