import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { FaultActions } from './operations/fault-actions.tsx';
import { faultLabels, slaTone } from './operations/fault-labels.ts';
import type { FaultDetail, FaultEvent } from './operations/fault-types.ts';
import { SlaCountdown, liveStatus, serverOffsetOf, useServerNow } from './operations/sla-countdown.tsx';
import { SlaExplanation } from './operations/sla-explanation.tsx';

/* One fault ticket (vn:6.4): the report, the SLA clock live and explained, the actions, the history. */

const texts = {
  nl: {
    ...faultLabels.nl,
    back: 'Alle storingen',
    loading: 'Laden…',
    details: 'Melding',
    stateHeader: 'Status',
    clock: 'SLA-klok',
    kindHeader: 'Soort',
    customer: 'Klant',
    service: 'Dienst',
    link: 'Verbinding',
    cable: 'Kabel',
    provider: 'Aanbieder (doorgezet, vn:6.4.3)',
    maintenance: 'Binnen onderhoud (vn:2.1.3)',
    seller: 'Verkoper',
    channel: 'Via',
    reportedAt: 'Eerste melding',
    reportedBy: 'Vastgelegd door',
    repairReportedAt: 'Herstelrapport',
    closure: 'Gesloten',
    items: {
      reporterName: 'Melder',
      customerName: 'Eindgebruiker',
      contactPerson: 'Contactpersoon',
      contactPhone: 'Telefoon contactpersoon',
      phoneOfficeHours: 'Telefoon binnen kantoortijd',
      phoneOutsideOfficeHours: 'Telefoon buiten kantoortijd',
      endPointA: 'Eindpunt A',
      endPointB: 'Eindpunt B',
      description: 'Omschrijving',
    },
    history: 'Geschiedenis',
    at: 'Wanneer',
    what: 'Wat',
    by: 'Door',
    noteHeader: 'Toelichting',
    rules: 'Regels',
    events: {
      reported: 'Gemeld',
      'state-changed': 'Status gewijzigd',
      'sla-warning': 'SLA-waarschuwing',
      'sla-breach': 'SLA overschreden',
      'repair-reported': 'Herstelrapport',
      routed: 'Doorgezet naar aanbieder',
      closed: 'Gesloten',
      note: 'Notitie',
    } as Record<string, string>,
    to: 'naar',
  },
  en: {
    ...faultLabels.en,
    back: 'All faults',
    loading: 'Loading…',
    details: 'Report',
    stateHeader: 'State',
    clock: 'SLA clock',
    kindHeader: 'Kind',
    customer: 'Customer',
    service: 'Service',
    link: 'Link',
    cable: 'Cable',
    provider: 'Provider (routed, vn:6.4.3)',
    maintenance: 'Inside maintenance (vn:2.1.3)',
    seller: 'Seller',
    channel: 'Through',
    reportedAt: 'First report',
    reportedBy: 'Recorded by',
    repairReportedAt: 'Repair report',
    closure: 'Closed',
    items: {
      reporterName: 'Reporter',
      customerName: 'End user',
      contactPerson: 'Contact person',
      contactPhone: "Contact person's phone",
      phoneOfficeHours: 'Phone in office hours',
      phoneOutsideOfficeHours: 'Phone outside office hours',
      endPointA: 'End point A',
      endPointB: 'End point B',
      description: 'Description',
    },
    history: 'History',
    at: 'When',
    what: 'What',
    by: 'By',
    noteHeader: 'Note',
    rules: 'Rules',
    events: {
      reported: 'Reported',
      'state-changed': 'State changed',
      'sla-warning': 'SLA warning',
      'sla-breach': 'SLA breached',
      'repair-reported': 'Repair report',
      routed: 'Routed to the provider',
      closed: 'Closed',
      note: 'Note',
    } as Record<string, string>,
    to: 'to',
  },
};

