import type { ContractStatus, FaultState, SlaStatus } from './portal-types.ts';

/* The words for states shared by the portal screens, in both languages. */

export const portalLabels = {
  nl: {
    contractStatus: {
      forming: 'In behandeling',
      formed: 'Gesloten, nog niet geleverd',
      running: 'Lopend',
      ending: 'Opgezegd',
      ended: 'Beëindigd',
    } satisfies Record<ContractStatus, string>,
    faultState: {
      acknowledged: 'Ontvangen',
      'in-progress': 'In behandeling',
      'waiting-on-customer': 'Wacht op u',
      resolved: 'Hersteld',
      closed: 'Gesloten',
    } satisfies Record<FaultState, string>,
    sla: {
      none: 'Geen SLA-klok',
      running: 'Klok loopt',
      warning: 'Bijna verlopen',
      breached: 'Overschreden',
      met: 'Op tijd hersteld',
      missed: 'Te laat hersteld',
    } satisfies Record<SlaStatus, string>,
    faultKind: { 'fiber-break': 'Glasvezelbreuk', other: 'Overige storing' } as Record<string, string>,
  },
  en: {
    contractStatus: {
      forming: 'Being processed',
      formed: 'Formed, not yet delivered',
      running: 'Running',
      ending: 'Notice given',
      ended: 'Ended',
    } satisfies Record<ContractStatus, string>,
    faultState: {
      acknowledged: 'Acknowledged',
      'in-progress': 'In progress',
      'waiting-on-customer': 'Waiting on you',
      resolved: 'Resolved',
      closed: 'Closed',
    } satisfies Record<FaultState, string>,
    sla: {
      none: 'No SLA clock',
      running: 'Clock running',
      warning: 'Nearly due',
      breached: 'Breached',
      met: 'Repaired in time',
      missed: 'Repaired late',
    } satisfies Record<SlaStatus, string>,
    faultKind: { 'fiber-break': 'Fiber break', other: 'Other fault' } as Record<string, string>,
  },
};

/** The class that colours a status; the status is always written in words too. */
export function toneOf(status: string): 'good' | 'warn' | 'bad' | 'muted' {
  if (['running', 'met', 'resolved', 'closed', 'active', 'completed'].includes(status)) return 'good';
  if (['warning', 'ending', 'waiting-on-customer', 'inProgress', 'in-progress'].includes(status))
    return 'warn';
  if (['breached', 'missed', 'ended', 'cancelled', 'rejected', 'failed'].includes(status)) return 'bad';
  return 'muted';
}
