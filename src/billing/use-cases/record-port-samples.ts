import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { readPortSamples } from '../rules/port-sample.ts';
import { findMeteredPort, insertPortSamples } from '../store/usage.ts';
import type { UsageIntake } from './record-usage.ts';

/**
 * Takes a batch of a port's 5-minute counter readings (at most 10,000), idempotent by (port, instant):
 * a reading sent again is a duplicate, whatever its counters; bad input names `samples[i].field`.
 */
export async function recordPortSamples(
  context: Context,
  portId: string,
  samples: unknown,
): Promise<UsageIntake> {
  const checked = readPortSamples(samples);
  return context.db.transaction(async (tx) => {
    if (!(await findMeteredPort(tx, portId))) throw new NotFoundError('metered port', portId);
    const added = await insertPortSamples(tx, portId, checked);
    const intake = { received: checked.length, added, duplicates: checked.length - added };
    if (added > 0) {
      // The instants are all UTC in one form: as text they sort in time order.
      const instants = checked.map((sample) => sample.at).sort();
      await auditChange(tx, context, {
        action: 'port-samples.recorded',
        subject: { type: 'metered-port', id: portId },
        details: { ...intake, from: instants[0]!, to: instants.at(-1)! },
      });
    }
    return intake;
  });
}