export function FaultPage() {
  const t = useTexts(texts);
  const { id = '' } = useParams();
  const [changed, setChanged] = useState<FaultDetail>();
  const [offset, setOffset] = useState(0);
  const loaded = useApi(async () => {
    const [ticket, board] = await Promise.all([
      api.get<FaultDetail>(`/faults/${encodeURIComponent(id)}`),
      // The server's clock, for the countdown.
      api.get<{ now: string }>('/back-office/fault-board', { limit: 1, search: id }),
    ]);
    setOffset(serverOffsetOf(board.now));
    setChanged(undefined);
    return ticket;
  }, [id]);
  const now = useServerNow(offset);
  const ticket = changed ?? loaded.data;

  if (!ticket)
    return (
      <>
        <p>
          <Link to="/office/faults">{t.back}</Link>
        </p>
        <ProblemBanner error={loaded.error} />
        {loaded.loading ? <p>{t.loading}</p> : null}
      </>
    );

  const status = liveStatus(ticket.slaStatus, ticket.sla, now);
  return (
    <>
      <p>
        <Link to="/office/faults">{t.back}</Link>
      </p>
      <h1>
        {ticket.id} — {ticket.report.customerName}
      </h1>
      <section className="card" aria-labelledby="fault-details-title">
        <h2 id="fault-details-title">{t.details}</h2>
        <dl className="facts">
          <dt>{t.stateHeader}</dt>
          <dd>
            <strong>{t.state[ticket.state]}</strong>
            {ticket.closureReason ? ` (${t.reason[ticket.closureReason]})` : ''}
          </dd>
          <dt>{t.clock}</dt>
          <dd>
            <SlaCountdown status={ticket.slaStatus} sla={ticket.sla} now={now} />
          </dd>
          <dt>{t.kindHeader}</dt>
          <dd>{t.kind[ticket.kind]}</dd>
          <dt>{t.customer}</dt>
          <dd>
            <Link to={`/office/customers/${encodeURIComponent(ticket.customerId)}`}>{ticket.customerId}</Link>
          </dd>
          <dt>{t.seller}</dt>
          <dd>{ticket.sellerId}</dd>
          <dt>{t.service}</dt>
          <dd>{ticket.serviceId ?? '—'}</dd>
          <dt>{t.link}</dt>
          <dd>{ticket.linkId ?? '—'}</dd>
          <dt>{t.cable}</dt>
          <dd>
            {ticket.cableId ?? '—'}
            {ticket.sla ? ` (${ticket.sla.fiberCount})` : ''}
          </dd>
          {ticket.providerId ? (
            <>
              <dt>{t.provider}</dt>
              <dd>{ticket.providerId}</dd>
            </>
          ) : null}
          {ticket.maintenanceWindowId ? (
            <>
              <dt>{t.maintenance}</dt>
              <dd>{ticket.maintenanceWindowId}</dd>
            </>
          ) : null}
          <dt>{t.channel}</dt>
          <dd>{ticket.channel}</dd>
          <dt>{t.reportedAt}</dt>
          <dd>{formatDateTime(ticket.reportedAt)}</dd>
          <dt>{t.reportedBy}</dt>
          <dd>{ticket.reportedBy}</dd>
          <dt>{t.repairReportedAt}</dt>
          <dd>{formatDateTime(ticket.repairReportedAt)}</dd>
          {ticket.closedAt ? (
            <>
              <dt>{t.closure}</dt>
              <dd>{formatDateTime(ticket.closedAt)}</dd>
            </>
          ) : null}
          {(Object.keys(t.items) as (keyof typeof t.items)[]).map((item) => (
            <FactRow key={item} term={t.items[item]} value={ticket.report[item]} />
          ))}
        </dl>
      </section>
      <FaultActions ticket={ticket} onChanged={setChanged} />
      <SlaExplanation ticket={ticket} outcome={t.sla[status]} />
      <section className="card" aria-labelledby="fault-history-title">
        <h2 id="fault-history-title">{t.history}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.at}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.stateHeader}</th>
              <th scope="col">{t.by}</th>
              <th scope="col">{t.noteHeader}</th>
              <th scope="col">{t.rules}</th>
            </tr>
          </thead>
          <tbody>
            {ticket.history.map((event, index) => (
              <tr key={index}>
                <td>{formatDateTime(event.at)}</td>
                <td className={eventTone(event)}>{describe(event, t)}</td>
                <td>{t.state[event.state]}</td>
                <td>{event.by}</td>
                <td>{event.note ?? ''}</td>
                <td className="rule">
                  {Array.isArray(event.details.because) ? event.details.because.join(', ') : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function FactRow({ term, value }: { readonly term: string; readonly value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

function eventTone(event: FaultEvent): string | undefined {
  if (event.kind === 'sla-breach') return slaTone('breached');
  if (event.kind === 'sla-warning') return slaTone('warning');
  return undefined;
}

function describe(event: FaultEvent, t: (typeof texts)['nl']): string {
  const what = t.events[event.kind] ?? event.kind;
  const details = event.details;
  if (event.kind === 'closed' && typeof details.reason === 'string')
    return `${what}: ${t.reason[details.reason as keyof typeof t.reason] ?? details.reason}`;
  if (event.kind === 'state-changed') return `${what} ${t.to} ${t.state[event.state]}`;
  return what;
}
