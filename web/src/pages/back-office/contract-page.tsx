import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../api/session.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { centsText } from './customer/customer-types.ts';
import type { Contract } from './contract/contract-types.ts';
import { nextPossibleEnd } from './contract/contract-types.ts';
import { actionWords, eventWords, statusWords, wordOf } from './contract/contract-words.ts';
import { NoticeForm } from './contract/notice-form.tsx';
import { TimelineChart } from './contract/timeline-chart.tsx';

const texts = {
  nl: {
    title: 'Contract',
    loading: 'Laden…',
    customer: 'Klant',
    seller: 'Verkoper',
    description: 'Omschrijving',
    kind: 'Soort contract',
    service: 'Dienst',
    term: 'Looptijd',
    months: 'maanden',
    indefinite: 'onbepaalde tijd',
    recurring: 'Per maand',
    oneTime: 'Eenmalig',
    profile: 'Voorwaarden',
    version: 'Versie',
    state: 'Status',
    current: 'Huidige termijn',
    deadline: 'Uiterste opzegdatum',
    nextEnd: 'Eerst mogelijke einddatum',
    end: 'Einddatum',
    timeline: 'Tijdlijn',
    hint: 'Ga met de muis over een datum, of tab ernaartoe, voor de uitleg met de regels.',
    events: 'Gebeurtenissen',
    noEvents: 'Nog geen gebeurtenissen na het sluiten.',
    date: 'Datum',
    event: 'Gebeurtenis',
    details: 'Details',
    actions: 'Wat nu kan',
    allowed: 'kan nu',
    given: 'Opgezegd. Het contract eindigt op',
  },
  en: {
    title: 'Contract',
    loading: 'Loading…',
    customer: 'Customer',
    seller: 'Seller',
    description: 'Description',
    kind: 'Contract kind',
    service: 'Service',
    term: 'Term',
    months: 'months',
    indefinite: 'indefinite',
    recurring: 'Monthly',
    oneTime: 'One-time',
    profile: 'Terms',
    version: 'Version',
    state: 'State',
    current: 'Current term',
    deadline: 'Notice deadline',
    nextEnd: 'Next possible end date',
    end: 'End date',
    timeline: 'Timeline',
    hint: 'Hover over a date, or tab to it, for its explanation with the rules.',
    events: 'Events',
    noEvents: 'No events since it was formed.',
    date: 'Date',
    event: 'Event',
    details: 'Details',
    actions: 'What can be done now',
    allowed: 'allowed now',
    given: 'Notice given. The contract ends on',
  },
};

/** One contract: its facts, its timeline drawn with each date's rules, its events, and what may be done now. */
export function ContractPage() {
  const t = useTexts(texts);
  const states = useTexts(statusWords);
  const events = useTexts(eventWords);
  const actions = useTexts(actionWords);
  const { id = '' } = useParams();
  const contract = useApi(() => api.get<Contract>(`/contracts/${encodeURIComponent(id)}`), [id]);
  const health = useApi(() => api.get<{ today: string }>('/health'), []);
  const today = health.data?.today;
  const [givenEnd, setGivenEnd] = useState<string | null>(null);
  // Contract writes are sales' and billing's work (the API refuses the others the same way).
  const { user } = useSession();
  const mayWrite = user !== null && ['admin', 'sales', 'billing'].includes(user.role);

  if (contract.error) return <ProblemBanner error={contract.error} />;
  if (!contract.data) return <p aria-busy="true">{t.loading}</p>;
  const c = contract.data;
  const timeline = c.timeline;
  const end = nextPossibleEnd(timeline);

  return (
    <>
      <p>
        <Link to={`/office/customers/${encodeURIComponent(c.customerId)}`}>
          ← {t.customer} {c.customerId}
        </Link>
      </p>
      <h1>
        {t.title} {c.id}{' '}
        <span className={`badge contract-${timeline.status}`}>{wordOf(states, timeline.status)}</span>
      </h1>
      <div className="contract-facts">
        <section className="card" aria-label={t.description}>
          <dl className="facts">
            <dt>{t.description}</dt>
            <dd>{c.terms.description}</dd>
            <dt>{t.customer}</dt>
            <dd>
              <Link to={`/office/customers/${encodeURIComponent(c.customerId)}`}>{c.customerId}</Link>
            </dd>
            <dt>{t.seller}</dt>
            <dd>{c.sellerId}</dd>
            <dt>{t.kind}</dt>
            <dd>
              {c.terms.contractKind} · {c.terms.service}
            </dd>
            <dt>{t.term}</dt>
            <dd>{c.terms.termMonths ? `${c.terms.termMonths} ${t.months}` : t.indefinite}</dd>
            <dt>{t.recurring}</dt>
            <dd>{formatMoney(centsText(c.terms.recurringCents))}</dd>
            <dt>{t.oneTime}</dt>
            <dd>{formatMoney(centsText(c.terms.oneTimeCents))}</dd>
          </dl>
        </section>
        <section className="card" aria-label={t.state}>
          <dl className="facts">
            <dt>{t.profile}</dt>
            <dd>{c.profileId}</dd>
            <dt>{t.version}</dt>
            <dd>
              {c.termsVersion.id} <span className="rule">{c.termsVersion.because.join(', ')}</span>
            </dd>
            <dt>{t.current}</dt>
            <dd>
              {timeline.currentTerm
                ? `${timeline.currentTerm.index + 1}: ${formatDate(timeline.currentTerm.start)} – ${formatDate(timeline.currentTerm.end)}`
                : '—'}
            </dd>
            <dt>{t.deadline}</dt>
            <dd>{formatDate(timeline.noticeDeadline)}</dd>
            <dt>{timeline.effectiveEnd ? t.end : t.nextEnd}</dt>
            <dd>
              <strong>{formatDate(end?.date)}</strong> <span className="rule">{end?.because.join(', ')}</span>
            </dd>
          </dl>
        </section>
      </div>

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timeline}</h2>
        <p className="muted">{t.hint}</p>
        <TimelineChart timeline={timeline} today={today} />
      </section>

      {givenEnd ? (
        <p className="notice" role="status">
          {t.given} <strong>{formatDate(givenEnd)}</strong>.
        </p>
      ) : null}
      {c.actions['give-notice'] === null && today && mayWrite ? (
        <NoticeForm
          contract={c}
          today={today}
          onGiven={(after) => {
            setGivenEnd(after.effectiveEnd);
            contract.reload();
          }}
        />
      ) : null}

      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t.actions}</h2>
        <ul className="contract-actions">
          {Object.entries(c.actions).map(([action, why]) => (
            <li key={action}>
              <strong>{wordOf(actions, action)}</strong>:{' '}
              {why === null ? (
                <span className="good">✓ {t.allowed}</span>
              ) : (
                <span className="muted">✗ {why}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="events-title">
        <h2 id="events-title">{t.events}</h2>
        {c.events.length === 0 ? (
          <p className="muted">{t.noEvents}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.event}</th>
                <th scope="col">{t.details}</th>
              </tr>
            </thead>
            <tbody>
              {c.events.map((event, index) => {
                const { kind, on, ...rest } = event as { kind: string; on: string } & Record<string, unknown>;
                return (
                  <tr key={`${kind}-${on}-${index}`}>
                    <td>{formatDate(on)}</td>
                    <td>{wordOf(events, kind)}</td>
                    <td>
                      {Object.entries(rest)
                        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
                        .join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
