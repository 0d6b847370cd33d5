import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { formatDate } from '../../../i18n/format.ts';

/*
 * One force-majeure event: its services, per contract who may end it and from when (bit:6.4 the
 * customer after 30 days, bit:6.5 the seller if permanent, vn:1.10.4 either after 3 months), ending
 * a contract under that right, and ending the event (its holds lifted, the services resumed).
 */

export interface ForceMajeureEvent {
  readonly id: string;
  readonly sellerId: string;
  readonly description: string;
  readonly startedOn: string;
  readonly knownOn: string;
  readonly endedOn: string | null;
}

interface Right {
  readonly mayEnd: boolean;
  readonly from: string | null;
  readonly because: readonly string[];
  readonly why: string | null;
}

interface ContractPart {
  readonly contractId: string;
  readonly customerId: string;
  readonly serviceIds: readonly string[];
  readonly endedOn: string | null;
  readonly endedBy: 'customer' | 'seller' | null;
  readonly rights: { readonly customer: Right; readonly seller: Right } | null;
}

interface EventView extends ForceMajeureEvent {
  readonly asOf: string;
  readonly services: readonly {
    readonly serviceId: string;
    readonly contractId: string | null;
    readonly endedOn: string | null;
  }[];
  readonly contracts: readonly ContractPart[];
}

const texts = {
  nl: {
    event: 'Overmacht',
    close: 'Sluiten',
    started: 'Begonnen',
    known: 'Bekend',
    ended: 'Beëindigd',
    asOf: 'Rechten per',
    services: 'Opgeschorte diensten',
    contracts: 'Overeenkomsten en het recht om te beëindigen',
    contract: 'Overeenkomst',
    customer: 'Klant',
    customerRight: 'Klant mag beëindigen',
    sellerRight: 'Verkoper mag beëindigen',
    yes: (from: string | null) => `ja${from ? `, sinds ${from}` : ''}`,
    no: (from: string | null) => `nee${from ? `, vanaf ${from}` : ''}`,
    endedBy: (on: string, by: string) =>
      `beëindigd op ${on} door ${by === 'customer' ? 'de klant' : 'de verkoper'}`,
    endFor: 'Beëindigen namens',
    byCustomer: 'de klant',
    bySeller: 'de verkoper',
    permanent: 'Blijvende overmacht (bit:6.5, alleen verkoper)',
    endContract: 'Overeenkomst beëindigen',
    endEvent: 'Overmacht is voorbij',
    endedOn: 'Eerste dag zonder overmacht (leeg: vandaag)',
    endSubmit: 'Beëindigen en diensten hervatten',
    resumed: (count: number) => `Beëindigd; ${count} dienst(en) hervat.`,
    contractEnded: (id: string) => `Overeenkomst ${id} beëindigd.`,
  },
  en: {
    event: 'Force majeure',
    close: 'Close',
    started: 'Started',
    known: 'Known',
    ended: 'Ended',
    asOf: 'Rights as of',
    services: 'Suspended services',
    contracts: 'Contracts and the right to end them',
    contract: 'Contract',
    customer: 'Customer',
    customerRight: 'Customer may end',
    sellerRight: 'Seller may end',
    yes: (from: string | null) => `yes${from ? `, since ${from}` : ''}`,
    no: (from: string | null) => `no${from ? `, from ${from}` : ''}`,
    endedBy: (on: string, by: string) => `ended on ${on} by the ${by}`,
    endFor: 'End on behalf of',
    byCustomer: 'the customer',
    bySeller: 'the seller',
    permanent: 'Permanent force majeure (bit:6.5, seller only)',
    endContract: 'End contract',
    endEvent: 'The force majeure is over',
    endedOn: 'First day without it (empty: today)',
    endSubmit: 'End and resume the services',
    resumed: (count: number) => `Ended; ${count} service(s) resumed.`,
    contractEnded: (id: string) => `Contract ${id} ended.`,
  },
};

