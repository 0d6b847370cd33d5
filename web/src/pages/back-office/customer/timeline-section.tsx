import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { TimelineEvent } from './customer-types.ts';

const PAGE = 25;

const texts = {
  nl: {
    title: 'Tijdlijn',
    when: 'Wanneer',
    what: 'Wat',
    subject: 'Over',
    who: 'Door',
    why: 'Reden',
    more: 'Oudere gebeurtenissen',
    none: 'Nog geen gebeurtenissen.',
    loading: 'Laden…',
    shown: 'getoond',
  },
  en: {
    title: 'Timeline',
    when: 'When',
    what: 'What',
    subject: 'About',
    who: 'By',
    why: 'Reason',
    more: 'Older events',
    none: 'No events yet.',
    loading: 'Loading…',
    shown: 'shown',
  },
};

/** Where a subject of the timeline has a screen of its own. */
function subjectLink(event: TimelineEvent): string | null {
  const id = encodeURIComponent(event.subjectId);
  if (event.subjectType === 'contract') return `/office/contracts/${id}`;
  if (event.subjectType === 'invoice') return `/office/invoices/${id}`;
  if (event.subjectType === 'fault-ticket') return `/office/faults/${id}`;
  return null;
}

/** Every event of the customer, newest first, from GET /customers/{id}/timeline, page by page (keyset). */
export function TimelineSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = async (before: string | null, replace: boolean) => {
    setLoading(true);
    try {
      const page = await api.get<{ events: TimelineEvent[]; next: string | null }>(
        `/customers/${encodeURIComponent(customerId)}/timeline`,
        { limit: PAGE, before },
      );
      setEvents((shown) => (replace ? page.events : [...shown, ...page.events]));
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(null, true);
  }, [customerId]);

  return (
    <>
      <ProblemBanner error={error} />
      {!loading && events.length === 0 && !error ? <p className="muted">{t.none}</p> : null}
      {events.length > 0 ? (
        <table aria-busy={loading}>
          <caption className="visually-hidden">{t.title}</caption>
          <thead>
            <tr>
              {[t.when, t.what, t.subject, t.who, t.why].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const link = subjectLink(event);
              const label = `${event.subjectType} ${event.subjectId}`;
              return (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{link ? <Link to={link}>{label}</Link> : label}</td>
                  <td>{event.actor}</td>
                  <td>{event.reason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div className="pager">
        <span className="muted">
          {events.length} {t.shown}
        </span>
        {next ? (
          <button
            type="button"
            className="secondary"
            disabled={loading}
            onClick={() => void load(next, false)}
          >
            {t.more}
          </button>
        ) : null}
        {loading ? <span aria-live="polite">{t.loading}</span> : null}
      </div>
    </>
  );
}
