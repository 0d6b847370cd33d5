import { useCallback } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { portalLabels, toneOf } from './portal-labels.ts';
import type { FaultTicket, Paged } from './portal-types.ts';
import { RuleIds } from './rule-ids.tsx';

/* A portal's fault tickets, newest first, paged on the server: state and the SLA deadlines. */

const texts = {
  nl: {
    ...portalLabels.nl,
    label: 'Gemelde storingen',
    ticket: 'Melding',
    service: 'Dienst',
    kind: 'Soort',
    reportedAt: 'Gemeld',
    state: 'Status',
    slaHeader: 'SLA (vn:6.4.10)',
    averageBy: 'gemiddeld hersteld',
    maximumBy: 'uiterlijk hersteld',
    description: 'Omschrijving',
  },
  en: {
    ...portalLabels.en,
    label: 'Reported faults',
    ticket: 'Ticket',
    service: 'Service',
    kind: 'Kind',
    reportedAt: 'Reported',
    state: 'State',
    slaHeader: 'SLA (vn:6.4.10)',
    averageBy: 'average repair by',
    maximumBy: 'repaired at the latest by',
    description: 'Description',
  },
};

export function FaultList({ url, round }: { url: string; round: number }) {
  const t = useTexts(texts);
  const load = useCallback(
    (request: PageRequest) =>
      api.get<Paged<FaultTicket>>(url, {
        limit: request.limit,
        offset: request.offset,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
      }),
    [url],
  );
  const columns: Column<FaultTicket>[] = [
    { key: 'id', header: t.ticket, sort: 'id', render: (f) => f.id },
    { key: 'service', header: t.service, render: (f) => f.serviceId ?? f.linkId ?? '—' },
    { key: 'kind', header: t.kind, render: (f) => t.faultKind[f.kind] ?? f.kind },
    { key: 'description', header: t.description, render: (f) => f.report.description },
    {
      key: 'reportedAt',
      header: t.reportedAt,
      sort: 'reportedAt',
      render: (f) => formatDateTime(f.reportedAt),
    },
    {
      key: 'state',
      header: t.state,
      sort: 'state',
      render: (f) => <span className={`badge ${toneOf(f.state)}`}>{t.faultState[f.state] ?? f.state}</span>,
    },
    {
      key: 'sla',
      header: t.slaHeader,
      render: (f) =>
        f.sla ? (
          <div>
            <span className={`badge ${toneOf(f.slaStatus)}`}>{t.sla[f.slaStatus] ?? f.slaStatus}</span>
            <div>
              {t.averageBy}: {formatDateTime(f.sla.averageBy)}
            </div>
            <div>
              {t.maximumBy}: <strong>{formatDateTime(f.sla.maximumBy)}</strong>
            </div>
            <RuleIds ids={f.sla.because} />
          </div>
        ) : (
          <span className="muted">{t.sla.none}</span>
        ),
    },
  ];
  return (
    <DataTable
      label={t.label}
      columns={columns}
      load={load}
      rowKey={(f) => f.id}
      searchable={false}
      deps={[round]}
    />
  );
}
