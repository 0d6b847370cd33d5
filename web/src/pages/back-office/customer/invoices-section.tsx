import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { Column, Page, PageRequest } from '../../../components/data-table.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import { centsText } from './customer-types.ts';
import { StatementSection } from './statement-section.tsx';

interface InvoiceSummary {
  readonly id: string;
  readonly kind: string;
  readonly state: 'draft' | 'issued';
  readonly sellerId: string;
  readonly number: string | null;
  readonly issuedOn: string | null;
  readonly dueOn: string | null;
  readonly totalCents: number;
}

const texts = {
  nl: {
    invoices: 'Facturen',
    number: 'Nummer',
    kind: 'Soort',
    state: 'Status',
    seller: 'Verkoper',
    issued: 'Factuurdatum',
    due: 'Vervaldatum',
    total: 'Totaal',
    files: 'Bestanden',
    draft: 'concept',
    issuedState: 'verzonden',
    creditNote: 'creditnota',
    invoice: 'factuur',
  },
  en: {
    invoices: 'Invoices',
    number: 'Number',
    kind: 'Kind',
    state: 'State',
    seller: 'Seller',
    issued: 'Invoice date',
    due: 'Due',
    total: 'Total',
    files: 'Files',
    draft: 'draft',
    issuedState: 'issued',
    creditNote: 'credit note',
    invoice: 'invoice',
  },
};

/** The customer's invoices (paged and searched by number on the server) and its account statement. */
export function InvoicesSection({
  customerId,
  sellers,
}: {
  readonly customerId: string;
  readonly sellers: readonly { readonly id: string; readonly legalName: string }[];
}) {
  const t = useTexts(texts);
  const load = ({ limit, offset, search, sort, order }: PageRequest): Promise<Page<InvoiceSummary>> =>
    api
      .get<{ invoices: InvoiceSummary[]; total: number }>('/invoices', {
        customerId,
        limit,
        offset,
        search,
        sort,
        order: sort ? order : undefined,
      })
      .then((page) => ({ items: page.invoices, total: page.total }));
  const columns: Column<InvoiceSummary>[] = [
    {
      key: 'number',
      header: t.number,
      sort: 'number',
      render: (i) => <Link to={`/office/invoices/${encodeURIComponent(i.id)}`}>{i.number ?? i.id}</Link>,
    },
    { key: 'kind', header: t.kind, render: (i) => (i.kind === 'credit-note' ? t.creditNote : t.invoice) },
    {
      key: 'state',
      header: t.state,
      render: (i) => <span className="badge">{i.state === 'draft' ? t.draft : t.issuedState}</span>,
    },
    { key: 'seller', header: t.seller, render: (i) => i.sellerId },
    { key: 'issued', header: t.issued, sort: 'issuedOn', render: (i) => formatDate(i.issuedOn) },
    { key: 'due', header: t.due, sort: 'dueOn', render: (i) => formatDate(i.dueOn) },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      sort: 'total',
      render: (i) => formatMoney(centsText(i.totalCents)),
    },
    {
      key: 'files',
      header: t.files,
      render: (i) => (
        <>
          <a href={`/invoices/${encodeURIComponent(i.id)}/pdf`} target="_blank" rel="noreferrer">
            PDF
          </a>{' '}
          {i.state === 'issued' ? (
            <a href={`/invoices/${encodeURIComponent(i.id)}/ubl`} download>
              UBL
            </a>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <h2>{t.invoices}</h2>
      <DataTable label={t.invoices} columns={columns} load={load} rowKey={(i) => i.id} deps={[customerId]} />
      <StatementSection customerId={customerId} sellers={sellers} />
    </>
  );
}
