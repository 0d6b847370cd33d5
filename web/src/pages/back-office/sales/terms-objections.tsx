import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { Column } from '../../../components/data-table.tsx';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Items, ObjectionItem } from './sales-types.ts';

const texts = {
  nl: {
    title: 'Bezwaren tegen nieuwe voorwaarden',
    state: 'Toon',
    open: 'Wachten op besluit',
    decided: 'Besloten',
    all: 'Alle',
    contract: 'Contract',
    customer: 'Klant',
    version: 'Versie',
    received: 'Ontvangen',
    reasons: 'Redenen',
    decision: 'Besluit',
    applies: 'Nieuwe versie geldt',
    kept: 'Oude versie blijft',
    decidedOn: (outcome: string, on: string) => `${outcome} (${on})`,
    recorded: (contract: string, outcome: string) => `Besluit over ${contract}: ${outcome}.`,
    record: 'Schriftelijk bezwaar vastleggen',
    contractId: 'Contractnummer',
    versionId: 'Versie waartegen bezwaar',
    reasonsInput: 'Redenen van de klant',
    on: 'Ontvangen op (leeg: vandaag)',
    save: 'Bezwaar vastleggen',
    saved: 'Het bezwaar is vastgelegd.',
  },
  en: {
    title: 'Objections to new terms',
    state: 'Show',
    open: 'Awaiting a decision',
    decided: 'Decided',
    all: 'All',
    contract: 'Contract',
    customer: 'Customer',
    version: 'Version',
    received: 'Received',
    reasons: 'Reasons',
    decision: 'Decision',
    applies: 'New version applies',
    kept: 'Old version kept',
    decidedOn: (outcome: string, on: string) => `${outcome} (${on})`,
    recorded: (contract: string, outcome: string) => `Decision on ${contract}: ${outcome}.`,
    record: 'Record a written objection',
    contractId: 'Contract number',
    versionId: 'Version objected to',
    reasonsInput: "The customer's reasons",
    on: 'Received on (empty: today)',
    save: 'Record objection',
    saved: 'The objection is recorded.',
  },
};

type Outcome = 'new-version-applies' | 'old-version-kept';

/** vn:1.1.4: the objections received within the window, and the operator's decision on each. */
export function TermsObjections({ versionIds, round }: { versionIds: readonly string[]; round: number }) {
  const t = useTexts(texts);
  const [state, setState] = useState<'open' | 'decided' | ''>('open');
  const [changes, setChanges] = useState(0);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [contractId, setContractId] = useState('');
  const [versionId, setVersionId] = useState('');
  const [reasons, setReasons] = useState('');
  const [on, setOn] = useState('');

  const outcomeText = (outcome: Outcome) => (outcome === 'new-version-applies' ? t.applies : t.kept);

  const decide = async (objection: ObjectionItem, outcome: Outcome) => {
    setError(undefined);
    setDone(undefined);
    try {
      await api.post(`/contracts/${objection.contractId}/terms-objections/decision`, {
        versionId: objection.versionId,
        outcome,
      });
      setDone(t.recorded(objection.contractId, outcomeText(outcome)));
      setChanges((n) => n + 1);
    } catch (caught) {
      setError(caught);
    }
  };

  const record = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setDone(undefined);
    try {
      await api.post(`/contracts/${contractId.trim()}/terms-objections`, {
        versionId,
        reasons,
        ...(on ? { on } : {}),
      });
      setDone(t.saved);
      setReasons('');
      setChanges((n) => n + 1);
    } catch (caught) {
      setError(caught);
    }
  };

  const columns: Column<ObjectionItem>[] = [
    {
      key: 'contract',
      header: t.contract,
      render: (o) => <Link to={`/office/contracts/${o.contractId}`}>{o.contractId}</Link>,
    },
    { key: 'customer', header: t.customer, render: (o) => o.customerName },
    { key: 'version', header: t.version, render: (o) => o.versionId },
    { key: 'received', header: t.received, render: (o) => formatDate(o.receivedOn) },
    { key: 'reasons', header: t.reasons, render: (o) => o.reasons },
    {
      key: 'decision',
      header: t.decision,
      render: (o) =>
        o.outcome ? (
          <span className={o.outcome === 'new-version-applies' ? 'badge' : 'badge good'}>
            {t.decidedOn(outcomeText(o.outcome), formatDate(o.decidedOn))}
          </span>
        ) : (
          <span className="sales-row">
            <button
              type="button"
              className="secondary"
              onClick={() => void decide(o, 'new-version-applies')}
              aria-label={`${t.applies}: ${o.contractId}`}
            >
              {t.applies}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void decide(o, 'old-version-kept')}
              aria-label={`${t.kept}: ${o.contractId}`}
            >
              {t.kept}
            </button>
          </span>
        ),
    },
  ];

  return (
    <section className="card" aria-labelledby="terms-objections">
      <h2 id="terms-objections">{t.title}</h2>
      <form className="row" onSubmit={(e) => e.preventDefault()} aria-label={t.title}>
        <label>
          {t.state}
          <select value={state} onChange={(e) => setState(e.target.value as typeof state)}>
            <option value="open">{t.open}</option>
            <option value="decided">{t.decided}</option>
            <option value="">{t.all}</option>
          </select>
        </label>
      </form>
      <ProblemBanner error={error} />
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <DataTable<ObjectionItem>
        label={t.title}
        columns={columns}
        rowKey={(o) => `${o.contractId} ${o.versionId}`}
        deps={[state, changes, round]}
        load={({ limit, offset, search }) =>
          api.get<Items<ObjectionItem>>('/back-office/sales/terms-objections', {
            state: state || undefined,
            search,
            limit,
            offset,
          })
        }
      />
      <h3 id="record-objection">{t.record}</h3>
      <form className="row" onSubmit={record} aria-labelledby="record-objection">
        <label>
          {t.contractId}
          <input value={contractId} onChange={(e) => setContractId(e.target.value)} required />
        </label>
        <label>
          {t.versionId}
          <select value={versionId} onChange={(e) => setVersionId(e.target.value)} required>
            <option value="" />
            {versionIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.reasonsInput}
          <input value={reasons} onChange={(e) => setReasons(e.target.value)} required />
        </label>
        <label>
          {t.on}
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </label>
        <button type="submit">{t.save}</button>
      </form>
    </section>
  );
}
