import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/session.tsx';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatMoney, formatNumber } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { euros } from './billing-types.ts';
import { DunningStepLabel } from './dunning-step-label.tsx';
import { SellerSelect } from './seller-select.tsx';

const texts = {
  nl: {
    title: 'Aanmaningsrun',
    explain:
      'Elke klant zet de stap die vandaag aan de beurt is, één keer (de ladder uit de voorwaarden). Nog een keer op dezelfde dag doet niets dubbel. Een betwist deel blijft buiten beschouwing (bit:9.5).',
    asOf: 'Peildatum (leeg: vandaag)',
    run: 'Aanmaningsrun uitvoeren',
    busy: 'Bezig…',
    report: 'Resultaat',
    reviewed: 'Klanten bekeken',
    none: 'Er was vandaag geen stap aan de beurt.',
    customer: 'Klant',
    step: 'Stap',
    total: 'Totaal in de brief',
    letter: 'Brief',
    pdf: 'PDF',
    closed: 'Gesloten dossiers',
  },
  en: {
    title: 'Dunning run',
    explain:
      'Every customer takes the step due today, once (the ladder of the terms). Running again the same day takes nothing twice. A disputed part is left out (bit:9.5).',
    asOf: 'As of (empty: today)',
    run: 'Run dunning',
    busy: 'Working…',
    report: 'Result',
    reviewed: 'Customers reviewed',
    none: 'No step was due.',
    customer: 'Customer',
    step: 'Step',
    total: 'Total in the letter',
    letter: 'Letter',
    pdf: 'PDF',
    closed: 'Cases closed',
  },
};

interface RunReport {
  readonly sellerId: string;
  readonly asOf: string;
  readonly reviewed: number;
  readonly steps: readonly {
    readonly customerId: string;
    readonly caseId: string;
    readonly step: string;
    readonly letterId: string;
    readonly totalCents: number;
  }[];
  readonly closed: readonly { readonly customerId: string; readonly caseId: string }[];
}

/** Runs the seller's dunning ladder for a day, by hand, and shows the letters it sent. */
export function RunDunningForm({ onRan }: { onRan: () => void }) {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [asOf, setAsOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [report, setReport] = useState<RunReport>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setReport(
        await api.post<RunReport>(
          `/sellers/${encodeURIComponent(sellerId)}/dunning-runs`,
          asOf ? { asOf } : {},
        ),
      );
      onRan();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="run-dunning">
      <h2 id="run-dunning">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      <form className="row" onSubmit={submit}>
        <SellerSelect value={sellerId} onChange={setSellerId} required />
        <label>
          {t.asOf}
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !sellerId}>
          {busy ? t.busy : t.run}
        </button>
      </form>
      <ProblemBanner error={error} />
      {report ? (
        <section className="notice" role="status" aria-label={t.report}>
          <p>
            <strong>
              {t.report} {report.sellerId} {formatDate(report.asOf)}
            </strong>
            : {t.reviewed} {formatNumber(report.reviewed)}
            {report.closed.length ? `; ${t.closed} ${formatNumber(report.closed.length)}` : ''}
          </p>
          {report.steps.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.customer}</th>
                  <th scope="col">{t.step}</th>
                  <th scope="col" className="num">
                    {t.total}
                  </th>
                  <th scope="col">{t.letter}</th>
                </tr>
              </thead>
              <tbody>
                {report.steps.map((s) => (
                  <tr key={s.letterId}>
                    <td>{s.customerId}</td>
                    <td>
                      <DunningStepLabel step={s.step} />
                    </td>
                    <td className="num">{formatMoney(euros(s.totalCents))}</td>
                    <td>
                      <a
                        href={`/dunning-letters/${encodeURIComponent(s.letterId)}/pdf`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {s.letterId} ({t.pdf})
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </section>
  );
}
