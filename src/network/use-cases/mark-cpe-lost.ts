import type { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { nextCpeState } from '../rules/index.ts';
import { findCpe, updateCpe } from '../store/inventory.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { InputChecks } from './inventory-input.ts';
import { cpeView } from './inventory-views.ts';
import type { CpeView } from './inventory-views.ts';

export interface MarkCpeLost {
  readonly cpeId: string;
  /** The day it was written off; default today, never later. */
  readonly on?: Temporal.PlainDate;
  /** What happened: stolen, not returned after the reminders, gone from stock. */
  readonly reason: string;
}

/**
 * Writes a switch off as lost: from stock, from a premises, or when it is not returned. Lost is final
 * (a switch that turns up is booked in anew); a lost switch forfeits its deposit (vn:7.2.4, in
 * settle-deposit).
 */
export async function markCpeLost(context: Context, input: MarkCpeLost): Promise<CpeView> {
  const checks = new InputChecks();
  const on = checks.read(() => dayOfRecord('on', input.on, context.clock.today()));
  const reason = checks.text(input.reason, 'reason', true, 500);
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const device = await findCpe(tx, input.cpeId);
    if (!device) throw new NotFoundError('CPE device', input.cpeId);
    nextCpeState(device, 'lost');
    const row = await updateCpe(tx, device.id, [device.state], { state: 'lost', premisesId: null });
    if (!row) throw new ConflictError(`switch ${device.id} changed meanwhile: look at it again`);
    if (device.premisesId !== null) {
      await enqueueProvisioningJob(tx, context.clock, {
        subject: `cpe:${row.id}`,
        action: 'cpe.remove',
        payload: {
          cpeId: row.id,
          serialNumber: row.serialNumber,
          premisesId: device.premisesId,
          on: on!.toString(),
        },
      });
    }
    await auditChange(tx, context, {
      action: 'cpe.lost',
      subject: { type: 'cpe', id: row.id },
      reason: reason!,
      details: { from: device.state, premisesId: device.premisesId, on: on!.toString() },
    });
    return cpeView(row);
  });
}
