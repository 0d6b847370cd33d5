import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { formatDate } from '../../i18n/format.ts';
import { ForceMajeureDetail } from './operations/force-majeure-detail.tsx';
import type { ForceMajeureEvent } from './operations/force-majeure-detail.tsx';
import { SellerSelect } from './operations/seller-select.tsx';

/*
 * Force majeure (bit:6, vn:1.10): declare an event — its services are suspended while it lasts —
 * see the affected services and, per contract, who may end it and from when; end the event.
 */

const texts = {
  nl: {
    title: 'Overmacht',
    declare: 'Overmacht melden',
    seller: 'Verkoper',
    chooseSeller: 'Kies een verkoper',
    description: 'Wat is er gebeurd (staat in het bericht)',
    startedOn: 'Begonnen op',
    knownOn: 'Bekend geworden op (leeg: vandaag)',
    reach: 'Geraakt',
    reaches: {
      cable: 'Alle diensten op een kabel',
      nap: 'Alle diensten op een NAP',
      link: 'Een verbinding',
      services: 'Losse diensten',
    },
    scopeId: 'Id van kabel, NAP of verbinding',
    serviceIds: 'Diensten (ids, gescheiden door komma’s)',
    submit: 'Overmacht melden en diensten opschorten',
    declared: (id: string, count: number) => `${id} gemeld: ${count} dienst(en) opgeschort.`,
    list: 'Overmachtsituaties',
    show: 'Tonen',
    open: 'Lopend',
    ended: 'Beëindigd',
    all: 'Alle',
    anySeller: 'Alle verkopers',
    id: 'Situatie',
    what: 'Omschrijving',
    since: 'Sinds',
    until: 'Tot',
    status: 'Status',
    running: 'Loopt',
  },
  en: {
    title: 'Force majeure',
    declare: 'Declare force majeure',
    seller: 'Seller',
    chooseSeller: 'Choose a seller',
    description: 'What happened (quoted in the notice)',
    startedOn: 'Started on',
    knownOn: 'Known on (empty: today)',
    reach: 'Affected',
    reaches: {
      cable: 'All services on a cable',
      nap: 'All services at a NAP',
      link: 'A link',
      services: 'Single services',
    },
    scopeId: 'Id of the cable, NAP or link',
    serviceIds: 'Services (ids, separated by commas)',
    submit: 'Declare and suspend the services',
    declared: (id: string, count: number) => `${id} declared: ${count} service(s) suspended.`,
    list: 'Force-majeure events',
    show: 'Show',
    open: 'Ongoing',
    ended: 'Ended',
    all: 'All',
    anySeller: 'All sellers',
    id: 'Event',
    what: 'Description',
    since: 'Since',
    until: 'Until',
    status: 'Status',
    running: 'Ongoing',
  },
};

type Reach = 'cable' | 'nap' | 'link' | 'services';

export function ForceMajeurePage() {
  const t = useTexts(texts);
  const [sellerId, setSellerId] = useState('');
  const [description, setDescription] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [knownOn, setKnownOn] = useState('');
  const [reach, setReach] = useState<Reach>('services');
  const [scopeId, setScopeId] = useState('');
  const [serviceIds, setServiceIds] = useState('');
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [show, setShow] = useState('open');
  const [filterSeller, setFilterSeller] = useState('');
  const [selected, setSelected] = useState<string>();
  const [round, setRound] = useState(0);

  const declare = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const declared = await api.post<{ event: ForceMajeureEvent; services: unknown[] }>(
        '/force-majeure-events',
        {
          sellerId,
          description,
          startedOn,
          ...(knownOn ? { knownOn } : {}),
          ...(reach === 'services'
            ? {
                serviceIds: serviceIds
                  .split(',')
                  .map((id) => id.trim())
                  .filter(Boolean),
              }
            : { scope: { kind: reach, id: scopeId.trim() } }),
        },
      );
      setNotice(t.declared(declared.event.id, declared.services.length));
      setSelected(declared.event.id);
      setDescription('');
      setRound((n) => n + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const load = useCallback(
    (request: PageRequest) =>
      api.get<{ items: ForceMajeureEvent[]; total: number }>('/back-office/force-majeure-events', {
        sellerId: filterSeller,
        open: show === 'open' ? true : show === 'ended' ? false : undefined,
        search: request.search,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
        limit: request.limit,
        offset: request.offset,
      }),
    [filterSeller, show],
  );

  const columns: Column<ForceMajeureEvent>[] = [
    {
      key: 'id',
      header: t.id,
      sort: 'id',
      render: (e) => (
        <button type="button" className="link" onClick={() => setSelected(e.id)}>
          {e.id}
        </button>
      ),
    },
    { key: 'what', header: t.what, render: (e) => e.description },
    { key: 'since', header: t.since, sort: 'startedOn', render: (e) => formatDate(e.startedOn) },
    { key: 'until', header: t.until, render: (e) => formatDate(e.endedOn) },
    {
      key: 'status',
      header: t.status,
      render: (e) =>
        e.endedOn ? (
          <span className="badge muted">{t.ended}</span>
        ) : (
          <span className="badge warn">{t.running}</span>
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
        <form className="stack" onSubmit={declare} aria-labelledby="fm-declare-title">
          <h2 id="fm-declare-title">{t.declare}</h2>
          <ProblemBanner error={error} />
          <SellerSelect
            label={t.seller}
            value={sellerId}
            onChange={setSellerId}
            emptyLabel={t.chooseSeller}
          />
          <label>
            {t.description}
            <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <label>
            {t.startedOn}
            <input type="date" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} />
          </label>
          <label>
            {t.knownOn}
            <input type="date" value={knownOn} onChange={(e) => setKnownOn(e.target.value)} />
          </label>
          <label>
            {t.reach}
            <select value={reach} onChange={(e) => setReach(e.target.value as Reach)}>
              {(Object.keys(t.reaches) as Reach[]).map((r) => (
                <option key={r} value={r}>
                  {t.reaches[r]}
                </option>
              ))}
            </select>
          </label>
          {reach === 'services' ? (
            <label>
              {t.serviceIds}
              <input value={serviceIds} onChange={(e) => setServiceIds(e.target.value)} />
            </label>
          ) : (
            <label>
              {t.scopeId}
              <input value={scopeId} onChange={(e) => setScopeId(e.target.value)} />
            </label>
          )}
          <p>
            <button type="submit" disabled={busy}>
              {t.submit}
            </button>
          </p>
        </form>
      </section>
      {selected ? (
        <ForceMajeureDetail
          id={selected}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setSelected(undefined)}
        />
      ) : null}
      <section className="card">
        <h2 id="fm-list-title">{t.list}</h2>
        <div className="row filters">
          <label>
            {t.show}
            <select value={show} onChange={(e) => setShow(e.target.value)}>
              <option value="open">{t.open}</option>
              <option value="ended">{t.ended}</option>
              <option value="">{t.all}</option>
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
          rowKey={(e) => e.id}
          deps={[filterSeller, show, round]}
        />
      </section>
    </>
  );
}
