import { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { formatDecimal, normalizeDecimal } from '../../shared/money/index.ts';
import { cpeReturnStatus, damageShare, nextCpeState } from '../rules/index.ts';
import type { CpeReturnStatus, CpeReturnStatusFigures } from '../rules/index.ts';
import { findCpe, updateCpe } from '../store/inventory.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { InputChecks } from './inventory-input.ts';
import { cpeView } from './inventory-views.ts';
import type { CpeView } from './inventory-views.ts';

export interface RecordCpeReturn {
  readonly cpeId: string;
  /** Default today, never later. */
  readonly returnedOn?: Temporal.PlainDate;
  /** vn:7.2.4: the share of the switch's value lost to damage, decimal text from "0" to "1"; default "0". */
  readonly damageShare?: string;
  /**
   * vn:2.1.10: what the ownership sticker on the returned switch reads, or null when it is gone. It
   * must be given: the person taking the switch in looks.
   */
  readonly sticker: string | null;
}

export interface ReturnedCpe extends CpeView {
  /** vn:2.1.10: whether the ownership sticker was still on it. */
  readonly stickerPresent: boolean;
  /** vn:1.6.5: on time or how late, when the return was due after a contract ended; else null. */
  readonly returnStatus: Explanation<CpeReturnStatus, CpeReturnStatusFigures> | null;
}

/**
 * Takes a switch back: installed (a swap) or due back after its contract ended. It leaves the
 * premises; the network is asked to remove it. The deposit is settled separately (settle-deposit).
 */
export async function recordCpeReturn(context: Context, input: RecordCpeReturn): Promise<ReturnedCpe> {
  const checks = new InputChecks();
  const returnedOn = checks.read(() => dayOfRecord('returnedOn', input.returnedOn, context.clock.today()));
  const share = checks.read(() => damageShare(input.damageShare ?? '0'));
  if (input.sticker === undefined)
    checks.add(
      'sticker',
      'is required: what the ownership sticker reads, or null when it is gone (vn:2.1.10)',
    );
  const sticker = checks.text(input.sticker, 'sticker', false, 64) ?? null;
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const device = await findCpe(tx, input.cpeId);
    if (!device) throw new NotFoundError('CPE device', input.cpeId);
    if (sticker !== null && sticker !== device.sticker)
      throw new ConflictError(
        `the sticker reads ${sticker}, but switch ${device.id} carries ${device.sticker}: this is another ` +
          'device; look it up by its serial number',
      );
    nextCpeState(device, 'returned');
    if (device.installedOn !== null && returnedOn!.toString() < device.installedOn)
      throw new InvalidInputError(
        'returnedOn',
        `${returnedOn!.toString()} is before the switch was installed (${device.installedOn})`,
      );
    const row = await updateCpe(tx, device.id, [device.state], {
      state: 'returned',
      returnedOn: returnedOn!.toString(),
      damageShare: formatDecimal(normalizeDecimal(share!)),
      premisesId: null,
    });
    if (!row) throw new ConflictError(`switch ${device.id} changed meanwhile: look at it again`);
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `cpe:${row.id}`,
      action: 'cpe.remove',
      payload: {
        cpeId: row.id,
        serialNumber: row.serialNumber,
        premisesId: device.premisesId,
        on: row.returnedOn,
      },
    });
    await auditChange(tx, context, {
      action: 'cpe.returned',
      subject: { type: 'cpe', id: row.id },
      details: {
        from: device.state,
        premisesId: device.premisesId,
        returnedOn: row.returnedOn,
        damageShare: row.damageShare,
        stickerPresent: sticker !== null,
      },
    });
    return {
      ...cpeView(row),
      stickerPresent: sticker !== null,
      returnStatus:
        row.returnDueOn === null
          ? null
          : cpeReturnStatus({
              dueOn: Temporal.PlainDate.from(row.returnDueOn),
              returnedOn: returnedOn!,
              asOf: returnedOn!,
            }),
    };
  });
}
