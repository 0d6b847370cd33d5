import { Temporal } from 'temporal-polyfill';
import { ConflictError, InvalidInputError, quote } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';

/** The states of a ticket, as `FAULT_TICKET_STATES` of the schema (rules do not import it). */
export type FaultTicketState = 'acknowledged' | 'in-progress' | 'waiting-on-customer' | 'resolved' | 'closed';

/** Why a ticket was closed, as `FAULT_CLOSURE_REASONS` of the schema. */
export type FaultClosureReason =
  | 'repaired'
  | 'not-reproducible'
  | 'customer-modified'
  | 'customer-caused'
  | 'maintenance'
  | 'routed-to-provider';

/** What a person does to a ticket; `close` takes a reason, checked by `closureProblem`. */
export const FAULT_ACTIONS = ['start', 'wait', 'resume', 'resolve', 'reopen', 'close'] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

/**
 * The lifecycle: acknowledged → in-progress → (waiting-on-customer ↔ in-progress) → resolved →
 * closed, and resolved → in-progress when the repair did not hold. A ticket that needs no repair
 * (not reproducible, changed by the customer, maintenance, a provider's) may be closed while open.
 */
const MOVES: Readonly<Record<FaultAction, Partial<Record<FaultTicketState, FaultTicketState>>>> = {
  start: { acknowledged: 'in-progress' },
  wait: { 'in-progress': 'waiting-on-customer' },
  resume: { 'waiting-on-customer': 'in-progress' },
  // The formal repair report (vn:6.4.10) resolves a ticket under work.
  resolve: { acknowledged: 'resolved', 'in-progress': 'resolved', 'waiting-on-customer': 'resolved' },
  reopen: { resolved: 'in-progress' },
  close: {
    acknowledged: 'closed',
    'in-progress': 'closed',
    'waiting-on-customer': 'closed',
    resolved: 'closed',
  },
};

const DONE: Readonly<Record<FaultAction, string>> = {
  start: 'started',
  wait: 'put to wait on the customer',
  resume: 'resumed',
  resolve: 'resolved',
  reopen: 'reopened',
  close: 'closed',
};

/** The state `action` leads to from `state`; a ConflictError naming both when it cannot be done. */
export function nextState(state: FaultTicketState, action: FaultAction): FaultTicketState {
  const next = MOVES[action][state];
  if (next === undefined) {
    const from = Object.keys(MOVES[action]).join(', ');
    throw new ConflictError(
      `a fault ticket that is ${quote(state)} cannot be ${DONE[action]} (${quote(action)} is only for a ticket that is ${from})`,
    );
  }
  return next;
}

export function isOpen(state: FaultTicketState): boolean {
  return state !== 'resolved' && state !== 'closed';
}

/** The facts a closure is judged on. */
export interface ClosureFacts {
  readonly state: FaultTicketState;
  readonly repairReportedAt: string | null;
  readonly maintenanceWindowId: string | null;
  readonly providerId: string | null;
}

/** The rule ids behind each closure reason. */
export const CLOSURE_RULES: Readonly<Record<FaultClosureReason, readonly RuleId[]>> = {
  repaired: ['vn:6.4.10'],
  'not-reproducible': ['vn:6.4.1'],
  'customer-modified': ['vn:6.4.4'],
  'customer-caused': ['vn:6.4.8'],
  maintenance: ['vn:6.4.1', 'vn:2.1.3'],
  'routed-to-provider': ['vn:6.4.3', 'vn:2.5'],
};

/**
 * Why `reason` cannot close the ticket, or null when it can. A repair (repaired, customer-caused)
 * needs its formal repair report first; `maintenance` needs a ticket inside a maintenance window;
 * `routed-to-provider` a third-party service's ticket.
 */
export function closureProblem(facts: ClosureFacts, reason: FaultClosureReason): string | null {
  if (facts.state === 'closed') return 'the ticket is closed already';
  switch (reason) {
    case 'repaired':
    case 'customer-caused':
      // vn:6.4.10: the repair ends with the formal repair report.
      return facts.repairReportedAt === null
        ? `${quote(reason)} needs the repair report first (vn:6.4.10)`
        : null;
    case 'maintenance':
      // vn:6.4.1, vn:2.1.3
      return facts.maintenanceWindowId === null
        ? "'maintenance' is only for a fault reported inside a maintenance window (vn:6.4.1, vn:2.1.3)"
        : null;
    case 'routed-to-provider':
      // vn:6.4.3, vn:2.5
      return facts.providerId === null
        ? "'routed-to-provider' is only for a third-party service's fault (vn:6.4.3)"
        : null;
    case 'not-reproducible': // vn:6.4.1
    case 'customer-modified': // vn:6.4.4
      return null;
  }
}

