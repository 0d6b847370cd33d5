import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { NAP_STATES } from '../rules/index.ts';
import type { NapState } from '../rules/index.ts';
import { activeLinksAtNap, findNap, updateNap } from '../store/inventory.ts';
import { InputChecks } from './inventory-input.ts';
import { napView } from './inventory-views.ts';
import type { NapView } from './inventory-views.ts';

export interface ChangeNapState {
  readonly napId: string;
  readonly state: NapState;
  /** The day it happened; default today, never later. */
  readonly on?: Temporal.PlainDate;
  readonly reason?: string;
}

/**
 * Where a NAP may go from each state: planned → active (connected), active ⇄ out-of-service, and
 * removed from any state but removed, which is final. (inventory-states.ts keeps NAP states as plain
 * facts; the moves are this use case's.)
 */
const NAP_MOVES: { readonly [S in NapState]: readonly NapState[] } = {
  planned: ['active', 'removed'],
  active: ['out-of-service', 'removed'],
  'out-of-service': ['active', 'removed'],
  removed: [],
};

/**
 * Moves a NAP to another state. The first activation records `activatedOn`. A NAP that running links
 * end at cannot be removed (end the links first); it may go out of service (a fault).
 */
export async function changeNapState(context: Context, input: ChangeNapState): Promise<NapView> {
  const checks = new InputChecks();
  const to = checks.oneOf(input.state, 'state', NAP_STATES);
  const on = checks.read(() => dayOfRecord('on', input.on, context.clock.today()));
  const reason = checks.text(input.reason, 'reason', false, 500);
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const nap = await findNap(tx, input.napId, { lock: 'update' });
    if (!nap) throw new NotFoundError('NAP', input.napId);
    if (!NAP_MOVES[nap.state].includes(to!)) {
      const allowed = NAP_MOVES[nap.state];
      throw new ConflictError(
        `cannot move ${nap.id} from ${nap.state} to ${to}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing (removed is final)'}`,
      );
    }
    if (to === 'removed') {
      const running = await activeLinksAtNap(tx, nap.id);
      if (running.length > 0)
        throw new ConflictError(
          `cannot remove ${nap.id}: links ${running.map((link) => link.id).join(', ')} still end there; end them first`,
        );
    }
    const activatedOn = to === 'active' && nap.activatedOn === null ? on!.toString() : nap.activatedOn;
    const row = await updateNap(tx, nap.id, nap.state, { state: to!, activatedOn });
    await auditChange(tx, context, {
      action: `nap.${to!}`,
      subject: { type: 'nap', id: nap.id },
      ...(reason === undefined ? {} : { reason }),
      details: { from: nap.state, to: to!, on: on!.toString(), activatedOn },
    });
    return napView({ ...row!, fiberCount: nap.fiberCount });
  });
}
