import { useCallback } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { toneOf } from '../customer/portal-labels.ts';
import type { Paged } from '../customer/portal-types.ts';
import { orderStateLabels } from './order-state-labels.ts';
import type { ProviderOrder } from './provider-types.ts';

/* The provider's own orders on the open network, newest first: state and the planned dates. */

const texts = {
  nl: {
    ...orderStateLabels.nl,
    title: 'Bestellingen',
    intro: 'Uw bestellingen voor eindgebruikers, met de status en de geplande data (vn:2.3.3).',
    newOrder: 'Nieuwe bestelling',
    label: 'Bestellingen',
    order: 'Bestelling',
    endUser: 'Eindgebruiker',
    product: 'Dienst',
    nap: 'Aansluitpunt',
    state: 'Status',
    submitted: 'Ingediend',
    requestedOn: 'Gewenst',
    plannedOn: 'Gepland',
    releasedOn: 'Vrijgegeven',
    activatedOn: 'Actief sinds',
  },
  en: {
    ...orderStateLabels.en,
    title: 'Orders',
    intro: 'Your orders for end users, with their state and planned dates (vn:2.3.3).',
    newOrder: 'New order',
    label: 'Orders',
    order: 'Order',
    endUser: 'End user',
    product: 'Service',
    nap: 'Termination point',
    state: 'State',
    submitted: 'Submitted',
    requestedOn: 'Requested',
    plannedOn: 'Planned',
    releasedOn: 'Released',
    activatedOn: 'Active since',
  },
};

export function ProviderOrdersPage() {
  const t = useTexts(texts);
  const load = useCallback(
    (request: PageRequest) =>
      api.get<Paged<ProviderOrder>>('/portal/provider/orders', {
        limit: request.limit,
        offset: request.offset,
        search: request.search,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
      }),
    [],
  );
  const columns: Column<ProviderOrder>[] = [
    { key: 'id', header: t.order, render: (o) => o.id },
    {
      key: 'customer',
      header: t.endUser,
      sort: 'customer',
      render: (o) => (
        <span>
          {o.customerName ?? o.customerId} <span className="muted">({o.customerId})</span>
        </span>
      ),
    },
    { key: 'product', header: t.product, render: (o) => o.productId ?? '—' },
    { key: 'nap', header: t.nap, render: (o) => o.napId ?? '—' },
    {
      key: 'state',
      header: t.state,
      render: (o) => <span className={`badge ${toneOf(o.state)}`}>{t.states[o.state] ?? o.state}</span>,
    },
    {
      key: 'submitted',
      header: t.submitted,
      sort: 'submittedAt',
      render: (o) => formatDateTime(o.submittedAt),
    },
    { key: 'requestedOn', header: t.requestedOn, render: (o) => formatDate(o.requestedOn) },
    { key: 'plannedOn', header: t.plannedOn, sort: 'plannedOn', render: (o) => formatDate(o.plannedOn) },
    { key: 'releasedOn', header: t.releasedOn, render: (o) => formatDate(o.releasedOn) },
    { key: 'activatedOn', header: t.activatedOn, render: (o) => formatDate(o.activatedOn) },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <p>
        <Link to="/provider/orders/new">{t.newOrder}</Link>
      </p>
      <DataTable label={t.label} columns={columns} load={load} rowKey={(o) => o.id} />
    </>
  );
}