/** vn:6.4.8: the repair hours charged, as decimal text (0.25 h steps at most two decimals). */
export function chargeableHoursOf(value: unknown, field = 'chargeableHours'): string {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number))
    throw new InvalidInputError(field, 'must be a number of hours, e.g. 1.5 (vn:6.4.8)');
  if (number <= 0 || number > 999_999)
    throw new InvalidInputError(
      field,
      `${quote(String(value))} must be more than 0 and below 1,000,000 hours`,
    );
  if (Math.round(number * 100) !== number * 100)
    throw new InvalidInputError(field, `${quote(String(value))} has more than two decimals`);
  return number.toFixed(2);
}

export const SLA_STATUSES = ['none', 'running', 'warning', 'breached', 'met', 'missed'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** Hours before the maximum repair time when the scheduler warns. */
export const DEFAULT_WARNING_HOURS = 2;

/** The clock facts of a ticket (ISO instants, null where not set). */
export interface SlaFacts {
  readonly maximumBy: string | null;
  readonly repairReportedAt: string | null;
  readonly breachedAt: string | null;
  readonly closedAt: string | null;
}

/**
 * vn:6.4.10 where a ticket's clock stands at `now`: `none` without a clock (not a fiber break, no
 * SLA in the terms, inside maintenance, or closed without a repair report and never breached);
 * `met` / `missed` once the repair is reported, on or before / after `maximumBy`; otherwise
 * `running`, `warning` from `maximumBy − warningHours` and `breached` after `maximumBy` (a repair
 * reported at `maximumBy` itself is in time).
 */
export function slaStatus(
  facts: SlaFacts,
  now: Temporal.Instant,
  warningHours = DEFAULT_WARNING_HOURS,
): SlaStatus {
  if (facts.maximumBy === null) return 'none';
  const maximumBy = Temporal.Instant.from(facts.maximumBy);
  if (facts.repairReportedAt !== null)
    return Temporal.Instant.compare(Temporal.Instant.from(facts.repairReportedAt), maximumBy) <= 0
      ? 'met'
      : 'missed';
  if (facts.closedAt !== null) return facts.breachedAt === null ? 'none' : 'missed';
  if (facts.breachedAt !== null || Temporal.Instant.compare(now, maximumBy) > 0) return 'breached';
  if (Temporal.Instant.compare(now, warnAt(maximumBy, warningHours)) >= 0) return 'warning';
  return 'running';
}

/** When the scheduler warns: `warningHours` before the maximum repair time. */
export function warnAt(maximumBy: Temporal.Instant, warningHours = DEFAULT_WARNING_HOURS): Temporal.Instant {
  return maximumBy.subtract({ minutes: Math.round(warningHours * 60) });
}

/** The clock facts the scheduler acts on. */
export interface SlaWatchFacts extends SlaFacts {
  readonly state: FaultTicketState;
  readonly warnedAt: string | null;
}

/**
 * What the scheduler must raise for a ticket at `now`, each at most once: a `breach` after
 * `maximumBy` with no repair report; otherwise a `warning` from the warning time on. A ticket found
 * past its maximum is breached without a warning first: a warning then would come too late to act.
 */
export function slaAlertDue(
  facts: SlaWatchFacts,
  now: Temporal.Instant,
  warningHours = DEFAULT_WARNING_HOURS,
): 'warning' | 'breach' | null {
  if (facts.maximumBy === null || facts.repairReportedAt !== null || !isOpen(facts.state)) return null;
  if (facts.breachedAt !== null) return null;
  const maximumBy = Temporal.Instant.from(facts.maximumBy);
  if (Temporal.Instant.compare(now, maximumBy) > 0) return 'breach'; // vn:6.4.10
  if (facts.warnedAt === null && Temporal.Instant.compare(now, warnAt(maximumBy, warningHours)) >= 0)
    return 'warning';
  return null;
}
