import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { TermsChange } from './portal-types.ts';
import { RuleIds } from './rule-ids.tsx';

/*
 * New versions of the terms notified for the customer's contracts (vn:1.1.4): each with its
 * objection window; within it the customer objects in writing, with reasons.
 */

const texts = {
  nl: {
    title: 'Voorwaarden',
    intro:
      'Wijzigen de voorwaarden, dan kunt u binnen de bezwaartermijn schriftelijk en met redenen bezwaar maken. Het contract blijft dan onder de oude voorwaarden tot wij beslissen.',
    none: 'Er zijn geen nieuwe voorwaarden voor uw contracten.',
    contract: 'Contract',
    published: 'Gepubliceerd',
    notified: 'Aan u gemeld',
    windowEnd: 'Bezwaar mogelijk tot en met',
    noRight: 'Deze voorwaarden geven geen recht van bezwaar',
    objected: 'Bezwaar gemaakt op',
    reasons: 'Redenen van uw bezwaar',
    submit: 'Bezwaar indienen',
    sending: 'Bezig…',
    closed: 'De bezwaartermijn is verstreken',
    decision: 'Besluit',
    pending: 'Nog geen besluit',
    'new-version-applies': 'De nieuwe voorwaarden gelden toch',
    'old-version-kept': 'De oude voorwaarden blijven gelden',
    rules: 'Regels',
  },
  en: {
    title: 'Terms',
    intro:
      'When the terms change you may object in writing, with reasons, within the objection window. The contract then stays under the old terms until we decide.',
    none: 'There are no new terms for your contracts.',
    contract: 'Contract',
    published: 'Published',
    notified: 'Notified to you',
    windowEnd: 'Objections until',
    noRight: 'These terms give no right to object',
    objected: 'Objected on',
    reasons: 'Reasons for your objection',
    submit: 'Submit objection',
    sending: 'Working…',
    closed: 'The objection window has closed',
    decision: 'Decision',
    pending: 'No decision yet',
    'new-version-applies': 'The new terms apply after all',
    'old-version-kept': 'The old terms stay',
    rules: 'Rules',
  },
};

export function PortalTermsPage() {
  const t = useTexts(texts);
  const changes = useApi(() => api.get<TermsChange[]>('/portal/terms-changes'), []);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <ProblemBanner error={changes.error} />
      {changes.data && changes.data.length === 0 ? <p>{t.none}</p> : null}
      {changes.data?.map((change) => (
        <TermsChangeCard
          key={`${change.contractId}-${change.versionId}`}
          change={change}
          onChanged={changes.reload}
        />
      ))}
    </>
  );
}

function TermsChangeCard({ change, onChanged }: { change: TermsChange; onChanged: () => void }) {
  const t = useTexts(texts);
  const [reasons, setReasons] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const headingId = `terms-${change.contractId}-${change.versionId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/portal/terms-changes/${encodeURIComponent(change.versionId)}/objection`, {
        contractId: change.contractId,
        reasons,
      });
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {change.title} {change.version}
      </h2>
      <dl className="facts">
        <dt>{t.contract}</dt>
        <dd>
          {change.contractId} — {change.contractDescription}
        </dd>
        <dt>{t.published}</dt>
        <dd>{formatDate(change.publishedOn)}</dd>
        <dt>{t.notified}</dt>
        <dd>{formatDate(change.notifiedOn)}</dd>
        <dt>{t.windowEnd}</dt>
        <dd>{change.objectionWindowEnd ? formatDate(change.objectionWindowEnd) : t.noRight}</dd>
        {change.objectedOn ? (
          <>
            <dt>{t.objected}</dt>
            <dd>{formatDate(change.objectedOn)}</dd>
            <dt>{t.decision}</dt>
            <dd>{change.decision ? t[change.decision] : t.pending}</dd>
          </>
        ) : null}
        <dt>{t.rules}</dt>
        <dd>
          <RuleIds ids={change.because} />
        </dd>
      </dl>
      {change.canObject ? (
        <form className="stack" onSubmit={submit}>
          <label>
            {t.reasons}
            <textarea value={reasons} required rows={3} onChange={(e) => setReasons(e.target.value)} />
          </label>
          <ProblemBanner error={error} />
          <div>
            <button type="submit" disabled={busy}>
              {busy ? t.sending : t.submit}
            </button>
          </div>
        </form>
      ) : !change.objectedOn && change.objectionWindowEnd ? (
        <p className="muted">{t.closed}</p>
      ) : null}
    </section>
  );
}