export function ForceMajeureDetail({
  id,
  onChanged,
  onClose,
}: {
  readonly id: string;
  readonly onChanged: () => void;
  readonly onClose: () => void;
}) {
  const t = useTexts(texts);
  const loaded = useApi(() => api.get<EventView>(`/force-majeure-events/${encodeURIComponent(id)}`), [id]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const event = loaded.data;
  const path = `/force-majeure-events/${encodeURIComponent(id)}`;

  const act = async (call: () => Promise<string>) => {
    setError(undefined);
    try {
      setNotice(await call());
      loaded.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };
  const endEvent = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const ended = await api.post<{ resumedServiceIds: string[] }>(
        `${path}/end`,
        endedOn ? { endedOn } : {},
      );
      return t.resumed(ended.resumedServiceIds.length);
    });
  };

  const right = (r: Right) => (
    <span className={r.mayEnd ? 'good' : 'muted'}>
      {r.mayEnd ? t.yes(r.from ? formatDate(r.from) : null) : t.no(r.from ? formatDate(r.from) : null)}{' '}
      <span className="rule">{r.because.join(', ')}</span>
      {r.why ? <span className="muted"> — {r.why}</span> : null}
    </span>
  );

  return (
    <section className="card" aria-labelledby="fm-detail-title">
      <h2 id="fm-detail-title">
        {t.event} {id}
      </h2>
      <ProblemBanner error={loaded.error ?? error} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {event ? (
        <>
          <p>{event.description}</p>
          <dl className="facts">
            <dt>{t.started}</dt>
            <dd>{formatDate(event.startedOn)}</dd>
            <dt>{t.known}</dt>
            <dd>{formatDate(event.knownOn)}</dd>
            <dt>{t.ended}</dt>
            <dd>{formatDate(event.endedOn)}</dd>
            <dt>{t.asOf}</dt>
            <dd>{formatDate(event.asOf)}</dd>
            <dt>{t.services}</dt>
            <dd>{event.services.map((s) => s.serviceId).join(', ') || '—'}</dd>
          </dl>
          <h3>{t.contracts}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.contract}</th>
                <th scope="col">{t.customer}</th>
                <th scope="col">{t.customerRight}</th>
                <th scope="col">{t.sellerRight}</th>
                <th scope="col">{t.endContract}</th>
              </tr>
            </thead>
            <tbody>
              {event.contracts.map((c) => (
                <ContractRow key={c.contractId} part={c} right={right} onEnd={act} path={path} />
              ))}
            </tbody>
          </table>
          {event.endedOn ? null : (
            <>
              <h3 id="fm-end-title">{t.endEvent}</h3>
              <form className="row" onSubmit={endEvent} aria-labelledby="fm-end-title">
                <label>
                  {t.endedOn}
                  <input type="date" value={endedOn} onChange={(e) => setEndedOn(e.target.value)} />
                </label>
                <button type="submit">{t.endSubmit}</button>
              </form>
            </>
          )}
        </>
      ) : null}
      <p>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </section>
  );
}

function ContractRow({
  part,
  right,
  onEnd,
  path,
}: {
  readonly part: ContractPart;
  readonly right: (r: Right) => ReactNode;
  readonly onEnd: (call: () => Promise<string>) => Promise<void>;
  readonly path: string;
}) {
  const t = useTexts(texts);
  const [by, setBy] = useState<'customer' | 'seller'>('customer');
  const [permanent, setPermanent] = useState(false);
  const end = (e: FormEvent) => {
    e.preventDefault();
    void onEnd(async () => {
      await api.post(`${path}/contract-endings`, {
        contractId: part.contractId,
        by,
        ...(by === 'seller' && permanent ? { permanent: true } : {}),
      });
      return t.contractEnded(part.contractId);
    });
  };
  return (
    <tr>
      <td>{part.contractId}</td>
      <td>{part.customerId}</td>
      {part.rights ? (
        <>
          <td>{right(part.rights.customer)}</td>
          <td>{right(part.rights.seller)}</td>
          <td>
            <form className="row" onSubmit={end}>
              <label>
                {t.endFor}
                <select value={by} onChange={(e) => setBy(e.target.value as typeof by)}>
                  <option value="customer">{t.byCustomer}</option>
                  <option value="seller">{t.bySeller}</option>
                </select>
              </label>
              {by === 'seller' ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={permanent}
                    onChange={(e) => setPermanent(e.target.checked)}
                  />
                  {t.permanent}
                </label>
              ) : null}
              <button type="submit" className="danger">
                {t.endContract}
              </button>
            </form>
          </td>
        </>
      ) : (
        <td colSpan={3}>
          {part.endedOn && part.endedBy ? t.endedBy(formatDate(part.endedOn), part.endedBy) : '—'}
        </td>
      )}
    </tr>
  );
}
