import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { OrderActions } from './sales/order-actions.tsx';
import type { Items, OrderItem, OrderStatus } from './sales/sales-types.ts';
import { euros } from './sales/sales-types.ts';
import { SellerPicker } from './sales/seller-picker.tsx';

const texts = {
  nl: {
    title: 'Orders',
    list: 'Orders',
    number: 'Nummer',
    customer: 'Klant',
    description: 'Omschrijving',
    total: 'Order incl. btw',
    received: 'Ontvangen',
    status: 'Status',
    contract: 'Contract',
    all: 'Alle',
    open: 'Openen',
    statuses: { open: 'Open', refused: 'Geweigerd', contract: 'Contract' },
  },
  en: {
    title: 'Orders',
    list: 'Orders',
    number: 'Number',
    customer: 'Customer',
    description: 'Description',
    total: 'Order incl. VAT',
    received: 'Received',
    status: 'Status',
    contract: 'Contract',
    all: 'All',
    open: 'Open',
    statuses: { open: 'Open', refused: 'Refused', contract: 'Contract' },
  },
};

const statusClass: Record<OrderStatus, string> = {
  open: 'badge',
  refused: 'badge bad',
  contract: 'badge good',
};

/** Orders: each opened beside the list to record what happened; the event that forms it makes the contract. */
export function OrdersPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [status, setStatus] = useState('');
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<OrderItem>();

  const columns: Column<OrderItem>[] = [
    {
      key: 'id',
      header: t.number,
      render: (o) => (
        <button type="button" className="link" onClick={() => setChosen(o)} aria-label={`${t.open} ${o.id}`}>
          {o.id}
        </button>
      ),
    },
    { key: 'customer', header: t.customer, sort: 'customer', render: (o) => o.customerName },
    { key: 'description', header: t.description, render: (o) => o.terms.description },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      render: (o) => formatMoney(euros(o.terms.orderTotalInclVatCents)),
    },
    { key: 'received', header: t.received, sort: 'receivedOn', render: (o) => formatDate(o.receivedOn) },
    {
      key: 'status',
      header: t.status,
      render: (o) => <span className={statusClass[o.status]}>{t.statuses[o.status]}</span>,
    },
    {
      key: 'contract',
      header: t.contract,
      render: (o) =>
        o.contractId ? <Link to={`/office/contracts/${o.contractId}`}>{o.contractId}</Link> : '—',
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <section className="card" aria-labelledby="orders-list">
        <h2 id="orders-list">{t.list}</h2>
        <form className="row" onSubmit={(e) => e.preventDefault()} aria-label={t.list}>
          <SellerPicker value={sellerId} onChange={setSellerId} allowAll limitedTo={user?.sellerId} />
          <label>
            {t.status}
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t.all}</option>
              {(Object.keys(t.statuses) as OrderStatus[]).map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
          </label>
        </form>
        <DataTable<OrderItem>
          label={t.list}
          columns={columns}
          rowKey={(o) => o.id}
          deps={[sellerId, status, round]}
          load={async ({ limit, offset, search, sort, order }) => {
            const page = await api.get<Items<OrderItem>>('/back-office/sales/orders', {
              sellerId: sellerId || undefined,
              status: status || undefined,
              search,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            });
            // Keep the opened order's facts fresh after a step was recorded.
            setChosen((current) =>
              current ? (page.items.find((o) => o.id === current.id) ?? current) : current,
            );
            return page;
          }}
        />
      </section>
      {chosen ? (
        <OrderActions key={chosen.id} order={chosen} onChanged={() => setRound((n) => n + 1)} />
      ) : null}
    </>
  );
}
