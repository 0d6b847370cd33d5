import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate, formatDateTime } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { NetworkOrderAction, NetworkOrderState } from './sales-types.ts';
import { NetworkOrderStateBadge } from './network-order-state.tsx';

interface NetworkOrderView {
  readonly id: string;
  readonly kind: string;
  readonly state: NetworkOrderState;
  readonly providerId: string | null;
  readonly customerId: string;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly signedForm: {
    signedBy?: string;
    signedOn?: string;
    fileName?: string;
    /** Set when the file itself was sent and is kept. */
    mediaType?: string;
  } | null;
  readonly requestedOn: string | null;
  readonly plannedOn: string | null;
  readonly releasedOn: string | null;
  readonly activatedOn: string | null;
  readonly rejectionReason: string | null;
  readonly activation: { cleared: boolean; missing: readonly string[]; because: readonly string[] };
  readonly serviceId: string | null;
  readonly allowedActions: readonly NetworkOrderAction[];
  readonly events: readonly { kind: string; state: string; at: string; by: string }[];
}

const texts = {
  nl: {
    order: 'Bestelling',
    kind: 'Soort',
    state: 'Status',
    provider: 'Aanbieder',
    customer: 'Eindgebruiker',
    product: 'Dienst',
    nap: 'Aansluitpunt',
    form: 'Getekend formulier',
    download: 'formulier downloaden',
    requested: 'Gewenste datum',
    planned: 'Geplande datum',
    released: 'Vrijgegeven',
    activated: 'Actief sinds',
    service: 'Dienst op het netwerk',
    rejection: 'Reden van afwijzing',
    activation: 'Activering',
    cleared: 'Mag starten (betaald of vrijgesteld)',
    missing: 'Nog niet betaald',
    plannedOn: 'Datum inplannen',
    reason: 'Reden (afwijzen of annuleren)',
    steps: 'Volgende stap',
    history: 'Geschiedenis',
    when: 'Wanneer',
    event: 'Gebeurtenis',
    who: 'Door',
    done: (step: string) => `Vastgelegd: ${step}.`,
    close: 'Sluiten',
    actions: {
      accept: 'Accepteren',
      reject: 'Afwijzen',
      plan: 'Inplannen',
      program: 'Programmeren',
      release: 'Vrijgeven',
      activate: 'Activeren',
      cancel: 'Annuleren',
    },
  },
  en: {
    order: 'Order',
    kind: 'Kind',
    state: 'State',
    provider: 'Provider',
    customer: 'End user',
    product: 'Service',
    nap: 'Termination point',
    form: 'Signed form',
    download: 'download the form',
    requested: 'Requested date',
    planned: 'Planned date',
    released: 'Released',
    activated: 'Active since',
    service: 'Service on the network',
    rejection: 'Reason for rejection',
    activation: 'Activation',
    cleared: 'May start (paid or waived)',
    missing: 'Not paid yet',
    plannedOn: 'Date to plan',
    reason: 'Reason (reject or cancel)',
    steps: 'Next step',
    history: 'History',
    when: 'When',
    event: 'Event',
    who: 'By',
    done: (step: string) => `Recorded: ${step}.`,
    close: 'Close',
    actions: {
      accept: 'Accept',
      reject: 'Reject',
      plan: 'Plan',
      program: 'Program',
      release: 'Release',
      activate: 'Activate',
      cancel: 'Cancel',
    },
  },
};

/** One third-party order: its facts, history, and the operator's next steps (vn:2.3.3). */
export function NetworkOrderPanel({
  orderId,
  onChanged,
  onClose,
}: {
  orderId: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const order = useApi(() => api.get<NetworkOrderView>(`/network-orders/${orderId}`), [orderId]);
  const [plannedOn, setPlannedOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const step = async (action: NetworkOrderAction) => {
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      const url = `/network-orders/${orderId}/${action}`;
      const body =
        action === 'plan' ? { plannedOn } : action === 'reject' || action === 'cancel' ? { reason } : {};
      await api.post(url, body);
      setDone(t.done(t.actions[action]));
      order.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const o = order.data;
  return (
    <section className="card" aria-labelledby="network-order-detail">
      <div className="sales-row">
        <h2 id="network-order-detail">
          {t.order} {orderId}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
      <ProblemBanner error={order.error} />
      {o ? (
        <>
          <dl className="facts">
            <dt>{t.state}</dt>
            <dd>
              <NetworkOrderStateBadge state={o.state} />
            </dd>
            <dt>{t.kind}</dt>
            <dd>{o.kind}</dd>
            <dt>{t.provider}</dt>
            <dd>{o.providerId ?? '—'}</dd>
            <dt>{t.customer}</dt>
            <dd>{o.customerId}</dd>
            <dt>{t.product}</dt>
            <dd>{o.productId ?? '—'}</dd>
            <dt>{t.nap}</dt>
            <dd>{o.napId ?? '—'}</dd>
            <dt>{t.form}</dt>
            <dd>
              {o.signedForm
                ? `${o.signedForm.signedBy ?? ''} ${formatDate(o.signedForm.signedOn)} ${o.signedForm.fileName ?? ''}`
                : '—'}
              {o.signedForm?.mediaType ? (
                <>
                  {' '}
                  <a href={`/network-orders/${encodeURIComponent(o.id)}/signed-form`} download>
                    {t.download}
                  </a>
                </>
              ) : null}
            </dd>
            <dt>{t.requested}</dt>
            <dd>{formatDate(o.requestedOn)}</dd>
            <dt>{t.planned}</dt>
            <dd>{formatDate(o.plannedOn)}</dd>
            <dt>{t.released}</dt>
            <dd>{formatDate(o.releasedOn)}</dd>
            <dt>{t.activated}</dt>
            <dd>{formatDate(o.activatedOn)}</dd>
            <dt>{t.service}</dt>
            <dd>{o.serviceId ?? '—'}</dd>
            {o.rejectionReason ? (
              <>
                <dt>{t.rejection}</dt>
                <dd>{o.rejectionReason}</dd>
              </>
            ) : null}
            <dt>{t.activation}</dt>
            <dd>
              {o.activation.cleared ? (
                <span className="good">✓ {t.cleared}</span>
              ) : (
                <span className="warn">
                  {t.missing}: {o.activation.missing.join(', ')}
                </span>
              )}{' '}
              <span className="rule">{o.activation.because.join(' ')}</span>
            </dd>
          </dl>
          {done ? (
            <p className="notice" role="status">
              {done}
            </p>
          ) : null}
          <ProblemBanner error={error} />
          {o.allowedActions.length > 0 ? (
            <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label={t.steps}>
              <div className="sales-row">
                {o.allowedActions.includes('plan') ? (
                  <label>
                    {t.plannedOn}
                    <input type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />
                  </label>
                ) : null}
                {o.allowedActions.some((a) => a === 'reject' || a === 'cancel') ? (
                  <label>
                    {t.reason}
                    <input value={reason} onChange={(e) => setReason(e.target.value)} />
                  </label>
                ) : null}
              </div>
              <div className="sales-row">
                {o.allowedActions.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === 'reject' || action === 'cancel' ? 'danger' : undefined}
                    disabled={busy}
                    onClick={() => void step(action)}
                  >
                    {t.actions[action]}
                  </button>
                ))}
              </div>
            </form>
          ) : null}
          <h3>{t.history}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.event}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.who}</th>
              </tr>
            </thead>
            <tbody>
              {o.events.map((event, index) => (
                <tr key={index}>
                  <td>{formatDateTime(event.at)}</td>
                  <td>{event.kind}</td>
                  <td>{event.state}</td>
                  <td>{event.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
