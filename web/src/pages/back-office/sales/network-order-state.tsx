import { useTexts } from '../../../i18n/language.tsx';
import type { NetworkOrderState } from './sales-types.ts';

export const networkOrderStateTexts = {
  nl: {
    submitted: 'Ingediend',
    accepted: 'Te plannen',
    rejected: 'Afgewezen',
    planned: 'Gepland',
    programmed: 'Geprogrammeerd',
    released: 'Vrijgegeven',
    active: 'Actief',
    cancelled: 'Geannuleerd',
  },
  en: {
    submitted: 'Submitted',
    accepted: 'To be planned',
    rejected: 'Rejected',
    planned: 'Planned',
    programmed: 'Programmed',
    released: 'Released',
    active: 'Active',
    cancelled: 'Cancelled',
  },
};

const tone: Record<NetworkOrderState, string> = {
  submitted: 'badge warn',
  accepted: 'badge warn',
  rejected: 'badge bad',
  planned: 'badge',
  programmed: 'badge',
  released: 'badge',
  active: 'badge good',
  cancelled: 'badge muted',
};

/** A network order's state in words (colour only repeats what the word says). */
export function NetworkOrderStateBadge({ state }: { state: NetworkOrderState }) {
  const t = useTexts(networkOrderStateTexts);
  return <span className={tone[state]}>{t[state]}</span>;
}
