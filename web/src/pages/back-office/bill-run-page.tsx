import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../i18n/format.ts';
import { useTexts } from '../../i18n/language.tsx';
import type { BillRun, InvoicePage, InvoiceSummary } from './billing/billing-types.ts';
import { euros } from './billing/billing-types.ts';
import { RunProgress } from './billing/run-progress.tsx';
import { InvoiceStateBadge } from './billing/status-badges.tsx';

const texts = {
  nl: {
    title: 'Factuurrun',
    back: 'Alle factuurruns',
    facts: 'Gegevens van de run',
    seller: 'Verkoper',
    period: 'Periode',
    invoiceDate: 'Factuurdatum',
    customers: 'Klanten met iets te factureren',
    drafts: 'Concepten',
    issued: 'Uitgereikt',
    total: 'Totaal incl. btw',
    started: 'Gestart',
    draft: 'Concepten maken',
    issue: 'Facturen uitreiken…',
    confirmIssue: 'Definitief uitreiken',
    cancel: 'Annuleren',
    issueWarning:
      'Uitreiken geeft elke factuur een nummer, een datum en een vervaldatum. Dat is definitief (nl:vat): daarna kan alleen een creditnota corrigeren.',
    review: 'Facturen van deze run',
    customer: 'Klant',
    number: 'Nummer',
    state: 'Status',
    net: 'Netto',
    vat: 'Btw',
    gross: 'Totaal',
    nothing: 'Deze run heeft niets te factureren.',
    loading: 'Laden…',
  },
  en: {
    title: 'Bill run',
    back: 'All bill runs',
    facts: 'The run',
    seller: 'Seller',
    period: 'Period',
    invoiceDate: 'Invoice date',
    customers: 'Customers with something to bill',
    drafts: 'Drafts',
    issued: 'Issued',
    total: 'Total incl. VAT',
    started: 'Started',
    draft: 'Draft invoices',
    issue: 'Issue invoices…',
    confirmIssue: 'Issue for good',
    cancel: 'Cancel',
    issueWarning:
      'Issuing gives every invoice a number, a date and a due date. It is final (nl:vat): only a credit note corrects it afterwards.',
    review: 'Invoices of this run',
    customer: 'Customer',
    number: 'Number',
    state: 'State',
    net: 'Net',
    vat: 'VAT',
    gross: 'Total',
    nothing: 'This run has nothing to bill.',
    loading: 'Loading…',
  },
};

const POLL_MS = 1500;

