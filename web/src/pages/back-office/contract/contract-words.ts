/* The words for a contract's states and timeline events, Dutch and English (useTexts picks one). */

export const statusWords = {
  nl: {
    forming: 'in vorming',
    formed: 'gesloten',
    running: 'loopt',
    ending: 'opgezegd',
    ended: 'beëindigd',
  } as Record<string, string>,
  en: {
    forming: 'forming',
    formed: 'formed',
    running: 'running',
    ending: 'ending',
    ended: 'ended',
  } as Record<string, string>,
};

export const eventWords = {
  nl: {
    'order-received': 'Order ontvangen',
    formed: 'Overeenkomst gesloten',
    started: 'Ingangsdatum',
    renewed: 'Verlengd',
    'term-end': 'Einde termijn',
    'notice-deadline': 'Uiterste opzegdatum',
    'effective-end': 'Einddatum',
    cancelled: 'Geannuleerd',
    terminated: 'Ontbonden met onmiddellijke ingang',
    dissolved: 'Ontbonden',
    transferred: 'Overgedragen',
    'notice-of-default-sent': 'Ingebrekestelling verstuurd',
    'notice-given': 'Opgezegd',
    'deviation-agreed': 'Afwijking afgesproken',
    'terms-change-notified': 'Nieuwe voorwaarden gemeld',
    'terms-objection-received': 'Bezwaar tegen voorwaarden',
    'terms-objection-decided': 'Besluit op bezwaar',
  } as Record<string, string>,
  en: {
    'order-received': 'Order received',
    formed: 'Contract formed',
    started: 'Start',
    renewed: 'Renewed',
    'term-end': 'Term end',
    'notice-deadline': 'Notice deadline',
    'effective-end': 'Effective end',
    cancelled: 'Cancelled',
    terminated: 'Terminated at once',
    dissolved: 'Dissolved',
    transferred: 'Transferred',
    'notice-of-default-sent': 'Notice of default sent',
    'notice-given': 'Notice given',
    'deviation-agreed': 'Deviation agreed',
    'terms-change-notified': 'New terms notified',
    'terms-objection-received': 'Objection to terms',
    'terms-objection-decided': 'Decision on objection',
  } as Record<string, string>,
};

export const actionWords = {
  nl: {
    'give-notice': 'Opzeggen',
    cancel: 'Annuleren',
    terminate: 'Direct beëindigen',
    'send-notice-of-default': 'Ingebrekestelling',
    dissolve: 'Ontbinden',
    transfer: 'Overdragen',
    'agree-deviation': 'Afwijking vastleggen',
    'object-to-terms': 'Bezwaar tegen voorwaarden',
    'decide-terms-objection': 'Besluiten op bezwaar',
  } as Record<string, string>,
  en: {
    'give-notice': 'Give notice',
    cancel: 'Cancel',
    terminate: 'Terminate at once',
    'send-notice-of-default': 'Notice of default',
    dissolve: 'Dissolve',
    transfer: 'Transfer',
    'agree-deviation': 'Agree a deviation',
    'object-to-terms': 'Object to terms',
    'decide-terms-objection': 'Decide on an objection',
  } as Record<string, string>,
};

/** A word from a list, or the key itself when the list does not have it. */
export function wordOf(words: Record<string, string>, key: string): string {
  return words[key] ?? key;
}
