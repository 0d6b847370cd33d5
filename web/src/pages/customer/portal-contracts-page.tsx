import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { portalLabels, toneOf } from './portal-labels.ts';
import type { Paged, PortalContract } from './portal-types.ts';
import { RuleIds } from './rule-ids.tsx';

/*
 * The customer's contracts, each with the next possible end date: the effective end once notice was
 * given, else the end notice given today would have, with the rule ids behind it.
 */

const texts = {
  nl: {
    ...portalLabels.nl,
    title: 'Mijn contracten',
    intro:
      'Per contract de vroegst mogelijke einddatum: de dag waarop het eindigt als u vandaag opzegt, volgens de voorwaarden.',
    label: 'Contracten',
    contract: 'Contract',
    description: 'Omschrijving',
    status: 'Status',
    startsOn: 'Ingegaan',
    termEnd: 'Huidige termijn tot en met',
    noticeDeadline: 'Opzeggen uiterlijk',
    nextEnd: 'Vroegst mogelijke einddatum',
    endsOn: 'Eindigt op',
  },
  en: {
    ...portalLabels.en,
    title: 'My contracts',
    intro:
      'For each contract the earliest possible end date: the day it ends if you give notice today, under the terms.',
    label: 'Contracts',
    contract: 'Contract',
    description: 'Description',
    status: 'Status',
    startsOn: 'Started',
    termEnd: 'Current term until',
    noticeDeadline: 'Give notice by',
    nextEnd: 'Earliest possible end date',
    endsOn: 'Ends on',
  },
};

export function PortalContractsPage() {
  const t = useTexts(texts);
  const navigate = useNavigate();
  const load = useCallback(
    (request: PageRequest) =>
      api.get<Paged<PortalContract>>('/portal/contracts', {
        limit: request.limit,
        offset: request.offset,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
      }),
    [],
  );
  const columns: Column<PortalContract>[] = [
    {
      key: 'id',
      header: t.contract,
      sort: 'id',
      render: (c) => (
        <Link to={`/portal/contracts/${c.id}`} onClick={(e) => e.stopPropagation()}>
          {c.id}
        </Link>
      ),
    },
    { key: 'description', header: t.description, sort: 'description', render: (c) => c.description },
    {
      key: 'status',
      header: t.status,
      render: (c) => <span className={`badge ${toneOf(c.status)}`}>{t.contractStatus[c.status]}</span>,
    },
    { key: 'startsOn', header: t.startsOn, render: (c) => formatDate(c.startsOn) },
    { key: 'termEnd', header: t.termEnd, render: (c) => formatDate(c.currentTermEnd) },
    { key: 'noticeDeadline', header: t.noticeDeadline, render: (c) => formatDate(c.noticeDeadline) },
    {
      key: 'nextEnd',
      header: t.nextEnd,
      render: (c) => (
        <span>
          {c.effectiveEnd ? `${t.endsOn} ` : ''}
          <strong>{formatDate(c.nextPossibleEnd)}</strong> <RuleIds ids={c.nextPossibleEndBecause} />
        </span>
      ),
    },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <DataTable
        label={t.label}
        columns={columns}
        load={load}
        rowKey={(c) => c.id}
        searchable={false}
        onRowClick={(c) => navigate(`/portal/contracts/${c.id}`)}
      />
    </>
  );
}
