import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { NetworkOrderPanel } from './sales/network-order-panel.tsx';
import { NetworkOrderStateBadge, networkOrderStateTexts } from './sales/network-order-state.tsx';
import type { Items, NetworkOrderItem, NetworkOrderState } from './sales/sales-types.ts';

const texts = {
  nl: {
    title: 'Bestellingen van derden',
    list: 'Bestellingen',
    number: 'Nummer',
    provider: 'Aanbieder',
    customer: 'Eindgebruiker',
    kind: 'Soort',
    state: 'Status',
    requested: 'Gewenst',
    planned: 'Gepland',
    submitted: 'Ingediend',
    all: 'Alle',
    open: 'Openen',
  },
  en: {
    title: 'Third-party orders',
    list: 'Orders',
    number: 'Number',
    provider: 'Provider',
    customer: 'End user',
    kind: 'Kind',
    state: 'State',
    requested: 'Requested',
    planned: 'Planned',
    submitted: 'Submitted',
    all: 'All',
    open: 'Open',
  },
};

/** Third-party orders on the open network: accept, plan a date, program, release, activate (vn:2.3.3). */
export function NetworkOrdersPage() {
  const t = useTexts(texts);
  const states = useTexts(networkOrderStateTexts);
  const [state, setState] = useState('');
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<string>();

  const columns: Column<NetworkOrderItem>[] = [
    {
      key: 'id',
      header: t.number,
      render: (o) => (
        <button
          type="button"
          className="link"
          onClick={() => setChosen(o.id)}
          aria-label={`${t.open} ${o.id}`}
        >
          {o.id}
        </button>
      ),
    },
    { key: 'provider', header: t.provider, render: (o) => o.providerName ?? '—' },
    { key: 'customer', header: t.customer, sort: 'customer', render: (o) => o.customerName },
    { key: 'kind', header: t.kind, render: (o) => o.kind },
    { key: 'state', header: t.state, render: (o) => <NetworkOrderStateBadge state={o.state} /> },
    { key: 'requested', header: t.requested, render: (o) => formatDate(o.requestedOn) },
    { key: 'planned', header: t.planned, sort: 'plannedOn', render: (o) => formatDate(o.plannedOn) },
    {
      key: 'submitted',
      header: t.submitted,
      sort: 'submittedAt',
      render: (o) => formatDateTime(o.submittedAt),
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <section className="card" aria-labelledby="network-orders-list">
        <h2 id="network-orders-list">{t.list}</h2>
        <form className="row" onSubmit={(e) => e.preventDefault()} aria-label={t.list}>
          <label>
            {t.state}
            <select value={state} onChange={(e) => setState(e.target.value)}>
              <option value="">{t.all}</option>
              {(Object.keys(states) as NetworkOrderState[]).map((s) => (
                <option key={s} value={s}>
                  {states[s]}
                </option>
              ))}
            </select>
          </label>
        </form>
        <DataTable<NetworkOrderItem>
          label={t.list}
          columns={columns}
          rowKey={(o) => o.id}
          deps={[state, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<NetworkOrderItem>>('/back-office/sales/network-orders', {
              state: state || undefined,
              search,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            })
          }
        />
      </section>
      {chosen ? (
        <NetworkOrderPanel
          key={chosen}
          orderId={chosen}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setChosen(undefined)}
        />
      ) : null}
    </>
  );
}
