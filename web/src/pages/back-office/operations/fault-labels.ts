import type { ClosureReason, FaultState, SlaStatus } from './fault-types.ts';

/* The words for a ticket's states, clock statuses and closure reasons, shared by the fault screens. */

export const faultLabels = {
  nl: {
    state: {
      acknowledged: 'Ontvangen',
      'in-progress': 'In behandeling',
      'waiting-on-customer': 'Wacht op klant',
      resolved: 'Hersteld',
      closed: 'Gesloten',
    } satisfies Record<FaultState, string>,
    sla: {
      none: 'Geen SLA-klok',
      running: 'Klok loopt',
      warning: 'Waarschuwing',
      breached: 'Overschreden',
      met: 'Op tijd',
      missed: 'Te laat',
    } satisfies Record<SlaStatus, string>,
    reason: {
      repaired: 'Hersteld',
      'not-reproducible': 'Niet reproduceerbaar',
      'customer-modified': 'Door klant gewijzigd',
      'customer-caused': 'Door klant veroorzaakt',
      maintenance: 'Onderhoud',
      'routed-to-provider': 'Doorgezet naar aanbieder',
    } satisfies Record<ClosureReason, string>,
    kind: { 'fiber-break': 'Glasvezelbreuk', other: 'Overig' },
  },
  en: {
    state: {
      acknowledged: 'Acknowledged',
      'in-progress': 'In progress',
      'waiting-on-customer': 'Waiting on customer',
      resolved: 'Resolved',
      closed: 'Closed',
    } satisfies Record<FaultState, string>,
    sla: {
      none: 'No SLA clock',
      running: 'Clock running',
      warning: 'Warning',
      breached: 'Breached',
      met: 'In time',
      missed: 'Missed',
    } satisfies Record<SlaStatus, string>,
    reason: {
      repaired: 'Repaired',
      'not-reproducible': 'Not reproducible',
      'customer-modified': 'Modified by the customer',
      'customer-caused': 'Caused by the customer',
      maintenance: 'Maintenance',
      'routed-to-provider': 'Routed to the provider',
    } satisfies Record<ClosureReason, string>,
    kind: { 'fiber-break': 'Fiber break', other: 'Other' },
  },
};

/** The colour class of a clock status; the status is always shown in words too. */
export function slaTone(status: SlaStatus): string {
  if (status === 'breached' || status === 'missed') return 'bad';
  if (status === 'warning') return 'warn';
  if (status === 'met') return 'good';
  return 'muted';
}
