import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { instantOf } from './operations/local-instant.ts';
import { MaintenanceDetail } from './operations/maintenance-detail.tsx';
import type { MaintenanceWindow } from './operations/maintenance-detail.tsx';
import { SellerSelect } from './operations/seller-select.tsx';

/*
 * Planned maintenance (vn:2.1.3 network, vn:2.2.5 link): plan a window on a NAP, cable or link — the
 * affected customers and providers are told ahead in the same step — see the windows, cancel one.
 */

const SCOPES = ['nap', 'cable', 'link'] as const;

const texts = {
  nl: {
    title: 'Onderhoud',
    plan: 'Onderhoud plannen',
    seller: 'Verkoper',
    chooseSeller: 'Kies een verkoper',
    scope: 'Onderhoud op',
    scopes: { nap: 'Aansluitpunt (NAP)', cable: 'Kabel', link: 'Verbinding' },
    scopeId: 'Id van NAP, kabel of verbinding',
    startsAt: 'Begint',
    endsAt: 'Eindigt (uiterlijk 7 dagen later)',
    description: 'Werkzaamheden (staat in het bericht)',
    submit: 'Plannen en betrokkenen berichten',
    planned: (id: string, services: number, customers: number, providers: number) =>
      `${id} gepland: ${services} dienst(en) geraakt; ${customers} klant(en) en ${providers} aanbieder(s) bericht.`,
    list: 'Onderhoudsvensters',
    upcoming: 'Komende',
    all: 'Alle',
    show: 'Tonen',
    anySeller: 'Alle verkopers',
    id: 'Venster',
    where: 'Waar',
    from: 'Van',
    until: 'Tot',
    what: 'Werkzaamheden',
    status: 'Status',
    cancelled: 'Geannuleerd',
    over: 'Voorbij',
    plannedState: 'Gepland',
  },
  en: {
    title: 'Maintenance',
    plan: 'Plan maintenance',
    seller: 'Seller',
    chooseSeller: 'Choose a seller',
    scope: 'Maintenance on',
    scopes: { nap: 'Access point (NAP)', cable: 'Cable', link: 'Link' },
    scopeId: 'Id of the NAP, cable or link',
    startsAt: 'Starts',
    endsAt: 'Ends (at most 7 days later)',
    description: 'The work (quoted in the notice)',
    submit: 'Plan and tell those affected',
    planned: (id: string, services: number, customers: number, providers: number) =>
      `${id} planned: ${services} service(s) affected; ${customers} customer(s) and ${providers} provider(s) told.`,
    list: 'Maintenance windows',
    upcoming: 'Upcoming',
    all: 'All',
    show: 'Show',
    anySeller: 'All sellers',
    id: 'Window',
    where: 'Where',
    from: 'From',
    until: 'Until',
    what: 'Work',
    status: 'Status',
    cancelled: 'Cancelled',
    over: 'Over',
    plannedState: 'Planned',
  },
};

interface Planned extends MaintenanceWindow {
  readonly affected: readonly unknown[];
  readonly notified: { readonly customers: number; readonly providers: number };
}

export function MaintenancePage() {
  const t = useTexts(texts);
  const [sellerId, setSellerId] = useState('');
  const [scope, setScope] = useState<(typeof SCOPES)[number]>('cable');
  const [scopeId, setScopeId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [upcoming, setUpcoming] = useState(true);
  const [filterSeller, setFilterSeller] = useState('');
  const [selected, setSelected] = useState<string>();
  const [round, setRound] = useState(0);
  const [serverNow, setServerNow] = useState(() => Date.now());

  const plan = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const window = await api.post<Planned>('/maintenance-windows', {
        sellerId,
        scope,
        scopeId: scopeId.trim(),
        startsAt: instantOf(startsAt),
        endsAt: instantOf(endsAt),
        description,
      });
      setNotice(
        t.planned(window.id, window.affected.length, window.notified.customers, window.notified.providers),
      );
      setSelected(window.id);
      setDescription('');
      setRound((n) => n + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const load = useCallback(
    async (request: PageRequest) => {
      const page = await api.get<{ items: MaintenanceWindow[]; total: number; now: string }>(
        '/back-office/maintenance-windows',
        {
          sellerId: filterSeller,
          upcoming,
          search: request.search,
          sort: request.sort,
          order: request.sort ? request.order : undefined,
          limit: request.limit,
          offset: request.offset,
        },
      );
      setServerNow(Date.parse(page.now));
      return page;
    },
    [filterSeller, upcoming],
  );

  const columns: Column<MaintenanceWindow>[] = [
    {
      key: 'id',
      header: t.id,
      sort: 'id',
      render: (w) => (
        <button type="button" className="link" onClick={() => setSelected(w.id)}>
          {w.id}
        </button>
      ),
    },
    { key: 'where', header: t.where, render: (w) => `${t.scopes[w.scope]} ${w.scopeId}` },
    { key: 'from', header: t.from, sort: 'startsAt', render: (w) => formatDateTime(w.startsAt) },
    { key: 'until', header: t.until, render: (w) => formatDateTime(w.endsAt) },
    { key: 'what', header: t.what, render: (w) => w.description },
    {
      key: 'status',
      header: t.status,
      render: (w) =>
        w.cancelledAt ? (
          <span className="badge muted">{t.cancelled}</span>
        ) : Date.parse(w.endsAt) <= serverNow ? (
          <span className="badge muted">{t.over}</span>
        ) : (
          <span className="badge good">{t.plannedState}</span>
        ),
    },
  ];

  return (
    <>
      <h1>{t.title}</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <section className="card">
        <form className="stack" onSubmit={plan} aria-labelledby="maintenance-plan-title">
          <h2 id="maintenance-plan-title">{t.plan}</h2>
          <ProblemBanner error={error} />
          <SellerSelect
            label={t.seller}
            value={sellerId}
            onChange={setSellerId}
            emptyLabel={t.chooseSeller}
          />
          <label>
            {t.scope}
            <select value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {t.scopes[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.scopeId}
            <input value={scopeId} onChange={(e) => setScopeId(e.target.value)} />
          </label>
          <label>
            {t.startsAt}
            <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </label>
          <label>
            {t.endsAt}
            <input type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          </label>
          <label>
            {t.description}
            <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <p>
            <button type="submit" disabled={busy}>
              {t.submit}
            </button>
          </p>
        </form>
      </section>
      {selected ? (
        <MaintenanceDetail
          id={selected}
          serverNow={serverNow}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setSelected(undefined)}
        />
      ) : null}
      <section className="card">
        <h2 id="maintenance-list-title">{t.list}</h2>
        <div className="row filters">
          <label>
            {t.show}
            <select
              value={upcoming ? 'upcoming' : 'all'}
              onChange={(e) => setUpcoming(e.target.value === 'upcoming')}
            >
              <option value="upcoming">{t.upcoming}</option>
              <option value="all">{t.all}</option>
            </select>
          </label>
          <SellerSelect
            label={t.seller}
            value={filterSeller}
            onChange={setFilterSeller}
            emptyLabel={t.anySeller}
          />
        </div>
        <DataTable
          label={t.list}
          columns={columns}
          load={load}
          rowKey={(w) => w.id}
          deps={[filterSeller, upcoming, round]}
        />
      </section>
    </>
  );
}
