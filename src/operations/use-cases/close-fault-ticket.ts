import { Temporal } from 'temporal-polyfill';
import { recordUsageIn } from '../../billing/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { chargeableHoursOf, CLOSURE_RULES, closureProblem, nextState } from '../rules/fault-ticket-states.ts';
import { SLA_TIME_ZONE } from '../rules/sla-clock.ts';
import { FAULT_CLOSURE_REASONS } from '../schema.ts';
import type { FaultClosureReason } from '../schema.ts';
import { insertFaultTicketEvent, lockFaultTicket, updateFaultTicket } from '../store/fault-tickets.ts';
import type { FaultTicketRow } from '../store/fault-tickets.ts';
import { MAX_NOTE } from './change-fault-ticket.ts';
import { oneOf, optionalText } from './fault-input.ts';
import { getFaultTicket, visibleTicket } from './get-fault-ticket.ts';
import type { FaultTicketDetail } from './fault-ticket-view.ts';

export interface CloseFaultTicket {
  readonly ticketId: string;
  readonly reason: string;
  /** customer-caused only (vn:6.4.8): the repair hours charged, and the seller's hourly product. */
  readonly chargeableHours?: number | string;
  readonly hourlyProductId?: string;
  readonly note?: string;
}

/**
 * Closes a ticket with its reason (vn:6.4.1, 6.4.3, 6.4.4, 6.4.8, 6.4.10, 2.1.3). A customer-caused
 * repair records its hours as usage of the seller's hourly product in the same transaction, so the
 * next bill run charges it (vn:6.4.8, bit:5.1); the record's id is `fault:<ticket id>`. Closing a
 * closed ticket again the same way answers it unchanged (a retry); any other way is a conflict.
 */
export async function closeFaultTicket(
  context: Context,
  input: CloseFaultTicket,
): Promise<FaultTicketDetail> {
  assertOperator(context.actor, 'close a fault ticket');
  const checked = checkedClosure(input);
  await context.db.transaction(async (tx) => {
    const ticket = visibleTicket(context, await lockFaultTicket(tx, input.ticketId), input.ticketId);
    if (ticket.state === 'closed') {
      if (sameClosure(ticket, checked)) return;
      throw new ConflictError(
        `fault ticket ${ticket.id} is closed already (${ticket.closureReason}); reopening a closed ticket is not possible`,
      );
    }
    const problem = closureProblem(ticket, checked.reason);
    if (problem !== null) throw new ConflictError(`fault ticket ${ticket.id} cannot be closed: ${problem}`);
    const state = nextState(ticket.state, 'close');
    const now = context.clock.now().toString();
    const chargeRecordId =
      checked.reason === 'customer-caused' ? await chargeRepair(tx, context, ticket, checked) : null;
    await updateFaultTicket(tx, ticket.id, {
      state,
      closedAt: now,
      closureReason: checked.reason,
      chargeableHours: checked.chargeableHours ?? null,
      chargeRecordId,
    });
    const because = CLOSURE_RULES[checked.reason];
    await insertFaultTicketEvent(tx, {
      ticketId: ticket.id,
      kind: 'closed',
      state,
      at: now,
      by: context.actor.id,
      note: checked.note ?? null,
      details: {
        reason: checked.reason,
        ...(chargeRecordId
          ? {
              chargeableHours: checked.chargeableHours,
              hourlyProductId: checked.hourlyProductId,
              chargeRecordId,
            }
          : {}),
        because: checked.reason === 'customer-caused' ? [...because, 'bit:5.1'] : because,
      },
    });
    await auditChange(tx, context, {
      action: 'fault-ticket.closed',
      subject: { type: 'fault-ticket', id: ticket.id },
      ...(checked.note !== undefined ? { reason: checked.note } : {}),
      details: { closureReason: checked.reason, chargeRecordId },
    });
  });
  return getFaultTicket(context, input.ticketId);
}

interface CheckedClosure {
  readonly reason: FaultClosureReason;
  readonly chargeableHours: string | undefined;
  readonly hourlyProductId: string | undefined;
  readonly note: string | undefined;
}

function checkedClosure(input: CloseFaultTicket): CheckedClosure {
  const checks = new FieldChecks();
  const reason = oneOf(checks, 'reason', input.reason, FAULT_CLOSURE_REASONS);
  const note = optionalText(checks, 'note', input.note);
  if (note !== undefined && note.length > MAX_NOTE)
    checks.add('note', `is longer than ${MAX_NOTE} characters`);
  let chargeableHours: string | undefined;
  let hourlyProductId: string | undefined;
  if (reason === 'customer-caused') {
    // vn:6.4.8: the repair is charged at the hourly rate.
    chargeableHours = checks.check(() => chargeableHoursOf(input.chargeableHours));
    hourlyProductId = optionalText(checks, 'hourlyProductId', input.hourlyProductId);
    if (hourlyProductId === undefined && isBlank(input.hourlyProductId))
      checks.add(
        'hourlyProductId',
        "is required: the seller's hourly product the repair is charged at (vn:6.4.8)",
      );
  } else if (reason !== undefined) {
    for (const field of ['chargeableHours', 'hourlyProductId'] as const)
      if (!isBlank(input[field])) checks.add(field, "is only for a 'customer-caused' closure (vn:6.4.8)");
  }
  checks.throwIfAny();
  return { reason: reason!, chargeableHours, hourlyProductId, note };
}

function sameClosure(ticket: FaultTicketRow, checked: CheckedClosure): boolean {
  const hours = ticket.chargeableHours === null ? undefined : Number(ticket.chargeableHours).toFixed(2);
  return ticket.closureReason === checked.reason && hours === checked.chargeableHours;
}

/** vn:6.4.8, bit:5.1: the repair hours as usage for the next bill run; idempotent by its record id. */
async function chargeRepair(
  tx: Db,
  context: Context,
  ticket: FaultTicketRow,
  checked: CheckedClosure,
): Promise<string> {
  const recordId = `fault:${ticket.id}`;
  const repairedOn = Temporal.Instant.from(ticket.repairReportedAt!)
    .toZonedDateTimeISO(SLA_TIME_ZONE)
    .toPlainDate();
  try {
    await recordUsageIn(tx, context, ticket.sellerId, [
      {
        recordId,
        customerId: ticket.customerId,
        productId: checked.hourlyProductId!,
        quantity: checked.chargeableHours!,
        occurredOn: repairedOn.toString(),
        description: `Repair of fault ${ticket.id}, caused by the customer (vn:6.4.8)`,
      },
    ]);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    // The usage intake names `records[0].<field>`: answer in this request's own fields.
    throw new InvalidInputError(
      error.problems.map(({ field, problem }) => ({
        field: field
          .replace('records[0].productId', 'hourlyProductId')
          .replace('records[0].quantity', 'chargeableHours'),
        problem,
      })),
    );
  }
  return recordId;
}
