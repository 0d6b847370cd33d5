import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { fiberCount } from '../rules/index.ts';
import { findCable, insertCable } from '../store/inventory.ts';
import { InputChecks } from './inventory-input.ts';
import { cableView } from './inventory-views.ts';
import type { CableView } from './inventory-views.ts';

export interface AddCable {
  /** The operator's own name of the cable, e.g. `EDE-NOORD-07`. */
  readonly id: string;
  /** 12, 24, 48, 96, 144 or 192: the class of the repair-time table (vn:6.4.10). */
  readonly fiberCount: number;
  readonly description?: string | null;
}

const CABLE_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Records a fiber cable; its fiber count picks the repair times of the SLA table (vn:6.4.10). */
export async function addCable(context: Context, input: AddCable): Promise<CableView> {
  const checks = new InputChecks();
  const id = checks.text(input.id, 'id', true, 64);
  if (id !== undefined && !CABLE_ID.test(id))
    checks.add('id', 'must be letters, digits and . _ / - only, starting with a letter or digit');
  const fibers = checks.read(() => fiberCount(input.fiberCount));
  const description = checks.text(input.description, 'description', false, 500) ?? null;
  checks.throwIfAny();
  try {
    return await context.db.transaction(async (tx) => {
      if (await findCable(tx, id!)) throw alreadyThere(id!);
      const row = await insertCable(tx, {
        id: id!,
        fiberCount: fibers!,
        description,
        createdAt: context.clock.now().toString(),
      });
      await auditChange(tx, context, {
        action: 'cable.added',
        subject: { type: 'cable', id: row.id },
        details: { fiberCount: row.fiberCount, description },
      });
      return cableView(row);
    });
  } catch (error) {
    // Two clerks adding the same cable at once: the primary key stops the second.
    if (violatedUniqueConstraint(error) === 'cables_pkey') throw alreadyThere(id!);
    throw error;
  }
}

function alreadyThere(id: string): ConflictError {
  return new ConflictError(`cable ${id} exists already: use it, or give the new cable another name`);
}
