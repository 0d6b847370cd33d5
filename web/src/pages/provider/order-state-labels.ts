/* The words for a network order's states (vn:2.3.3), for the provider portal. */

export const orderStateLabels = {
  nl: {
    states: {
      submitted: 'Ingediend',
      accepted: 'Geaccepteerd',
      rejected: 'Afgewezen',
      planned: 'Ingepland',
      programmed: 'Geprogrammeerd',
      released: 'Vrijgegeven',
      active: 'Actief',
      cancelled: 'Geannuleerd',
    } as Record<string, string>,
  },
  en: {
    states: {
      submitted: 'Submitted',
      accepted: 'Accepted',
      rejected: 'Rejected',
      planned: 'Planned',
      programmed: 'Programmed',
      released: 'Released',
      active: 'Active',
      cancelled: 'Cancelled',
    } as Record<string, string>,
  },
};