/** One bill run: its progress while it drafts or issues (polled), the drafts to review, issuing. */
export function BillRunPage() {
  const t = useTexts(texts);
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [run, setRun] = useState<BillRun>();
  const [working, setWorking] = useState<'draft' | 'issue' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const autoDrafted = useRef(false);

  const refresh = useCallback(
    () =>
      api
        .get<BillRun>(`/bill-runs/${encodeURIComponent(id)}`)
        .then(setRun, (failure: unknown) => setError(failure)),
    [id],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Poll while work goes on: ours, or another worker's (a run part-drafted, or issuing).
  const busy =
    working !== null ||
    run?.state === 'issuing' ||
    (run?.state === 'drafting' && run.progress.drafted > 0 && run.progress.drafted < run.progress.chunks);
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, refresh]);

  const work = useCallback(
    async (step: 'draft' | 'issue') => {
      setWorking(step);
      setError(undefined);
      setConfirming(false);
      try {
        setRun(await api.post<BillRun>(`/bill-runs/${encodeURIComponent(id)}/${step}`));
      } catch (failure) {
        setError(failure);
        void refresh();
      } finally {
        setWorking(null);
      }
    },
    [id, refresh],
  );

  // Arriving from "start": draft at once, as the clerk asked.
  useEffect(() => {
    const asked = (location.state as { draft?: boolean } | null)?.draft === true;
    if (asked && run?.state === 'drafting' && !autoDrafted.current) {
      autoDrafted.current = true;
      void work('draft');
    }
  }, [location.state, run?.state, work]);

  const columns: Column<InvoiceSummary>[] = [
    { key: 'customer', header: t.customer, sort: 'customer', render: (i) => i.customer.legalName },
    {
      key: 'number',
      header: t.number,
      sort: 'number',
      render: (i) => <Link to={`/office/invoices/${i.id}`}>{i.number ?? i.id}</Link>,
    },
    { key: 'state', header: t.state, render: (i) => <InvoiceStateBadge invoice={i} /> },
    {
      key: 'period',
      header: t.period,
      render: (i) => `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}`,
    },
    { key: 'net', header: t.net, align: 'right', render: (i) => formatMoney(euros(i.netCents)) },
    { key: 'vat', header: t.vat, align: 'right', render: (i) => formatMoney(euros(i.vatCents)) },
    {
      key: 'gross',
      header: t.gross,
      align: 'right',
      sort: 'total',
      render: (i) => formatMoney(euros(i.totalCents)),
    },
  ];

  if (!run)
    return (
      <>
        <h1>{t.title}</h1>
        {error ? <ProblemBanner error={error} /> : <p className="muted">{t.loading}</p>}
      </>
    );

  return (
    <>
      <p>
        <Link to="/office/bill-runs">← {t.back}</Link>
      </p>
      <h1>
        {t.title} {run.sellerId} {run.period}
      </h1>
      <div className="grid billing-wide">
        <section className="card" aria-label={t.facts}>
          <dl className="facts">
            <dt>{t.seller}</dt>
            <dd>{run.sellerId}</dd>
            <dt>{t.period}</dt>
            <dd>
              {formatDate(run.periodFrom)} – {formatDate(run.periodTo)}
            </dd>
            <dt>{t.invoiceDate}</dt>
            <dd>{formatDate(run.invoiceDate)}</dd>
            <dt>{t.customers}</dt>
            <dd>{formatNumber(run.customers)}</dd>
            <dt>{t.drafts}</dt>
            <dd>{formatNumber(run.invoices.drafts)}</dd>
            <dt>{t.issued}</dt>
            <dd>{formatNumber(run.invoices.issued)}</dd>
            <dt>{t.total}</dt>
            <dd className="num">{formatMoney(euros(run.invoices.totalCents))}</dd>
            <dt>{t.started}</dt>
            <dd>
              {formatDateTime(run.createdAt)} ({run.createdBy})
            </dd>
          </dl>
        </section>
        <section className="card">
          <RunProgress run={run} working={working} />
          <div className="row bill-run-actions">
            {run.state === 'drafting' ? (
              <button type="button" disabled={working !== null} onClick={() => void work('draft')}>
                {t.draft}
              </button>
            ) : null}
            {run.state === 'drafted' && run.invoices.drafts > 0 && !confirming ? (
              <button type="button" disabled={working !== null} onClick={() => setConfirming(true)}>
                {t.issue}
              </button>
            ) : null}
            {run.state === 'issuing' ? (
              <button type="button" disabled={working !== null} onClick={() => void work('issue')}>
                {t.issue}
              </button>
            ) : null}
          </div>
          {confirming ? (
            <div className="notice" role="alertdialog" aria-label={t.confirmIssue}>
              <p>{t.issueWarning}</p>
              <div className="row bill-run-actions">
                <button type="button" onClick={() => void work('issue')}>
                  {t.confirmIssue}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : null}
          {run.state !== 'drafting' && run.customers === 0 ? <p className="muted">{t.nothing}</p> : null}
          <ProblemBanner error={error} />
        </section>
      </div>
      <section className="card" aria-labelledby="run-invoices">
        <h2 id="run-invoices">{t.review}</h2>
        <DataTable<InvoiceSummary>
          label={t.review}
          columns={columns}
          rowKey={(i) => i.id}
          deps={[run.state, run.invoices.drafts, run.invoices.issued]}
          onRowClick={(i) => navigate(`/office/invoices/${i.id}`)}
          load={async ({ limit, offset, search, sort, order }) => {
            const page = await api.get<InvoicePage>('/invoices', {
              billRunId: run.id,
              search: search || undefined,
              sort,
              order: sort ? order : undefined,
              limit,
              offset,
            });
            return { items: page.invoices, total: page.total };
          }}
        />
      </section>
    </>
  );
}
