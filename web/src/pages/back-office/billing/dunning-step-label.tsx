import { useTexts } from '../../../i18n/language.tsx';

const texts = {
  nl: {
    reminder: 'Herinnering',
    'fourteen-day-letter': 'Veertiendagenbrief',
    'collection-costs': 'Incassokosten',
    suspension: 'Opschorting',
    'notice-of-default': 'Ingebrekestelling',
    dissolution: 'Ontbinding',
    closed: 'Dossier sluiten (betaald)',
  },
  en: {
    reminder: 'Reminder',
    'fourteen-day-letter': 'Fourteen-day letter',
    'collection-costs': 'Collection costs',
    suspension: 'Suspension',
    'notice-of-default': 'Notice of default',
    dissolution: 'Dissolution',
    closed: 'Close case (paid)',
  },
};

/** A step of the dunning ladder in words. */
export function DunningStepLabel({ step }: { step: string | null }) {
  const t = useTexts(texts);
  if (!step) return <>—</>;
  return <>{(t as Record<string, string>)[step] ?? step}</>;
}
