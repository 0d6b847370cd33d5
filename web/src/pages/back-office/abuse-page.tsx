import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import type { Column, PageRequest } from '../../components/data-table.tsx';
import { ProblemBanner } from '../../components/problem-banner.tsx';
import { useTexts } from '../../i18n/language.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { AbuseCaseActions, abuseStateLabels, measureLabels } from './operations/abuse-case-actions.tsx';
import type { AbuseCase } from './operations/abuse-case-actions.tsx';
import { SellerSelect } from './operations/seller-select.tsx';

/*
 * Abuse and fair use (vn:4.1, bit:12.4): open a case against a customer's service or contract, take
 * a measure (block, filter, suspend — billing goes on, vn:4.1.5), lift it once the customer complies,
 * or escalate: the contract is dissolved (vn:4.1.6) or terminated (bit:12.4).
 */

const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
const SOURCES = ['own-detection', 'third-party-notice', 'legal-order'] as const;
const STATES = ['open', 'measured', 'complied', 'escalated', 'closed'] as const;

const texts = {
  nl: {
    title: 'Misbruik',
    open: 'Misbruikzaak openen',
    seller: 'Verkoper',
    chooseSeller: 'Kies een verkoper',
    customerId: 'Klant (id)',
    serviceId: 'Dienst (id, optioneel)',
    contractId: 'Of overeenkomst (id, optioneel)',
    category: 'Soort (vn:4.1.2)',
    categories: {
      a: 'a — schending van voorwaarden',
      b: 'b — schending van wet- of regelgeving',
      c: 'c — inbreuk op rechten van derden',
      d: 'd — spam',
      e: 'e — (kinder)pornografie',
      f: 'f — intimidatie of discriminatie',
      g: 'g — aanstootgevend materiaal',
      h: 'h — bedreiging',
      i: 'i — virussen of andere schadelijke activiteit',
      j: 'j — hacken',
    },
    source: 'Bron (vn:4.1.4)',
    sources: {
      'own-detection': 'Eigen waarneming',
      'third-party-notice': 'Melding van derde',
      'legal-order': 'Bevel of vordering',
    },
    evidence: 'Wat is waargenomen, waar en wanneer',
    submit: 'Zaak openen',
    opened: (id: string) => `Zaak ${id} geopend.`,
    list: 'Misbruikzaken',
    state: 'Status',
    anyState: 'Alle',
    anySeller: 'Alle verkopers',
    id: 'Zaak',
    customer: 'Klant',
    what: 'Soort',
    measures: 'Maatregelen',
    openedAt: 'Geopend',
    none: 'geen',
    lifted: 'opgeheven',
    actions: 'Acties',
  },
  en: {
    title: 'Abuse',
    open: 'Open an abuse case',
    seller: 'Seller',
    chooseSeller: 'Choose a seller',
    customerId: 'Customer (id)',
    serviceId: 'Service (id, optional)',
    contractId: 'Or contract (id, optional)',
    category: 'Kind (vn:4.1.2)',
    categories: {
      a: 'a — breach of the terms',
      b: 'b — breach of the law',
      c: 'c — infringing the rights of others',
      d: 'd — spam',
      e: 'e — (child) pornography',
      f: 'f — harassment or discrimination',
      g: 'g — offensive material',
      h: 'h — threats',
      i: 'i — viruses or other destructive activity',
      j: 'j — hacking',
    },
    source: 'Source (vn:4.1.4)',
    sources: {
      'own-detection': 'Own detection',
      'third-party-notice': "A third party's notice",
      'legal-order': 'Legal order',
    },
    evidence: 'What was seen, where and when',
    submit: 'Open case',
    opened: (id: string) => `Case ${id} opened.`,
    list: 'Abuse cases',
    state: 'State',
    anyState: 'All',
    anySeller: 'All sellers',
    id: 'Case',
    customer: 'Customer',
    what: 'Kind',
    measures: 'Measures',
    openedAt: 'Opened',
    none: 'none',
    lifted: 'lifted',
    actions: 'Actions',
  },
};

