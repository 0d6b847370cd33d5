import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';

interface Ticket {
  readonly id: string;
  readonly kind: string;
  readonly state: string;
  readonly slaStatus: string;
  readonly serviceId: string | null;
  readonly reportedAt: string;
  readonly closedAt: string | null;
  readonly report: { readonly description?: string };
}

const PAGE = 20;

const texts = {
  nl: {
    title: 'Storingen',
    ticket: 'Melding',
    kind: 'Soort',
    state: 'Status',
    sla: 'SLA',
    service: 'Dienst',
    reported: 'Gemeld',
    closed: 'Gesloten',
    description: 'Omschrijving',
    none: 'Geen storingsmeldingen.',
    previous: 'Vorige',
    next: 'Volgende',
    loading: 'Laden…',
    page: 'Pagina',
  },
  en: {
    title: 'Faults',
    ticket: 'Ticket',
    kind: 'Kind',
    state: 'State',
    sla: 'SLA',
    service: 'Service',
    reported: 'Reported',
    closed: 'Closed',
    description: 'Description',
    none: 'No fault tickets.',
    previous: 'Previous',
    next: 'Next',
    loading: 'Loading…',
    page: 'Page',
  },
};

/**
 * GET /faults?customerId=, newest first, a page at a time on the server. The list answers no total,
 * so one ticket more than the page is asked for to know whether there is a next page.
 */
export function TicketsSection({ customerId }: { readonly customerId: string }) {
  const t = useTexts(texts);
  const [offset, setOffset] = useState(0);
  const page = useApi(
    () => api.get<{ tickets: Ticket[] }>('/faults', { customerId, limit: PAGE + 1, offset }),
    [customerId, offset],
  );
  if (page.error) return <ProblemBanner error={page.error} />;
  if (!page.data) return <p aria-busy="true">{t.loading}</p>;
  const tickets = page.data.tickets.slice(0, PAGE);
  const more = page.data.tickets.length > PAGE;
  if (tickets.length === 0 && offset === 0) return <p className="muted">{t.none}</p>;
  return (
    <>
      <table aria-busy={page.loading}>
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            {[t.ticket, t.kind, t.state, t.sla, t.service, t.reported, t.closed, t.description].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id}>
              <td>
                <Link to={`/office/faults/${encodeURIComponent(ticket.id)}`}>{ticket.id}</Link>
              </td>
              <td>{ticket.kind}</td>
              <td>
                <span className="badge">{ticket.state}</span>
              </td>
              <td>
                <span className={ticket.slaStatus === 'breached' ? 'badge bad' : 'badge'}>
                  {ticket.slaStatus}
                </span>
              </td>
              <td>{ticket.serviceId ?? '—'}</td>
              <td>{formatDateTime(ticket.reportedAt)}</td>
              <td>{formatDateTime(ticket.closedAt)}</td>
              <td>{ticket.report.description ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label={t.title}>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t.previous}
        </button>
        <span>
          {t.page} {offset / PAGE + 1}
        </span>
        <button type="button" disabled={!more} onClick={() => setOffset(offset + PAGE)}>
          {t.next}
        </button>
      </nav>
    </>
  );
}
