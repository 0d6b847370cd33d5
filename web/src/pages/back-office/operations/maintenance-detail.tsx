import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { useTexts } from '../../../i18n/language.tsx';
import { formatDateTime } from '../../../i18n/format.ts';

/* One maintenance window: where, when, the services it reaches now, and cancelling it. */

export interface MaintenanceWindow {
  readonly id: string;
  readonly sellerId: string;
  readonly scope: 'nap' | 'cable' | 'link';
  readonly scopeId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly description: string;
  readonly notifiedAt: string | null;
  readonly cancelledAt: string | null;
  readonly because: readonly string[];
}

interface Affected {
  readonly serviceId: string;
  readonly customerId: string;
  readonly providerId: string | null;
  readonly state: string;
}

const texts = {
  nl: {
    window: 'Onderhoudsvenster',
    close: 'Sluiten',
    where: 'Op',
    scopes: { nap: 'Aansluitpunt (NAP)', cable: 'Kabel', link: 'Verbinding' },
    work: 'Werkzaamheden',
    when: 'Wanneer',
    notified: 'Betrokkenen bericht',
    cancelledAt: 'Geannuleerd',
    rules: 'Regels',
    affected: 'Geraakte diensten',
    none: 'Geen actieve of opgeschorte diensten',
    service: 'Dienst',
    customer: 'Klant',
    provider: 'Aanbieder',
    state: 'Status',
    reason: 'Reden van annuleren',
    cancel: 'Venster annuleren en betrokkenen berichten',
    cancelledNotice: 'Geannuleerd; de betrokkenen zijn bericht.',
  },
  en: {
    window: 'Maintenance window',
    close: 'Close',
    where: 'On',
    scopes: { nap: 'Access point (NAP)', cable: 'Cable', link: 'Link' },
    work: 'Work',
    when: 'When',
    notified: 'Parties told',
    cancelledAt: 'Cancelled',
    rules: 'Rules',
    affected: 'Affected services',
    none: 'No active or suspended services',
    service: 'Service',
    customer: 'Customer',
    provider: 'Provider',
    state: 'State',
    reason: 'Reason for cancelling',
    cancel: 'Cancel the window and tell the parties',
    cancelledNotice: 'Cancelled; the parties were told.',
  },
};

export function MaintenanceDetail({
  id,
  serverNow,
  onChanged,
  onClose,
}: {
  readonly id: string;
  /** The server's clock (ms): a window that is over can no longer be cancelled. */
  readonly serverNow: number;
  readonly onChanged: () => void;
  readonly onClose: () => void;
}) {
  const t = useTexts(texts);
  const loaded = useApi(
    () =>
      api.get<MaintenanceWindow & { affected: Affected[] }>(`/maintenance-windows/${encodeURIComponent(id)}`),
    [id],
  );
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const window = loaded.data;

  const cancel = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.post(`/maintenance-windows/${encodeURIComponent(id)}/cancel`, reason ? { reason } : {});
      setDone(true);
      loaded.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="card" aria-labelledby="maintenance-detail-title">
      <h2 id="maintenance-detail-title">
        {t.window} {id}
      </h2>
      <ProblemBanner error={loaded.error ?? error} />
      {done ? (
        <p className="notice" role="status">
          {t.cancelledNotice}
        </p>
      ) : null}
      {window ? (
        <>
          <dl className="facts">
            <dt>{t.where}</dt>
            <dd>
              {t.scopes[window.scope]} {window.scopeId}
            </dd>
            <dt>{t.work}</dt>
            <dd>{window.description}</dd>
            <dt>{t.when}</dt>
            <dd>
              {formatDateTime(window.startsAt)} – {formatDateTime(window.endsAt)}
            </dd>
            <dt>{t.notified}</dt>
            <dd>{formatDateTime(window.notifiedAt)}</dd>
            {window.cancelledAt ? (
              <>
                <dt>{t.cancelledAt}</dt>
                <dd>{formatDateTime(window.cancelledAt)}</dd>
              </>
            ) : null}
            <dt>{t.rules}</dt>
            <dd className="rule">{window.because.join(', ')}</dd>
          </dl>
          <h3>{t.affected}</h3>
          {window.affected.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.service}</th>
                  <th scope="col">{t.customer}</th>
                  <th scope="col">{t.provider}</th>
                  <th scope="col">{t.state}</th>
                </tr>
              </thead>
              <tbody>
                {window.affected.map((a) => (
                  <tr key={a.serviceId}>
                    <td>{a.serviceId}</td>
                    <td>{a.customerId}</td>
                    <td>{a.providerId ?? '—'}</td>
                    <td>{a.state}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!window.cancelledAt && Date.parse(window.endsAt) > serverNow ? (
            <form className="row" onSubmit={cancel}>
              <label>
                {t.reason}
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button type="submit" className="danger">
                {t.cancel}
              </button>
            </form>
          ) : null}
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
