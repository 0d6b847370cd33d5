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
import { DunningStepLabel } from './billing/dunning-step-label.tsx';
import { RunDunningForm } from './billing/run-dunning-form.tsx';
import { SellerSelect } from './billing/seller-select.tsx';

const texts = {
  nl: {
    title: 'Aanmaningen',
    queue: 'Aanmaningswachtrij',
    hint: 'Open dossiers en klanten met een vervallen factuur, oudste eerst. Zoek op naam of klantnummer.',
    asOf: 'Peildatum (leeg: vandaag)',
    customer: 'Klant',
    seller: 'Verkoper',
    overdue: 'Vervallen',
    since: 'Vervallen sinds',
    last: 'Laatste stap',
    payBy: 'Betalen vóór',
    next: 'Volgende stap',
    due: 'Aan de beurt op',
    now: 'Nu aan de beurt',
    later: 'Later',
    suspended: 'opgeschort',
  },
  en: {
    title: 'Dunning',
    queue: 'Dunning queue',
    hint: 'Open cases and customers with an overdue invoice, oldest first. Search by name or customer id.',
    asOf: 'As of (empty: today)',
    customer: 'Customer',
    seller: 'Seller',
    overdue: 'Overdue',
    since: 'Overdue since',
    last: 'Last step',
    payBy: 'Pay by',
    next: 'Next step',
    due: 'Due on',
    now: 'Due now',
    later: 'Later',
    suspended: 'suspended',
  },
};

interface QueueItem {
  readonly sellerId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly caseId: string | null;
  readonly openedOn: string | null;
  readonly suspendedOn: string | null;
  readonly lastStep: string | null;
  readonly lastSentOn: string | null;
  readonly lastPayBy: string | null;
  readonly overdueCents: number;
  readonly oldestDueOn: string | null;
  readonly nextStep: string | null;
  readonly nextDueOn: string | null;
  readonly dueNow: boolean;
  readonly because: readonly string[];
}

/** The dunning queue: each case's last and next step and when, and the run that takes them. */
export function DunningPage() {
  const t = useTexts(texts);
  const { user } = useSession();
  const [sellerId, setSellerId] = useState(user?.sellerId ?? '');
  const [asOf, setAsOf] = useState('');
  const [round, setRound] = useState(0);
  const columns: Column<QueueItem>[] = [
    {
      key: 'customer',
      header: t.customer,
      sort: 'customer',
      render: (q) => (
        <>
          <Link to={`/office/customers/${q.customerId}`}>{q.customerName}</Link>
          {q.suspendedOn ? <span className="badge bad"> {t.suspended}</span> : null}
        </>
      ),
    },
    { key: 'seller', header: t.seller, render: (q) => q.sellerId },
    {
      key: 'overdue',
      header: t.overdue,
      align: 'right',
      sort: 'amount',
      render: (q) => formatMoney(euros(q.overdueCents)),
    },
    { key: 'since', header: t.since, sort: 'dueOn', render: (q) => formatDate(q.oldestDueOn) },
    {
      key: 'last',
      header: t.last,
      render: (q) =>
        q.lastStep ? (
          <>
            <DunningStepLabel step={q.lastStep} /> ({formatDate(q.lastSentOn)})
          </>
        ) : (
          '—'
        ),
    },
    { key: 'payBy', header: t.payBy, render: (q) => formatDate(q.lastPayBy) },
    {
      key: 'next',
      header: t.next,
      render: (q) => (
        <>
          <DunningStepLabel step={q.nextStep} />
          {q.because.length ? <div className="rule">{q.because.join(' · ')}</div> : null}
        </>
      ),
    },
    {
      key: 'due',
      header: t.due,
      render: (q) =>
        q.nextStep ? (
          <>
            {formatDate(q.nextDueOn)}{' '}
            <span className={`badge ${q.dueNow ? 'warn' : 'muted'}`}>{q.dueNow ? t.now : t.later}</span>
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <h1>{t.title}</h1>
      <RunDunningForm onRan={() => setRound((n) => n + 1)} />
      <section className="card" aria-labelledby="dunning-queue">
        <h2 id="dunning-queue">{t.queue}</h2>
        <p className="muted">{t.hint}</p>
        <form className="row" onSubmit={(e) => e.preventDefault()}>
          <SellerSelect value={sellerId} onChange={setSellerId} allowAll />
          <label>
            {t.asOf}
            <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          </label>
        </form>
        <DataTable<QueueItem>
          label={t.queue}
          columns={columns}
          rowKey={(q) => `${q.sellerId}:${q.customerId}`}
          deps={[sellerId, asOf, round]}
          load={({ limit, offset, search, sort, order }) =>
            api.get<Items<QueueItem>>('/back-office/collections/dunning-queue', {
              sellerId: sellerId || undefined,
              asOf: asOf || undefined,
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
