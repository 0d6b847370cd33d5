import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { faultLabels } from './operations/fault-labels.ts';
import { FaultReportForm } from './operations/fault-report-form.tsx';
import { CABLE_CLASSES, FAULT_STATES } from './operations/fault-types.ts';
import type { FaultBoard, FaultTicket } from './operations/fault-types.ts';
import { SellerSelect } from './operations/seller-select.tsx';
import { SlaCountdown, serverOffsetOf, useServerNow } from './operations/sla-countdown.tsx';

/*
 * The fault board (vn:6.4): the tickets, the most urgent SLA maximum first, each with its live
 * countdown on the server's clock; warnings and breaches in words and colour. Filters by state,
 * seller and cable class; the list pages, sorts and searches on the server.
 */

const texts = {
  nl: {
    ...faultLabels.nl,
    title: 'Storingen',
    board: 'Storingsbord',
    stateHeader: 'Status',
    openOnly: 'Alle open',
    all: 'Alle',
    seller: 'Verkoper',
    anySeller: 'Alle verkopers',
    cableClass: 'Kabelklasse (vezels)',
    anyClass: 'Alle klassen',
    refresh: 'Vernieuwen',
    ticket: 'Melding',
    endUser: 'Eindgebruiker',
    kindHeader: 'Soort',
    fibers: 'Vezels',
    reportedAt: 'Gemeld',
    clock: 'SLA (vn:6.4.10)',
    reported: 'Storing gemeld:',
    showReport: 'Storing melden…',
    hideReport: 'Formulier sluiten',
  },
  en: {
    ...faultLabels.en,
    title: 'Faults',
    board: 'Fault board',
    stateHeader: 'State',
    openOnly: 'All open',
    all: 'All',
    seller: 'Seller',
    anySeller: 'All sellers',
    cableClass: 'Cable class (fibers)',
    anyClass: 'All classes',
    refresh: 'Refresh',
    ticket: 'Ticket',
    endUser: 'End user',
    kindHeader: 'Kind',
    fibers: 'Fibers',
    reportedAt: 'Reported',
    clock: 'SLA (vn:6.4.10)',
    reported: 'Fault reported:',
    showReport: 'Report a fault…',
    hideReport: 'Close the form',
  },
};

/** Reads the board again every minute: the watch's warnings and breaches appear by themselves. */
const REFRESH_MS = 60_000;

export function FaultsPage() {
  const t = useTexts(texts);
  const navigate = useNavigate();
  const [state, setState] = useState('open');
  const [sellerId, setSellerId] = useState('');
  const [cableClass, setCableClass] = useState('');
  const [round, setRound] = useState(0);
  const [offset, setOffset] = useState(0);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState<FaultTicket>();
  const now = useServerNow(offset);

  useEffect(() => {
    const timer = setInterval(() => setRound((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const load = useCallback(
    async (request: PageRequest) => {
      const board = await api.get<FaultBoard>('/back-office/fault-board', {
        ...(state === 'open' ? { open: true } : state ? { state } : {}),
        sellerId,
        cableClass,
        search: request.search,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
        limit: request.limit,
        offset: request.offset,
      });
      setOffset(serverOffsetOf(board.now));
      return board;
    },
    [state, sellerId, cableClass],
  );

  const columns: Column<FaultTicket>[] = [
    {
      key: 'id',
      header: t.ticket,
      sort: 'id',
      render: (ticket) => (
        <Link to={`/office/faults/${ticket.id}`} onClick={(e) => e.stopPropagation()}>
          {ticket.id}
        </Link>
      ),
    },
    {
      key: 'customer',
      header: t.endUser,
      sort: 'customerName',
      render: (ticket) => (
        <>
          {ticket.report.customerName}
          <br />
          <span className="muted">{ticket.report.description}</span>
        </>
      ),
    },
    { key: 'kind', header: t.kindHeader, render: (ticket) => t.kind[ticket.kind] },
    { key: 'state', header: t.stateHeader, sort: 'state', render: (ticket) => t.state[ticket.state] },
    {
      key: 'fibers',
      header: t.fibers,
      align: 'right',
      render: (ticket) => ticket.sla?.fiberCount ?? '—',
    },
    {
      key: 'reportedAt',
      header: t.reportedAt,
      sort: 'reportedAt',
      render: (ticket) => formatDateTime(ticket.reportedAt),
    },
    {
      key: 'sla',
      header: t.clock,
      sort: 'maximumBy',
      render: (ticket) => <SlaCountdown status={ticket.slaStatus} sla={ticket.sla} now={now} compact />,
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      {reported ? (
        <p className="notice" role="status">
          {t.reported} <Link to={`/office/faults/${reported.id}`}>{reported.id}</Link>
        </p>
      ) : null}
      <section className="card">
        {reporting ? (
          <>
            <FaultReportForm
              onReported={(ticket) => {
                setReported(ticket);
                setReporting(false);
                setRound((n) => n + 1);
              }}
            />
            <button type="button" className="secondary" onClick={() => setReporting(false)}>
              {t.hideReport}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setReporting(true)}>
            {t.showReport}
          </button>
        )}
      </section>
      <section className="card">
        <h2 id="fault-board-title">{t.board}</h2>
        <div className="row filters">
          <label>
            {t.stateHeader}
            <select value={state} onChange={(e) => setState(e.target.value)}>
              <option value="open">{t.openOnly}</option>
              <option value="">{t.all}</option>
              {FAULT_STATES.map((s) => (
                <option key={s} value={s}>
                  {t.state[s]}
                </option>
              ))}
            </select>
          </label>
          <SellerSelect label={t.seller} value={sellerId} onChange={setSellerId} emptyLabel={t.anySeller} />
          <label>
            {t.cableClass}
            <select value={cableClass} onChange={(e) => setCableClass(e.target.value)}>
              <option value="">{t.anyClass}</option>
              {CABLE_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="secondary" onClick={() => setRound((n) => n + 1)}>
            {t.refresh}
          </button>
        </div>
        <DataTable
          label={t.board}
          columns={columns}
          load={load}
          rowKey={(ticket) => ticket.id}
          deps={[state, sellerId, cableClass, round]}
          onRowClick={(ticket) => void navigate(`/office/faults/${ticket.id}`)}
        />
      </section>
    </>
  );
}
