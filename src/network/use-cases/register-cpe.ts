import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import { ConflictError } from '../../shared/errors/index.ts';
import { findCpeBySerial, insertCpe } from '../store/inventory.ts';
import { InputChecks } from './inventory-input.ts';
import { cpeView } from './inventory-views.ts';
import type { CpeView } from './inventory-views.ts';

export interface RegisterCpe {
  /** The maker's serial number; stored in capitals, so `abc1` and `ABC1` are one device. */
  readonly serialNumber: string;
  readonly model: string;
  /** Its number of ports, 1 or more. */
  readonly ports: number;
  /** vn:2.1.10: the code on the operator's ownership sticker, checked when the switch comes back. */
  readonly sticker: string;
}

const MAX_PORTS = 1024;

/** Books a switch into stock. A serial number is one device: a second one is refused. */
export async function registerCpe(context: Context, input: RegisterCpe): Promise<CpeView> {
  const checks = new InputChecks();
  const serialNumber = checks.text(input.serialNumber, 'serialNumber', true, 64)?.toUpperCase();
  const model = checks.text(input.model, 'model');
  const ports = checks.wholeNumber(input.ports, 'ports', 1, MAX_PORTS);
  const sticker = checks.text(input.sticker, 'sticker', true, 64);
  checks.throwIfAny();
  try {
    return await context.db.transaction(async (tx) => {
      const existing = await findCpeBySerial(tx, serialNumber!);
      if (existing) throw duplicate(serialNumber!, existing.id);
      const row = await insertCpe(tx, {
        serialNumber: serialNumber!,
        model: model!,
        ports: ports!,
        sticker: sticker!,
        state: 'in-stock',
        createdAt: context.clock.now().toString(),
      });
      await auditChange(tx, context, {
        action: 'cpe.registered',
        subject: { type: 'cpe', id: row.id },
        details: { serialNumber: row.serialNumber, model: row.model, ports: row.ports, sticker: row.sticker },
      });
      return cpeView(row);
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === 'cpe_devices_serial_number_unique') {
      const winner = await findCpeBySerial(context.db, serialNumber!);
      throw duplicate(serialNumber!, winner?.id);
    }
    throw error;
  }
}

function duplicate(serialNumber: string, id: string | undefined): ConflictError {
  return new ConflictError(
    `serial number ${serialNumber} is registered already${id === undefined ? '' : ` as ${id}`}: a device is registered once`,
  );
}
