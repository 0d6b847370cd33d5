import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { FieldChecks, InvalidInputError } from '../../shared/errors/index.ts';
import { nextState } from '../rules/fault-ticket-states.ts';
import { insertFaultTicketEvent, lockFaultTicket, updateFaultTicket } from '../store/fault-tickets.ts';
import { instantField, notInFuture, optionalText } from './fault-input.ts';
import { getFaultTicket, visibleTicket } from './get-fault-ticket.ts';
import type { FaultTicketDetail } from './fault-ticket-view.ts';
import { MAX_NOTE } from './change-fault-ticket.ts';

export interface ReportRepair {
  readonly ticketId: string;
  /** ISO instant of the formal repair report; by default now, never in the future or before the report. */
  readonly repairedAt?: string;
  readonly note?: string;
}

/**
 * Records the formal repair report (vn:6.4.10): the ticket is resolved and its clock stops. A repair
 * reported after the maximum repair time that the scheduler had not yet caught is recorded as the
 * breach too, so every late repair has its `sla-breach` event.
 */
export async function reportRepair(context: Context, input: ReportRepair): Promise<FaultTicketDetail> {
  assertOperator(context.actor, 'report a repair');
  const checks = new FieldChecks();
  const now = context.clock.now();
  const repairedAt = instantField(checks, 'repairedAt', input.repairedAt) ?? now;
  notInFuture(checks, 'repairedAt', repairedAt, now);
  const note = optionalText(checks, 'note', input.note);
  if (note !== undefined && note.length > MAX_NOTE)
    checks.add('note', `is longer than ${MAX_NOTE} characters`);
  checks.throwIfAny();
  await context.db.transaction(async (tx) => {
    const ticket = visibleTicket(context, await lockFaultTicket(tx, input.ticketId), input.ticketId);
    const state = nextState(ticket.state, 'resolve');
    if (Temporal.Instant.compare(repairedAt, Temporal.Instant.from(ticket.reportedAt)) < 0)
      throw new InvalidInputError('repairedAt', `${repairedAt.toString()} is before the fault was reported`);
    const at = now.toString();
    const late =
      ticket.maximumBy !== null &&
      Temporal.Instant.compare(repairedAt, Temporal.Instant.from(ticket.maximumBy)) > 0;
    const newBreach = late && ticket.breachedAt === null;
    await updateFaultTicket(tx, ticket.id, {
      state,
      repairReportedAt: repairedAt.toString(),
      ...(newBreach ? { breachedAt: at } : {}),
    });
    if (newBreach) {
      await insertFaultTicketEvent(tx, {
        ticketId: ticket.id,
        kind: 'sla-breach',
        state: ticket.state,
        at,
        by: context.actor.id,
        note: null,
        details: { maximumBy: ticket.maximumBy, repairedAt: repairedAt.toString(), because: ['vn:6.4.10'] },
      });
    }
    await insertFaultTicketEvent(tx, {
      ticketId: ticket.id,
      kind: 'repair-reported',
      state,
      at,
      by: context.actor.id,
      note: note ?? null,
      details: {
        repairedAt: repairedAt.toString(),
        maximumBy: ticket.maximumBy,
        late,
        because: ['vn:6.4.10'],
      },
    });
    await auditChange(tx, context, {
      action: 'fault-ticket.repair-reported',
      subject: { type: 'fault-ticket', id: ticket.id },
      details: { repairedAt: repairedAt.toString(), late },
    });
  });
  return getFaultTicket(context, input.ticketId);
}
