import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { Items } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { ResolveDisputeForm } from './billing/resolve-dispute-form.tsx';
import type { DisputeItem } from './billing/resolve-dispute-form.tsx';
import { SellerSelect } from './billing/seller-select.tsx';
import { DisputeStateBadge } from './billing/status-badges.tsx';

const texts = {
  nl: {
    title: 'Betwistingen',
    list: 'Betwiste facturen',
    hint: 'Zoek op factuurnummer of klantnaam.',
    state: 'Status',
    open: 'Open',
    credited: 'Gecrediteerd',
    upheld: 'Gehandhaafd',
    all: 'Alle',
    invoice: 'Factuur',
    customer: 'Klant',
    openedOn: 'Sinds',
    disputed: 'Betwist bedrag',
    total: 'Factuurtotaal',
    reason: 'Reden',
    action: 'Actie',
    resolve: 'Afhandelen',
    resolvedOn: 'Afgehandeld',
    creditNote: 'Creditnota',
    done: (id: string, state: string) => `Betwisting ${id} is afgehandeld: ${state}.`,
  },
  en: {
    title: 'Disputes',
    list: 'Disputed invoices',
    hint: 'Search by invoice number or customer name.',
    state: 'State',
    open: 'Open',
    credited: 'Credited',
    upheld: 'Upheld',
    all: 'All',
    invoice: 'Invoice',
    customer: 'Customer',
    openedOn: 'Since',
    disputed: 'Disputed amount',
    total: 'Invoice total',
    reason: 'Reason',
    action: 'Action',
    resolve: 'Resolve',
    resolvedOn: 'Resolved',
    creditNote: 'Credit note',
    done: (id: string, state: string) => `Dispute ${id} is resolved: ${state}.`,
  },
};

/** Invoices in dispute (bit:9.5), resolved by a credit note or by upholding the invoice. */
export function DisputesPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [state, setState] = useState('open');
  const [round, setRound] = useState(0);
  const [chosen, setChosen] = useState<DisputeItem>();
  const [done, setDone] = useState<{ id: string; state: string; creditNoteId: string | null }>();
  const columns: Column<DisputeItem>[] = [
    {
      key: 'invoice',
      header: t.invoice,
      render: (d) => <Link to={`/office/invoices/${d.invoiceId}`}>{d.invoiceNumber ?? d.invoiceId}</Link>,
    },
    {
      key: 'customer',
      header: t.customer,
      sort: 'customer',
      render: (d) => <Link to={`/office/customers/${d.customerId}`}>{d.customerName}</Link>,
    },
    { key: 'openedOn', header: t.openedOn, sort: 'openedOn', render: (d) => formatDate(d.openedOn) },
    {
      key: 'disputed',
      header: t.disputed,
      align: 'right',
      sort: 'amount',
      render: (d) => formatMoney(euros(d.amountCents)),
    },
    { key: 'total', header: t.total, align: 'right', render: (d) => formatMoney(euros(d.invoiceTotalCents)) },
    { key: 'reason', header: t.reason, render: (d) => d.reason },
    { key: 'state', header: t.state, render: (d) => <DisputeStateBadge state={d.state} /> },
    {
      key: 'action',
      header: t.action,
      render: (d) =>
        d.state === 'open' ? (
          <button
            type="button"
            className="secondary"
            aria-label={`${t.resolve} ${d.id}`}
            onClick={() => {
              setDone(undefined);
              setChosen(d);
            }}
          >
            {t.resolve}
          </button>
        ) : (
          <>
            {t.resolvedOn} {formatDate(d.resolvedOn)}
            {d.creditNoteId ? (
              <>
                {' '}
                · <Link to={`/office/invoices/${d.creditNoteId}`}>{t.creditNote}</Link>
              </>
            ) : null}
          </>
        ),
    },
  ];
  const stateWord = (s: string) => (s === 'credited' ? t.credited : s === 'upheld' ? t.upheld : t.open);
  return (
    <>
      <h1>{t.title}</h1>
      {done ? (
        <p className="notice" role="status">
          {t.done(done.id, stateWord(done.state))}{' '}
          {done.creditNoteId ? (
            <Link to={`/office/invoices/${done.creditNoteId}`}>{t.creditNote}</Link>
          ) : null}
        </p>
      ) : null}
      {chosen ? (
        <ResolveDisputeForm
          key={chosen.id}
          dispute={chosen}
          onCancel={() => setChosen(undefined)}
          onResolved={(resolved) => {
            setChosen(undefined);
            setDone(resolved);
            setRound((n) => n + 1);
          }}
        />
      ) : null}
      <section className="card" aria-labelledby="disputes">
        <h2 id="disputes">{t.list}</h2>
        <p className="muted">{t.hint}</p>
        <form className="row" onSubmit={(e) => e.preventDefault()}>
          <SellerSelect value={sellerId} onChange={setSellerId} allowAll />
          <label>
            {t.state}
            <select value={state} onChange={(e) => setState(e.target.value)}>
              <option value="open">{t.open}</option>
              <option value="credited">{t.credited}</option>
              <option value="upheld">{t.upheld}</option>
              <option value="">{t.all}</option>
            </select>
          </label>
        </form>
        <DataTable<DisputeItem>
          label={t.list}
          columns={columns}
          rowKey={(d) => d.id}
          deps={[sellerId, state, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<DisputeItem>>('/back-office/collections/disputes', {
              sellerId: sellerId || undefined,
              state: state || undefined,
              search: search || undefined,
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
