import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { BillRun, Items } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { SellerSelect } from './billing/seller-select.tsx';
import { StartBillRunForm } from './billing/start-bill-run-form.tsx';
import { RunStateBadge } from './billing/status-badges.tsx';

const texts = {
  nl: {
    title: 'Factuurruns',
    list: 'Factuurruns',
    period: 'Kwartaal',
    seller: 'Verkoper',
    invoiceDate: 'Factuurdatum',
    state: 'Status',
    customers: 'Klanten',
    invoices: 'Facturen',
    total: 'Totaal incl. btw',
    started: 'Gestart',
    filter: 'Filter',
  },
  en: {
    title: 'Bill runs',
    list: 'Bill runs',
    period: 'Quarter',
    seller: 'Seller',
    invoiceDate: 'Invoice date',
    state: 'State',
    customers: 'Customers',
    invoices: 'Invoices',
    total: 'Total incl. VAT',
    started: 'Started',
    filter: 'Filter',
  },
};

/** Bill runs: the seller's quarters billed in advance, started here and worked on their own page. */
export function BillRunsPage() {
  const t = useTexts(texts);
  const navigate = useNavigate();
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const columns: Column<BillRun>[] = [
    {
      key: 'period',
      header: t.period,
      sort: 'period',
      render: (r) => <Link to={`/office/bill-runs/${r.id}`}>{r.period}</Link>,
    },
    { key: 'seller', header: t.seller, render: (r) => r.sellerId },
    { key: 'invoiceDate', header: t.invoiceDate, render: (r) => formatDate(r.invoiceDate) },
    { key: 'state', header: t.state, render: (r) => <RunStateBadge state={r.state} /> },
    { key: 'customers', header: t.customers, align: 'right', render: (r) => formatNumber(r.customers) },
    {
      key: 'invoices',
      header: t.invoices,
      align: 'right',
      render: (r) => formatNumber(r.invoices.drafts + r.invoices.issued),
    },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      render: (r) => formatMoney(euros(r.invoices.totalCents)),
    },
    { key: 'created', header: t.started, sort: 'startedAt', render: (r) => formatDateTime(r.createdAt) },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <StartBillRunForm
        onStarted={(run) => navigate(`/office/bill-runs/${run.id}`, { state: { draft: true } })}
      />
      <section className="card" aria-label={t.list}>
        <h2>{t.list}</h2>
        <form className="row" aria-label={t.filter} onSubmit={(e) => e.preventDefault()}>
          <SellerSelect value={sellerId} onChange={setSellerId} allowAll />
        </form>
        <DataTable<BillRun>
          label={t.list}
          columns={columns}
          searchable={false}
          rowKey={(r) => r.id}
          deps={[sellerId]}
          onRowClick={(r) => navigate(`/office/bill-runs/${r.id}`)}
          load={({ limit, offset, sort, order }) =>
            api.get<Items<BillRun>>('/back-office/billing/bill-runs', {
              sellerId: sellerId || undefined,
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
