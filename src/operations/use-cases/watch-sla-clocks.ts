import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { assertOperator } from '../../providers/index.ts';
import { FieldChecks } from '../../shared/errors/index.ts';
import { DEFAULT_WARNING_HOURS, slaAlertDue } from '../rules/fault-ticket-states.ts';
import { slaLocalTime } from '../rules/sla-clock.ts';
import { insertFaultTicketEvent, markOnce, ticketsToWatch } from '../store/fault-tickets.ts';
import { instantField, notInFuture } from './fault-input.ts';

export interface WatchSlaClocks {
  /** The scheduler's tick, ISO; by default now, never in the future. */
  readonly now?: string;
}

export interface SlaAlert {
  readonly ticketId: string;
  readonly customerId: string;
  /** Local time with offset (Europe/Amsterdam). */
  readonly maximumBy: string;
}

export interface SlaWatchRun {
  readonly checkedAt: string;
  readonly warnings: SlaAlert[];
  readonly breaches: SlaAlert[];
}

/**
 * The scheduler's look at the running vn:6.4.10 clocks: a ticket past its warning time (the maximum
 * repair time − 2 hours) is warned, one past its maximum without a repair report is breached, each
 * once however often or concurrently this runs (a conditional update decides who records it).
 * Answers what this run raised.
 */
export async function watchSlaClocks(context: Context, input: WatchSlaClocks = {}): Promise<SlaWatchRun> {
  assertOperator(context.actor, 'watch the SLA clocks');
  const checks = new FieldChecks();
  const clockNow = context.clock.now();
  const now = instantField(checks, 'now', input.now) ?? clockNow;
  notInFuture(checks, 'now', now, clockNow);
  checks.throwIfAny();
  const at = now.toString();
  const horizon = now.add({ minutes: DEFAULT_WARNING_HOURS * 60 }).toString();
  return context.db.transaction(async (tx) => {
    const warnings: SlaAlert[] = [];
    const breaches: SlaAlert[] = [];
    for (const ticket of await ticketsToWatch(tx, horizon)) {
      const due = slaAlertDue(ticket, now);
      if (due === null) continue;
      const column = due === 'warning' ? 'warnedAt' : 'breachedAt';
      const marked = await markOnce(tx, ticket.id, column, at);
      if (!marked) continue;
      await insertFaultTicketEvent(tx, {
        ticketId: ticket.id,
        kind: due === 'warning' ? 'sla-warning' : 'sla-breach',
        state: ticket.state,
        at,
        by: context.actor.id,
        note: null,
        details: { maximumBy: ticket.maximumBy, because: ['vn:6.4.10'] },
      });
      const alert = {
        ticketId: ticket.id,
        customerId: ticket.customerId,
        maximumBy: slaLocalTime(Temporal.Instant.from(ticket.maximumBy!)),
      };
      (due === 'warning' ? warnings : breaches).push(alert);
    }
    if (warnings.length + breaches.length > 0)
      await auditChange(tx, context, {
        action: 'sla-watch.raised',
        subject: { type: 'sla-watch', id: at },
        details: { warnings: warnings.map((a) => a.ticketId), breaches: breaches.map((a) => a.ticketId) },
      });
    return { checkedAt: slaLocalTime(now), warnings, breaches };
  });
}
