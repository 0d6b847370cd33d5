import { useCallback } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import { euros } from './portal-types.ts';
import type { InvoiceSummary, Statement } from './portal-types.ts';

/* The customer's issued invoices (each as PDF) and its account statement with a running balance. */

const texts = {
  nl: {
    title: 'Facturen',
    label: 'Facturen en creditnota’s',
    number: 'Nummer',
    kind: 'Soort',
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    issuedOn: 'Datum',
    dueOn: 'Vervaldatum',
    period: 'Periode',
    total: 'Totaal',
    pdf: 'PDF',
    download: 'Downloaden',
    statement: 'Rekeningoverzicht',
    asOf: 'Stand per',
    date: 'Datum',
    reference: 'Kenmerk',
    description: 'Omschrijving',
    debit: 'Debet',
    credit: 'Credit',
    balance: 'Saldo',
    owed: 'Openstaand saldo',
    disputed: 'Waarvan betwist',
    statementPdf: 'Rekeningoverzicht als PDF',
    none: 'Nog geen boekingen.',
    noStatement: 'U heeft nog geen contract en dus geen rekeningoverzicht.',
  },
  en: {
    title: 'Invoices',
    label: 'Invoices and credit notes',
    number: 'Number',
    kind: 'Kind',
    invoice: 'Invoice',
    creditNote: 'Credit note',
    issuedOn: 'Date',
    dueOn: 'Due',
    period: 'Period',
    total: 'Total',
    pdf: 'PDF',
    download: 'Download',
    statement: 'Account statement',
    asOf: 'As of',
    date: 'Date',
    reference: 'Reference',
    description: 'Description',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    owed: 'Balance outstanding',
    disputed: 'Of which disputed',
    statementPdf: 'Account statement as PDF',
    none: 'Nothing booked yet.',
    noStatement: 'You have no contract yet, so no account statement.',
  },
};

export function PortalInvoicesPage() {
  const t = useTexts(texts);
  const load = useCallback(async (request: PageRequest) => {
    const page = await api.get<{ invoices: InvoiceSummary[]; total: number }>('/portal/invoices', {
      limit: request.limit,
      offset: request.offset,
      search: request.search,
      sort: request.sort,
      order: request.sort ? request.order : undefined,
    });
    return { items: page.invoices, total: page.total };
  }, []);
  const statement = useApi(() => api.get<Statement>('/portal/statement'), []);

  const columns: Column<InvoiceSummary>[] = [
    { key: 'number', header: t.number, sort: 'number', render: (i) => i.number ?? i.id },
    { key: 'kind', header: t.kind, render: (i) => (i.kind === 'credit-note' ? t.creditNote : t.invoice) },
    { key: 'issuedOn', header: t.issuedOn, sort: 'issuedOn', render: (i) => formatDate(i.issuedOn) },
    { key: 'dueOn', header: t.dueOn, sort: 'dueOn', render: (i) => formatDate(i.dueOn) },
    {
      key: 'period',
      header: t.period,
      render: (i) => (i.periodFrom ? `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}` : '—'),
    },
    {
      key: 'total',
      header: t.total,
      align: 'right',
      sort: 'total',
      render: (i) => formatMoney(euros(i.totalCents)),
    },
    {
      key: 'pdf',
      header: t.pdf,
      render: (i) => (
        <a
          href={`/portal/invoices/${encodeURIComponent(i.id)}/pdf`}
          download
          aria-label={`${t.download} ${i.number ?? i.id} (PDF)`}
        >
          {t.download}
        </a>
      ),
    },
  ];

  const account = statement.data;
  return (
    <>
      <h1>{t.title}</h1>
      <DataTable label={t.label} columns={columns} load={load} rowKey={(i) => i.id} />
      <section className="card" aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t.statement}</h2>
        {statement.error instanceof ApiError && statement.error.status === 404 ? (
          <p className="muted">{t.noStatement}</p>
        ) : (
          <ProblemBanner error={statement.error} />
        )}
        {account ? (
          <>
            <dl className="facts">
              <dt>{t.asOf}</dt>
              <dd>{formatDate(account.asOf)}</dd>
              <dt>{t.owed}</dt>
              <dd className={account.balanceCents > 0 ? 'warn' : undefined}>
                <strong>{formatMoney(euros(account.balanceCents))}</strong>
              </dd>
              {account.disputedCents > 0 ? (
                <>
                  <dt>{t.disputed}</dt>
                  <dd>{formatMoney(euros(account.disputedCents))}</dd>
                </>
              ) : null}
            </dl>
            <p>
              <a href="/portal/statement?format=pdf" download>
                {t.statementPdf}
              </a>
            </p>
            {account.rows.length === 0 ? (
              <p className="muted">{t.none}</p>
            ) : (
              <table aria-label={t.statement}>
                <thead>
                  <tr>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.reference}</th>
                    <th scope="col">{t.description}</th>
                    <th scope="col" className="num">
                      {t.debit}
                    </th>
                    <th scope="col" className="num">
                      {t.credit}
                    </th>
                    <th scope="col" className="num">
                      {t.balance}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {account.rows.map((row, index) => (
                    <tr key={`${row.reference}-${index}`}>
                      <td>{formatDate(row.date)}</td>
                      <td>{row.reference}</td>
                      <td>{row.description}</td>
                      <td className="num">{row.debitCents ? formatMoney(euros(row.debitCents)) : ''}</td>
                      <td className="num">{row.creditCents ? formatMoney(euros(row.creditCents)) : ''}</td>
                      <td className="num">{formatMoney(euros(row.balanceCents))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : null}
      </section>
    </>
  );
}
