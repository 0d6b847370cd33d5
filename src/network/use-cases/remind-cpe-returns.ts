import { Temporal } from 'temporal-polyfill';
import { notifyCustomer } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { cpeReturnRemindersDue } from '../rules/cpe-return.ts';
import { countCpeReminder, listOutstandingCpeReturns } from '../store/endings.ts';

export interface CpeReminderSent {
  readonly cpeId: string;
  readonly customerId: string;
  readonly reminder: number;
  readonly dueOn: string;
}

/**
 * The daily step for switches not returned in time (vn:1.6.5): each gets the reminder the return rule
 * says is due on `asOf`, once — a rerun on the same day, or two runs at once, send nothing more.
 */
export async function remindCpeReturns(
  context: Context,
  asOf: Temporal.PlainDate = context.clock.today(),
): Promise<CpeReminderSent[]> {
  const sent: CpeReminderSent[] = [];
  for (const device of await listOutstandingCpeReturns(context.db)) {
    if (!device.customerId || !device.returnDueOn) continue;
    const due = cpeReturnRemindersDue({
      dueOn: Temporal.PlainDate.from(device.returnDueOn),
      returnedOn: device.returnedOn ? Temporal.PlainDate.from(device.returnedOn) : null,
      asOf,
      sent: device.returnRemindersSent,
    });
    const reminder = due.value;
    if (reminder === null) continue;
    const customerId = device.customerId;
    const dueOn = device.returnDueOn;
    const counted = await context.db.transaction(async (tx) => {
      if (!(await countCpeReminder(tx, device.id, device.returnRemindersSent))) return false;
      await notifyCustomer(tx, context, customerId, ['technical', 'primary'], {
        kind: 'cpe-return-reminder',
        about: `cpe:${device.id}`,
        subject: `Reminder ${reminder}: the switch ${device.serialNumber} was due back on ${dueOn}`,
        body:
          `The switch ${device.model} (serial ${device.serialNumber}) was due back on ${dueOn}. ` +
          'Please return it with its ownership sticker; damage or loss forfeits the deposit pro rata ' +
          '(vn:7.2.4).',
        because: [...due.because],
      });
      await auditChange(tx, context, {
        action: 'cpe.return-reminder-sent',
        subject: { type: 'cpe', id: device.id },
        details: { reminder, because: [...due.because], ...due.figures },
      });
      return true;
    });
    if (counted) sent.push({ cpeId: device.id, customerId, reminder, dueOn });
  }
  return sent;
}
