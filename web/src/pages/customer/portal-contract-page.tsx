import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { portalLabels, toneOf } from './portal-labels.ts';
import type { ContractDetail, NoticePreview, Timeline } from './portal-types.ts';
import { RuleIds } from './rule-ids.tsx';

/*
 * One of the customer's contracts with its timeline, and giving notice in two steps: first the
 * effective end date notice given today would have and why (the rule ids, from a dry run of the
 * rules), then the confirmation, which records exactly that.
 */

const texts = {
  nl: {
    ...portalLabels.nl,
    back: 'Alle contracten',
    title: 'Contract',
    status: 'Status',
    startsOn: 'Ingegaan',
    currentTerm: 'Huidige termijn',
    noticeDeadline: 'Opzeggen uiterlijk',
    effectiveEnd: 'Einddatum',
    termsVersion: 'Voorwaarden',
    timeline: 'Tijdlijn',
    date: 'Datum',
    what: 'Wat',
    because: 'Regels',
    noticeHeading: 'Opzeggen',
    noticeIntro: 'U ziet eerst op welke dag het contract eindigt en waarom; pas daarna bevestigt u.',
    previewButton: 'Opzegging voorbereiden',
    previewing: 'Berekenen…',
    ifToday: 'Als u vandaag opzegt',
    endsOn: 'eindigt het contract op',
    why: 'Waarom deze datum',
    confirm: 'Opzegging bevestigen',
    confirming: 'Bezig…',
    cancel: 'Niet opzeggen',
    cannot: 'Opzeggen kan nu niet',
    recorded: 'Uw opzegging is vastgelegd. Het contract eindigt op',
    until: 't/m',
    figures: {
      currentTermEnd: 'Einde lopende termijn',
      noticeDeadline: 'Uiterste opzegdatum voor die termijn',
      earliestEnd: 'Vroegste einde na opzegtermijn',
      protection: 'Wettelijke bescherming',
    } as Record<string, string>,
    events: {
      'order-received': 'Bestelling ontvangen',
      formed: 'Contract gesloten',
      started: 'Dienst geleverd',
      'term-end': 'Einde termijn',
      'deviation-agreed': 'Afwijking afgesproken',
      transferred: 'Overgedragen',
      renewed: 'Verlengd',
      'notice-deadline': 'Uiterste opzegdatum',
      'notice-given': 'Opgezegd',
      'effective-end': 'Einddatum',
      'terms-change-notified': 'Nieuwe voorwaarden gemeld',
      'terms-objection-received': 'Bezwaar ontvangen',
      'terms-objection-decided': 'Besluit op bezwaar',
    } as Record<string, string>,
  },
  en: {
    ...portalLabels.en,
    back: 'All contracts',
    title: 'Contract',
    status: 'Status',
    startsOn: 'Started',
    currentTerm: 'Current term',
    noticeDeadline: 'Give notice by',
    effectiveEnd: 'End date',
    termsVersion: 'Terms',
    timeline: 'Timeline',
    date: 'Date',
    what: 'What',
    because: 'Rules',
    noticeHeading: 'Give notice',
    noticeIntro: 'You first see the day the contract ends and why; only then do you confirm.',
    previewButton: 'Prepare notice',
    previewing: 'Calculating…',
    ifToday: 'If you give notice today',
    endsOn: 'the contract ends on',
    why: 'Why this date',
    confirm: 'Confirm notice',
    confirming: 'Working…',
    cancel: 'Do not give notice',
    cannot: 'Notice cannot be given now',
    recorded: 'Your notice is recorded. The contract ends on',
    until: 'until',
    figures: {
      currentTermEnd: 'End of the current term',
      noticeDeadline: 'Last day of notice for that term',
      earliestEnd: 'Earliest end after the notice period',
      protection: 'Statutory protection',
    } as Record<string, string>,
    events: {
      'order-received': 'Order received',
      formed: 'Contract formed',
      started: 'Service delivered',
      'term-end': 'End of term',
      'deviation-agreed': 'Deviation agreed',
      transferred: 'Transferred',
      renewed: 'Renewed',
      'notice-deadline': 'Last day to give notice',
      'notice-given': 'Notice given',
      'effective-end': 'End date',
      'terms-change-notified': 'New terms notified',
      'terms-objection-received': 'Objection received',
      'terms-objection-decided': 'Decision on objection',
    } as Record<string, string>,
  },
};

