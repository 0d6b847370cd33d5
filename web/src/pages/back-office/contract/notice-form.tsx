import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../../api/client.ts';
import { ProblemBanner } from '../../../components/problem-banner.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { useTexts } from '../../../i18n/language.tsx';
import type { Contract, ContractTimeline } from './contract-types.ts';

const texts = {
  nl: {
    title: 'Opzeggen',
    by: 'Opgezegd door',
    customer: 'Klant',
    seller: 'Verkoper',
    channel: 'Hoe',
    post: 'Per post',
    email: 'Per e-mail',
    registered: 'Aangetekende brief',
    portal: 'Via het portaal',
    on: 'Datum van de opzegging',
    preview: 'Bereken einddatum',
    confirm: 'Opzegging bevestigen',
    change: 'Wijzigen',
    endsOn: 'Bij opzegging op {on} eindigt het contract op',
    because: 'Volgens',
    protection: 'Beschermd door',
    contractual: 'Contractueel einde',
    busy: 'Bezig…',
  },
  en: {
    title: 'Give notice',
    by: 'Notice by',
    customer: 'Customer',
    seller: 'Seller',
    channel: 'How',
    post: 'By post',
    email: 'By e-mail',
    registered: 'Registered letter',
    portal: 'Through the portal',
    on: 'Day of the notice',
    preview: 'Compute the end date',
    confirm: 'Confirm notice',
    change: 'Change',
    endsOn: 'With notice on {on} the contract ends on',
    because: 'By',
    protection: 'Protected by',
    contractual: 'Contractual end',
    busy: 'Working…',
  },
};

interface Preview {
  readonly on: string;
  readonly effectiveDate: string;
  readonly because: readonly string[];
  readonly protection: string | null;
  readonly contractualEnd: string | null;
}

/**
 * Notice in two steps: first the day the rules say the contract would end — asked of
 * GET /contracts/{id}?asOf=<day of notice>, whose notice-deadline entry holds the effective date of
 * notice given that day, deviations and consumer protections included — then the confirmation,
 * POST /contracts/{id}/notice.
 */
export function NoticeForm({
  contract,
  today,
  onGiven,
}: {
  readonly contract: Contract;
  readonly today: string;
  readonly onGiven: (timeline: ContractTimeline) => void;
}) {
  const t = useTexts(texts);
  const [by, setBy] = useState<'customer' | 'seller'>('customer');
  const [channel, setChannel] = useState('email');
  const [on, setOn] = useState(today);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const compute = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const asOf = await api.get<Contract>(`/contracts/${encodeURIComponent(contract.id)}`, { asOf: on });
      const deadline = asOf.timeline.entries.find((e) => e.event === 'notice-deadline');
      const effectiveDate = deadline?.figures.effectiveDate;
      if (!deadline || typeof effectiveDate !== 'string') throw new Error(asOf.actions['give-notice'] ?? '—');
      setPreview({
        on,
        effectiveDate,
        because: deadline.because,
        protection: typeof deadline.figures.protection === 'string' ? deadline.figures.protection : null,
        contractualEnd:
          typeof deadline.figures.contractualEnd === 'string' ? deadline.figures.contractualEnd : null,
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const timeline = await api.post<ContractTimeline>(
        `/contracts/${encodeURIComponent(contract.id)}/notice`,
        {
          by,
          channel,
          on,
        },
      );
      setPreview(null);
      onGiven(timeline);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const locked = preview !== null;
  return (
    <section className="card" aria-labelledby="notice-title">
      <h2 id="notice-title">{t.title}</h2>
      <form className="row" onSubmit={compute}>
        <label>
          {t.by}
          <select
            value={by}
            disabled={locked}
            onChange={(e) => setBy(e.target.value as 'customer' | 'seller')}
          >
            <option value="customer">{t.customer}</option>
            <option value="seller">{t.seller}</option>
          </select>
        </label>
        <label>
          {t.channel}
          <select value={channel} disabled={locked} onChange={(e) => setChannel(e.target.value)}>
            <option value="email">{t.email}</option>
            <option value="post">{t.post}</option>
            <option value="registered-letter">{t.registered}</option>
            <option value="portal">{t.portal}</option>
          </select>
        </label>
        <label>
          {t.on}
          <input type="date" value={on} required disabled={locked} onChange={(e) => setOn(e.target.value)} />
        </label>
        {locked ? null : (
          <button type="submit" disabled={busy || !on}>
            {busy ? t.busy : t.preview}
          </button>
        )}
      </form>
      <ProblemBanner error={error} />
      {preview ? (
        <div className="notice notice-preview" role="status">
          <p>
            {t.endsOn.replace('{on}', formatDate(preview.on))}{' '}
            <strong>{formatDate(preview.effectiveDate)}</strong>
          </p>
          <p>
            {t.because}: <span className="rule">{preview.because.join(', ')}</span>
            {preview.protection ? (
              <>
                {' '}
                — {t.protection} <span className="rule">{preview.protection}</span>
                {preview.contractualEnd ? ` (${t.contractual}: ${formatDate(preview.contractualEnd)})` : null}
              </>
            ) : null}
          </p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? t.busy : t.confirm}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setPreview(null)}>
              {t.change}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
