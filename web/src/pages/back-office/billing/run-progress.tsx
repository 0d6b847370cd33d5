import { formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { BillRun } from './billing-types.ts';
import { RunStateBadge } from './status-badges.tsx';

const texts = {
  nl: {
    progress: 'Voortgang',
    drafting: 'Concepten gemaakt',
    issuing: 'Uitgereikt',
    chunks: 'delen',
    of: 'van',
    working: 'Bezig — deze pagina ververst vanzelf.',
  },
  en: {
    progress: 'Progress',
    drafting: 'Drafted',
    issuing: 'Issued',
    chunks: 'chunks',
    of: 'of',
    working: 'Working — this page refreshes by itself.',
  },
};

/** How far a run's chunks are drafted and issued, as bars with their numbers in words. */
export function RunProgress({ run, working }: { run: BillRun; working: 'draft' | 'issue' | null }) {
  const t = useTexts(texts);
  const { chunks, drafted, issued } = run.progress;
  const bar = (label: string, done: number) => (
    <label>
      {label}: {formatNumber(done)} {t.of} {formatNumber(chunks)} {t.chunks}
      <progress value={done} max={Math.max(chunks, 1)} aria-label={label} />
    </label>
  );
  return (
    <div className="run-progress" aria-live="polite">
      <h2>
        {t.progress} <RunStateBadge state={run.state} />
      </h2>
      {bar(t.drafting, drafted)}
      {bar(t.issuing, issued)}
      {working !== null ? <p className="muted">{t.working}</p> : null}
    </div>
  );
}
