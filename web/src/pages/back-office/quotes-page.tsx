import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { NewQuoteForm } from './sales/new-quote-form.tsx';
import type { Items, QuoteItem, QuoteStatus } from './sales/sales-types.ts';
import { euros } from './sales/sales-types.ts';
import { SellerPicker } from './sales/seller-picker.tsx';

const texts = {
  nl: {
    title: 'Offertes',
    list: 'Offertes',
    number: 'Nummer',
    customer: 'Klant',
    description: 'Omschrijving',
    recurring: 'Periodiek',
    total: 'Order incl. btw',
    issued: 'Uitgebracht',
    validUntil: 'Geldig tot',
    status: 'Status',
    action: 'Actie',
    filterStatus: 'Status',
    all: 'Alle',
    binding: 'bindend',
    accept: 'Aanvaard: order maken',
    accepted: (quote: string, order: string) => `Offerte ${quote} aanvaard: order ${order} ontvangen.`,
    toOrders: 'Naar de orders',
    statuses: { open: 'Open', ordered: 'Besteld', expired: 'Verlopen', withdrawn: 'Ingetrokken' },
  },
  en: {
    title: 'Quotes',
    list: 'Quotes',
    number: 'Number',
    customer: 'Customer',
    description: 'Description',
    recurring: 'Recurring',
    total: 'Order incl. VAT',
    issued: 'Issued',
    validUntil: 'Valid until',
    status: 'Status',
    action: 'Action',
    filterStatus: 'Status',
    all: 'All',
    binding: 'binding',
    accept: 'Accepted: make order',
    accepted: (quote: string, order: string) => `Quote ${quote} accepted: order ${order} received.`,
    toOrders: 'To the orders',
    statuses: { open: 'Open', ordered: 'Ordered', expired: 'Expired', withdrawn: 'Withdrawn' },
  },
};

const statusClass: Record<QuoteStatus, string> = {
  open: 'badge',
  ordered: 'badge good',
  expired: 'badge warn',
  withdrawn: 'badge muted',
};

/** Quotes: made here for a customer from the seller's products; an accepted one becomes an order. */
export function QuotesPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [status, setStatus] = useState('');
  const [round, setRound] = useState(0);
  const [error, setError] = useState<unknown>();
  const [accepted, setAccepted] = useState<string>();

  const accept = async (quote: QuoteItem) => {
    setError(undefined);
    setAccepted(undefined);
    try {
      const order = await api.post<{ id: string }>('/orders', { quoteId: quote.id });
      setAccepted(t.accepted(quote.id, order.id));
      setRound((n) => n + 1);
    } catch (caught) {
      setError(caught);
    }
  };

  const columns: Column<QuoteItem>[] = [
    { key: 'id', header: t.number, render: (q) => q.id },
    {
      key: 'customer',
      header: t.customer,
      sort: 'customer',
      render: (q) => <Link to={`/office/customers/${q.customerId}`}>{q.customerName}</Link>,
    },
    { key: 'description', header: t.description, render: (q) => q.terms.description },
    {
      key: 'recurring',
      header: t.recurring,
      align: 'right',
      render: (q) => formatMoney(euros(q.terms.recurringCents)),
    },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      render: (q) => formatMoney(euros(q.terms.orderTotalInclVatCents)),
    },
    { key: 'issued', header: t.issued, sort: 'issuedOn', render: (q) => formatDate(q.issuedOn) },
    { key: 'valid', header: t.validUntil, sort: 'validUntil', render: (q) => formatDate(q.validUntil) },
    {
      key: 'status',
      header: t.status,
      render: (q) => (
        <>
          <span className={statusClass[q.status]}>{t.statuses[q.status]}</span>
          {q.binding ? <span className="muted"> ({t.binding})</span> : null}
          {q.orderId ? <span className="muted"> → {q.orderId}</span> : null}
        </>
      ),
    },
    {
      key: 'action',
      header: t.action,
      render: (q) =>
        q.status === 'open' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void accept(q)}
            aria-label={`${t.accept} ${q.id}`}
          >
            {t.accept}
          </button>
        ) : null,
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      <NewQuoteForm onMade={() => setRound((n) => n + 1)} />
      <section className="card" aria-labelledby="quotes-list">
        <h2 id="quotes-list">{t.list}</h2>
        <form className="row" onSubmit={(e) => e.preventDefault()} aria-label={t.list}>
          <SellerPicker value={sellerId} onChange={setSellerId} allowAll limitedTo={user?.sellerId} />
          <label>
            {t.filterStatus}
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">{t.all}</option>
              {(Object.keys(t.statuses) as QuoteStatus[]).map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
          </label>
        </form>
        <ProblemBanner error={error} />
        {accepted ? (
          <p className="notice" role="status">
            {accepted} <Link to="/office/orders">{t.toOrders}</Link>
          </p>
        ) : null}
        <DataTable<QuoteItem>
          label={t.list}
          columns={columns}
          rowKey={(q) => q.id}
          deps={[sellerId, status, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<QuoteItem>>('/back-office/sales/quotes', {
              sellerId: sellerId || undefined,
              status: status || undefined,
              search,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            })
          }
        />
      </section>
    </>
  );
}