export function PortalContractPage() {
  const t = useTexts(texts);
  const { id = '' } = useParams();
  const contract = useApi(() => api.get<ContractDetail>(`/portal/contracts/${encodeURIComponent(id)}`), [id]);
  const [preview, setPreview] = useState<NoticePreview>();
  const [recorded, setRecorded] = useState<Timeline>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await step();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const prepare = () =>
    run(async () => {
      setPreview(await api.get<NoticePreview>(`/portal/contracts/${encodeURIComponent(id)}/notice-preview`));
    });
  const confirm = () =>
    run(async () => {
      setRecorded(await api.post<Timeline>(`/portal/contracts/${encodeURIComponent(id)}/notice`, {}));
      setPreview(undefined);
      contract.reload();
    });

  const view = contract.data;
  const timeline = view?.timeline;
  return (
    <>
      <p>
        <Link to="/portal">← {t.back}</Link>
      </p>
      <h1>
        {t.title} {id}
        {view ? ` — ${view.terms.description}` : ''}
      </h1>
      <ProblemBanner error={contract.error} />
      {view && timeline ? (
        <>
          <section className="card">
            <dl className="facts">
              <dt>{t.status}</dt>
              <dd>
                <span className={`badge ${toneOf(timeline.status)}`}>
                  {t.contractStatus[timeline.status]}
                </span>
              </dd>
              <dt>{t.startsOn}</dt>
              <dd>{formatDate(timeline.startsOn)}</dd>
              <dt>{t.currentTerm}</dt>
              <dd>
                {timeline.currentTerm
                  ? `${formatDate(timeline.currentTerm.start)} ${t.until} ${formatDate(timeline.currentTerm.end)}`
                  : '—'}
              </dd>
              <dt>{t.noticeDeadline}</dt>
              <dd>{formatDate(timeline.noticeDeadline)}</dd>
              <dt>{t.effectiveEnd}</dt>
              <dd>{formatDate(timeline.effectiveEnd)}</dd>
              <dt>{t.termsVersion}</dt>
              <dd>{view.termsVersion.id}</dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="notice-heading">
            <h2 id="notice-heading">{t.noticeHeading}</h2>
            {recorded ? (
              <p className="notice" role="status">
                {t.recorded} <strong>{formatDate(recorded.effectiveEnd)}</strong>.
              </p>
            ) : null}
            {!recorded && timeline.status !== 'ending' && timeline.status !== 'ended' ? (
              <>
                <p className="muted">{t.noticeIntro}</p>
                {!preview ? (
                  <button type="button" onClick={prepare} disabled={busy}>
                    {busy ? t.previewing : t.previewButton}
                  </button>
                ) : null}
              </>
            ) : null}
            {preview?.refusal ? (
              <div className="problem" role="alert">
                <strong>{t.cannot}</strong>
                <p>{preview.refusal}</p>
              </div>
            ) : null}
            {preview && !preview.refusal ? (
              <div aria-live="polite">
                <p>
                  {t.ifToday} ({formatDate(preview.noticeOn)}), {t.endsOn}{' '}
                  <strong data-testid="notice-effective-end">{formatDate(preview.effectiveEnd)}</strong>.
                </p>
                <h3>{t.why}</h3>
                <p>
                  <RuleIds ids={preview.because} label={t.because} />
                </p>
                <dl className="facts">
                  {Object.entries(t.figures).flatMap(([key, label]) => {
                    const value = preview.figures[key];
                    if (value === undefined || value === null) return [];
                    const text =
                      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
                        ? formatDate(value)
                        : String(value);
                    return [<dt key={`${key}-dt`}>{label}</dt>, <dd key={`${key}-dd`}>{text}</dd>];
                  })}
                </dl>
                <div className="portal-actions">
                  <button type="button" className="danger" onClick={confirm} disabled={busy}>
                    {busy ? t.confirming : t.confirm}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setPreview(undefined)}
                    disabled={busy}
                  >
                    {t.cancel}
                  </button>
                </div>
              </div>
            ) : null}
            <ProblemBanner error={error} />
          </section>

          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t.timeline}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.date}</th>
                  <th scope="col">{t.what}</th>
                  <th scope="col">{t.because}</th>
                </tr>
              </thead>
              <tbody>
                {timeline.entries.map((entry, index) => (
                  <tr key={`${entry.event}-${entry.date}-${index}`}>
                    <td>{formatDate(entry.date)}</td>
                    <td>{t.events[entry.event] ?? entry.event}</td>
                    <td>
                      <RuleIds ids={entry.because} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </>
  );
}
