import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { InvoicePage, InvoiceSummary } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { CustomerPicker } from './billing/customer-picker.tsx';
import { SellerSelect } from './billing/seller-select.tsx';
import { InvoiceStateBadge, KindLabel } from './billing/status-badges.tsx';

const texts = {
  nl: {
    title: 'Facturen',
    filters: 'Filters',
    list: 'Facturen en creditnota’s',
    state: 'Status',
    allStates: 'Alle',
    draft: 'Concept',
    issued: 'Uitgereikt',
    kind: 'Soort',
    allKinds: 'Facturen en creditnota’s',
    invoice: 'Facturen',
    creditNote: 'Creditnota’s',
    number: 'Nummer',
    customer: 'Klant',
    seller: 'Verkoper',
    issuedOn: 'Factuurdatum',
    dueOn: 'Vervaldatum',
    total: 'Totaal incl. btw',
    hint: 'Zoeken gaat op (een deel van) het factuurnummer.',
  },
  en: {
    title: 'Invoices',
    filters: 'Filters',
    list: 'Invoices and credit notes',
    state: 'State',
    allStates: 'All',
    draft: 'Draft',
    issued: 'Issued',
    kind: 'Kind',
    allKinds: 'Invoices and credit notes',
    invoice: 'Invoices',
    creditNote: 'Credit notes',
    number: 'Number',
    customer: 'Customer',
    seller: 'Seller',
    issuedOn: 'Invoice date',
    dueOn: 'Due date',
    total: 'Total incl. VAT',
    hint: 'Search looks in (a part of) the invoice number.',
  },
};

/** Invoices and credit notes, newest first, filtered by seller, customer, state and kind and sorted on the server. */
export function InvoicesPage() {
  const t = useTexts(texts);
  const navigate = useNavigate();
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [customerId, setCustomerId] = useState('');
  const [state, setState] = useState('');
  const [kind, setKind] = useState('');
  const columns: Column<InvoiceSummary>[] = [
    {
      key: 'number',
      header: t.number,
      sort: 'number',
      render: (i) => <Link to={`/office/invoices/${i.id}`}>{i.number ?? i.id}</Link>,
    },
    { key: 'kind', header: t.kind, render: (i) => <KindLabel kind={i.kind} /> },
    { key: 'customer', header: t.customer, sort: 'customer', render: (i) => i.customer.legalName },
    { key: 'seller', header: t.seller, render: (i) => i.seller.legalName },
    { key: 'issuedOn', header: t.issuedOn, sort: 'issuedOn', render: (i) => formatDate(i.issuedOn) },
    { key: 'dueOn', header: t.dueOn, sort: 'dueOn', render: (i) => formatDate(i.dueOn) },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      sort: 'total',
      render: (i) => formatMoney(euros(i.totalCents)),
    },
    { key: 'state', header: t.state, render: (i) => <InvoiceStateBadge invoice={i} /> },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <form className="row card" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <SellerSelect value={sellerId} onChange={setSellerId} allowAll />
        <CustomerPicker value={customerId} onChange={setCustomerId} allowAll />
        <label>
          {t.state}
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t.allStates}</option>
            <option value="draft">{t.draft}</option>
            <option value="issued">{t.issued}</option>
          </select>
        </label>
        <label>
          {t.kind}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t.allKinds}</option>
            <option value="invoice">{t.invoice}</option>
            <option value="credit-note">{t.creditNote}</option>
          </select>
        </label>
      </form>
      <p className="muted">{t.hint}</p>
      <DataTable<InvoiceSummary>
        label={t.list}
        columns={columns}
        rowKey={(i) => i.id}
        deps={[sellerId, customerId, state, kind]}
        onRowClick={(i) => navigate(`/office/invoices/${i.id}`)}
        load={async ({ limit, offset, search, sort, order }) => {
          const page = await api.get<InvoicePage>('/invoices', {
            sort,
            order: sort ? order : undefined,
            sellerId: sellerId || undefined,
            customerId: customerId || undefined,
            state: state || undefined,
            kind: kind || undefined,
            search: search || undefined,
            limit,
            offset,
          });
          return { items: page.invoices, total: page.total };
        }}
      />
    </>
  );
}
