import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { ConflictError, FieldChecks } from '../../shared/errors/index.ts';
import { nextState } from '../rules/fault-ticket-states.ts';
import { insertFaultTicketEvent, lockFaultTicket, updateFaultTicket } from '../store/fault-tickets.ts';
import { oneOf, optionalText } from './fault-input.ts';
import { getFaultTicket, visibleTicket } from './get-fault-ticket.ts';
import type { FaultTicketDetail } from './fault-ticket-view.ts';

/** The moves a person makes on a ticket under work; the repair report and closure have their own verbs. */
export const FAULT_TICKET_CHANGES = ['start', 'wait', 'resume', 'reopen', 'note'] as const;
export type FaultTicketChange = (typeof FAULT_TICKET_CHANGES)[number];

export interface ChangeFaultTicket {
  readonly ticketId: string;
  readonly action: string;
  /** Required for `note`, optional with the others. */
  readonly note?: string;
}

export const MAX_NOTE = 4000;

const AUDITED: Readonly<Record<Exclude<FaultTicketChange, 'note'>, string>> = {
  start: 'started',
  wait: 'waiting-on-customer',
  resume: 'resumed',
  reopen: 'reopened',
};

/**
 * Starts work on a ticket, puts it to wait on the customer, resumes it, reopens a resolved ticket
 * whose repair did not hold, or adds a note; each on the ticket's history. Reopening takes back the
 * repair report: the clock runs on from the first report (vn:6.4.10). A provider's token may add
 * notes to its own services' tickets only.
 */
export async function changeFaultTicket(
  context: Context,
  input: ChangeFaultTicket,
): Promise<FaultTicketDetail> {
  const checks = new FieldChecks();
  const action = oneOf(checks, 'action', input.action, FAULT_TICKET_CHANGES);
  const note = optionalText(checks, 'note', input.note);
  if (action === 'note' && note === undefined) checks.add('note', 'is required: the text of the note');
  if (note !== undefined && note.length > MAX_NOTE)
    checks.add('note', `is longer than ${MAX_NOTE} characters`);
  checks.throwIfAny();
  if (action !== 'note') assertOperator(context.actor, `${action} a fault ticket`);
  await context.db.transaction(async (tx) => {
    const ticket = visibleTicket(context, await lockFaultTicket(tx, input.ticketId), input.ticketId);
    const now = context.clock.now().toString();
    if (action === 'note') {
      if (ticket.state === 'closed')
        throw new ConflictError(`fault ticket ${ticket.id} is closed: its history takes no more notes`);
      await insertFaultTicketEvent(tx, {
        ticketId: ticket.id,
        kind: 'note',
        state: ticket.state,
        at: now,
        by: context.actor.id,
        note: note!,
        details: {},
      });
      return;
    }
    const move = action!;
    const state = nextState(ticket.state, move);
    const reopened = action === 'reopen';
    await updateFaultTicket(tx, ticket.id, reopened ? { state, repairReportedAt: null } : { state });
    await insertFaultTicketEvent(tx, {
      ticketId: ticket.id,
      kind: 'state-changed',
      state,
      at: now,
      by: context.actor.id,
      note: note ?? null,
      details: reopened
        ? {
            action,
            from: ticket.state,
            previousRepairReportedAt: ticket.repairReportedAt,
            because: ['vn:6.4.10'],
          }
        : { action, from: ticket.state },
    });
    await auditChange(tx, context, {
      action: `fault-ticket.${AUDITED[move]}`,
      subject: { type: 'fault-ticket', id: ticket.id },
      ...(note !== undefined ? { reason: note } : {}),
      details: { from: ticket.state, to: state },
    });
  });
  return getFaultTicket(context, input.ticketId);
}