export function AbusePage() {
  const t = useTexts(texts);
  const states = useTexts(abuseStateLabels);
  const measureNames = useTexts(measureLabels);
  const [sellerId, setSellerId] = useState('');
  const [customerId, setCustomerId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [contractId, setContractId] = useState('');
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]>('d');
  const [source, setSource] = useState<(typeof SOURCES)[number]>('own-detection');
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [state, setState] = useState('');
  const [filterSeller, setFilterSeller] = useState('');
  const [round, setRound] = useState(0);
  const reload = () => setRound((n) => n + 1);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const opened = await api.post<AbuseCase>('/abuse-cases', {
        sellerId,
        customerId: customerId.trim(),
        ...(serviceId.trim() ? { serviceId: serviceId.trim() } : {}),
        ...(contractId.trim() ? { contractId: contractId.trim() } : {}),
        category,
        source,
        evidence,
      });
      setNotice(t.opened(opened.id));
      setEvidence('');
      reload();
    } catch (caught) {
      setError(caught);
    }
  };

  const load = useCallback(
    (request: PageRequest) =>
      api.get<{ items: AbuseCase[]; total: number }>('/back-office/abuse-cases', {
        sellerId: filterSeller,
        state,
        search: request.search,
        sort: request.sort,
        order: request.sort ? request.order : undefined,
        limit: request.limit,
        offset: request.offset,
      }),
    [filterSeller, state],
  );

  const columns: Column<AbuseCase>[] = [
    { key: 'id', header: t.id, sort: 'id', render: (c) => c.id },
    {
      key: 'customer',
      header: t.customer,
      render: (c) => `${c.customerId}${c.serviceId ? ` / ${c.serviceId}` : ''}`,
    },
    {
      key: 'what',
      header: t.what,
      render: (c) => (
        <>
          {t.categories[c.category as (typeof CATEGORIES)[number]] ?? c.category}
          <br />
          <span className="muted">{c.evidence}</span>
        </>
      ),
    },
    { key: 'state', header: t.state, sort: 'state', render: (c) => states[c.state] ?? c.state },
    {
      key: 'measures',
      header: t.measures,
      render: (c) =>
        c.measures.length === 0
          ? t.none
          : c.measures
              .map(
                (m) =>
                  `${measureNames[m.measure] ?? m.measure} ${m.serviceId}${m.liftedAt ? ` (${t.lifted})` : ''}`,
              )
              .join(', '),
    },
    { key: 'openedAt', header: t.openedAt, sort: 'openedAt', render: (c) => formatDateTime(c.openedAt) },
    {
      key: 'actions',
      header: t.actions,
      render: (c) => <AbuseCaseActions abuseCase={c} onChanged={reload} />,
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
        <form className="stack" onSubmit={open} aria-labelledby="abuse-open-title">
          <h2 id="abuse-open-title">{t.open}</h2>
          <ProblemBanner error={error} />
          <SellerSelect
            label={t.seller}
            value={sellerId}
            onChange={setSellerId}
            emptyLabel={t.chooseSeller}
          />
          <label>
            {t.customerId}
            <input value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
          </label>
          <label>
            {t.serviceId}
            <input value={serviceId} onChange={(e) => setServiceId(e.target.value)} />
          </label>
          <label>
            {t.contractId}
            <input value={contractId} onChange={(e) => setContractId(e.target.value)} />
          </label>
          <label>
            {t.category}
            <select value={category} onChange={(e) => setCategory(e.target.value as typeof category)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t.categories[c]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.source}
            <select value={source} onChange={(e) => setSource(e.target.value as typeof source)}>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t.sources[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.evidence}
            <textarea rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
          <p>
            <button type="submit">{t.submit}</button>
          </p>
        </form>
      </section>
      <section className="card">
        <h2 id="abuse-list-title">{t.list}</h2>
        <div className="row filters">
          <label>
            {t.state}
            <select value={state} onChange={(e) => setState(e.target.value)}>
              <option value="">{t.anyState}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {states[s]}
                </option>
              ))}
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
          rowKey={(c) => c.id}
          deps={[filterSeller, state, round]}
        />
      </section>
    </>
  );
}
